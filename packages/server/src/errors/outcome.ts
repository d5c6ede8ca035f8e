// Business outcomes are values: what an operation produced, or a refusal naming its catalog code. One shape for every
// domain, so each surface turns a refusal into its answer (an HTTP status, a page's field error) the same way.
import type { ErrorCode } from '@tessera/protocol';

/** A refused operation: the catalog code and what fills its message's placeholders (a limit, a wait in `seconds`). */
export interface Refusal<C extends ErrorCode = ErrorCode> {
  ok: false;
  code: C;
  context?: Record<string, string | number>;
}

/** What an operation answers: `T` when it went through, or a refusal with one of the codes `C` it can give. */
export type Outcome<T extends object = object, C extends ErrorCode = ErrorCode> = ({ ok: true } & T) | Refusal<C>;

export function refuse<C extends ErrorCode>(code: C, context?: Record<string, string | number>): Refusal<C> {
  return { ok: false, code, ...(context ? { context } : {}) };
}

/** The wait a refusal names (its `seconds`), which HTTP answers as Retry-After; undefined when it names none. */
export function retryAfterOf(refusal: Refusal): number | undefined {
  const seconds = refusal.context?.seconds;
  return seconds === undefined ? undefined : Number(seconds);
}
