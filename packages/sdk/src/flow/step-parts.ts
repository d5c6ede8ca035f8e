// What every step shares (flow id, messages, error, raw nodes) and helpers to read the server's nodes.
import type { FlowView, SubmitFlowBody, UiNode } from '@tessera/protocol';
import { TesseraError, type Step } from '../api.js';

/** How a step reaches the server and the rest of the journey; given by the connect driver. */
export interface StepContext {
  /** Submits `body` to the flow of `view` and returns the step the server answers with. */
  next(view: FlowView, body: SubmitFlowBody): Promise<Step>;
  /** "Create an account": the sign-up journey, continuing into connecting this app. */
  createAccount(): Promise<Step>;
}

/** The fields of StepBase (not exported by the API: every step has them). */
export function stepBase(view: FlowView) {
  return {
    flowId: view.flow.id,
    messages: view.ui.messages,
    nodes: view.ui.nodes,
    view,
    ...(view.error
      ? {
          error: {
            code: view.error.code,
            message: view.error.message,
            ...(view.error.retryAfterSeconds !== undefined ? { retryAfterSeconds: view.error.retryAfterSeconds } : {}),
          },
        }
      : {}),
  };
}

/** The first node called `name`, if the server sent one. */
export const nodeNamed = (view: FlowView, name: string): UiNode | undefined =>
  view.ui.nodes.find((n) => n.name === name);

/** The server sent a step the SDK cannot render as promised: better a clear error than a wrong screen. */
export function protocolError(view: FlowView, what: string): TesseraError {
  return new TesseraError(
    'PROTOCOL',
    `The server's ${view.step} step is missing ${what}; this SDK may be too old for the server.`,
  );
}
