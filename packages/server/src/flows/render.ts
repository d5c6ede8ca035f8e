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
import { errorBody, retryAfterOf, type Refusal } from '../errors/index.js';
import type { FlowRecord } from './flow-store.js';
import type { FlowStateBase } from './flow-state.js';

export const label = (id: MessageId, locale: Locale, context?: Record<string, string | number>) => ({
  id,
  text: translate(id, locale, context),
});

export function renderFlow(
  flow: FlowRecord<FlowStateBase>,
  nodes: UiNode[],
  locale: Locale,
  extra: { refusal?: Refusal | undefined; result?: FlowResult | undefined },
): FlowView {
  const messages: UiMessage[] = flow.state.notices.map((n) => ({
    id: n.id,
    type: n.type,
    text: translate(n.id as MessageId, locale, n.context),
    ...(n.context ? { context: n.context } : {}),
  }));
  let error: FlowView['error'];
  if (extra.refusal) {
    const { code, context } = extra.refusal;
    error = errorBody(code, locale, context, context, retryAfterOf(extra.refusal)).error;
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
