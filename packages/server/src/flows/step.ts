// The contract of a step: whether it applies, what it does on arrival, what it shows, how it takes a submission.
import type { ErrorCode, Locale, StepName, SubmitFor, UiNode } from '@tessera/protocol';
import type { FlowRecord } from './flow-store.js';
import type { FlowState } from './flow-state.js';
import type { FlowDeps } from './flow-deps.js';
import type { Account } from '../identity/index.js';

export interface RequestInfo {
  ip: string;
  userAgent: string | null;
}

export interface StepContext {
  flow: FlowRecord<FlowState>;
  /** The flow's state, mutated by steps and saved by the engine when the request ends. */
  state: FlowState;
  now: number;
  request: RequestInfo;
  locale: Locale;
  deps: FlowDeps;
  /** The flow's account, read at most once per request (steps and the finisher all need it). */
  account(): Promise<Account | undefined>;
}

export type StepOutcome =
  | { kind: 'advance' }
  | { kind: 'stay' }
  | { kind: 'reject'; code: ErrorCode; context?: Record<string, string | number>; retryAfterSeconds?: number };

export const advance: StepOutcome = { kind: 'advance' };
export const stay: StepOutcome = { kind: 'stay' };
export const reject = (
  code: ErrorCode,
  context?: Record<string, string | number>,
  retryAfterSeconds?: number,
): StepOutcome => ({
  kind: 'reject',
  code,
  ...(context ? { context } : {}),
  ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
});

export interface Step<S extends StepName = StepName> {
  name: S;
  /** Whether the flow needs this step now; a step that does not apply is skipped. */
  applies(ctx: StepContext): boolean | Promise<boolean>;
  /** Side effects on arrival, such as sending a code. */
  enter?(ctx: StepContext): Promise<void>;
  nodes(ctx: StepContext): UiNode[] | Promise<UiNode[]>;
  submit(ctx: StepContext, body: SubmitFor<S>): Promise<StepOutcome>;
}

/** A step whose submissions are never valid: `done`, and steps later issues fill in. */
export type TerminalStep = Omit<Step, 'submit'>;
