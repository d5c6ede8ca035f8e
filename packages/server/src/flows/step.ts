// The contract of a step: whether it applies, what it does on arrival, what it shows, how it takes a submission;
// and of finishing: what a finished flow reports.
import type { FlowResult, Locale, StepName, SubmitFor, UiNode } from '@tessera/protocol';
import { refuse, type Refusal } from '../errors/index.js';
import type { Account } from '../identity/index.js';
import type { FlowRecord } from './flow-store.js';
import type { FlowState, FlowStateBase } from './flow-state.js';
import type { FlowDeps } from './flow-deps.js';

export interface RequestInfo {
  ip: string;
  userAgent: string | null;
}

/** What a step sees: the flow with its kind's state `S` (a step shared by kinds sees what they all keep). */
export interface StepContext<S extends FlowStateBase = FlowState> {
  flow: FlowRecord<S>;
  /** The flow's state, mutated by steps and saved by the engine when the request ends. */
  state: S;
  now: number;
  request: RequestInfo;
  locale: Locale;
  deps: FlowDeps;
  /** The flow's account, read at most once per request (steps and the finisher all need it). */
  account(): Promise<Account | undefined>;
}

/** A submission moves the flow on, keeps it at this step (a resend, a help text), or is refused with a catalog code. */
export type StepOutcome = { ok: true; next: 'advance' | 'stay' } | Refusal;

export const advance: StepOutcome = { ok: true, next: 'advance' };
export const stay: StepOutcome = { ok: true, next: 'stay' };
/** A submission to a step whose part of the state is missing: the flow cannot be at this step, so nothing is taken. */
export const notCurrent: StepOutcome = refuse('FLOW_STEP_MISMATCH');
/**
 * A submission that lost a single-use thing (a challenge) to a racing submission of the same flow: the engine writes
 * nothing for it, so the winner's write stands, and answers as to any request a racing one moved past.
 */
export const lostRace: StepOutcome = refuse('FLOW_CONFLICT');

// Property signatures (not methods) so a step typed for some kinds' state fits only the kinds that keep it.
export interface Step<N extends StepName = StepName, S extends FlowStateBase = FlowState> {
  name: N;
  /** Whether the flow needs this step now; a step that does not apply is skipped. */
  applies: (ctx: StepContext<S>) => boolean | Promise<boolean>;
  /** Side effects on arrival, such as sending a code. */
  enter?: (ctx: StepContext<S>) => Promise<void>;
  nodes: (ctx: StepContext<S>) => UiNode[] | Promise<UiNode[]>;
  submit: (ctx: StepContext<S>, body: SubmitFor<N>) => Promise<StepOutcome>;
}

/** Any one step a flow of state `S` may list. */
export type AnyStep<S extends FlowStateBase> = { [N in StepName]: Step<N, S> }[StepName];

/** A step whose submissions are never valid: `done`, and steps later issues fill in. */
export type TerminalStep = Pick<Step, 'name' | 'applies' | 'nodes'>;

/** What finishing sees: a step's context and the account the flow proved. */
export interface FinishContext<S extends FlowStateBase = FlowState> extends StepContext<S> {
  /** The flow's account, read once by the completion: every kind finishes with a proven one. */
  owner: Account;
}

export interface FinishOutcome {
  /** Returned in the response that completes the flow; stored (sealed, briefly) only for a redeliverable kind. */
  result: FlowResult;
}
