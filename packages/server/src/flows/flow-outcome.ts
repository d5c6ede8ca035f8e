// What the engine answers, as values: the flow at its step, or why there is no step to show. Each surface turns
// these into its own answer (an HTTP status, a page that starts over); the engine knows no status numbers.
import type { FlowView } from '@tessera/protocol';
import type { Refusal } from '../errors/index.js';

/** The flow as it now stands; `refusal` when this submission was refused (the view carries it as `error`). */
export interface FlowStep {
  kind: 'step';
  view: FlowView;
  refusal?: Refusal;
}

/** No such flow, or its time ran out: only a new one can go on. */
export interface FlowGone {
  kind: 'gone';
  refusal: Refusal<'FLOW_NOT_FOUND' | 'FLOW_EXPIRED'>;
}

/** The submission was for a step the flow has left: another request moved it on, or finished it. */
export interface FlowMoved {
  kind: 'moved';
  refusal: Refusal<'FLOW_STEP_MISMATCH' | 'FLOW_CONFLICT' | 'FLOW_COMPLETED'>;
}

export type FlowOutcome = FlowStep | FlowGone | FlowMoved;
