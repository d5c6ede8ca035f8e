// Turns a flow and its step's nodes into the view every client renders.
import {
  translate,
  type FlowResult,
  type FlowView,
  type Locale,
  type MessageId,
  type UiMessage,
  type UiNode,
} from '@tessera/protocol';
import type { FlowRecord } from './flow-store.js';
import type { FlowState } from './flow-state.js';
import type { StepOutcome } from './step.js';
import { errorBody } from '../errors/index.js';

export const label = (id: MessageId, locale: Locale, context?: Record<string, string | number>) => ({
  id,
  text: translate(id, locale, context),
});

export function renderFlow(
  flow: FlowRecord<FlowState>,
  nodes: UiNode[],
  locale: Locale,
  extra: { rejected?: Extract<StepOutcome, { kind: 'reject' }> | undefined; result?: FlowResult | undefined },
): FlowView {
  const messages: UiMessage[] = flow.state.notices.map((n) => ({
    id: n.id,
    type: n.type,
    text: translate(n.id as MessageId, locale, n.context),
    ...(n.context ? { context: n.context } : {}),
  }));
  let error: FlowView['error'];
  if (extra.rejected) {
    const { code, context, retryAfterSeconds } = extra.rejected;
    error = errorBody(code, locale, context, context, retryAfterSeconds).error;
    messages.unshift({ id: error.messageId, type: 'error', text: error.message, ...(context ? { context } : {}) });
  }
  return {
    flow: { id: flow.id, kind: flow.kind, expiresAt: new Date(flow.expiresAt).toISOString(), locale },
    step: flow.step,
    ui: { nodes, messages },
    ...(extra.result ? { result: extra.result } : {}),
    ...(error ? { error } : {}),
  };
}
