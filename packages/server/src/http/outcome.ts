// Business outcomes are values; at the HTTP edge a refusal becomes a catalog error (with Retry-After when it names a wait).
import { AppError, retryAfterOf, type Refusal } from '../errors/index.js';

export function unwrap<T extends { ok: boolean }>(outcome: T | Refusal): Exclude<T, Refusal> {
  if (!outcome.ok) {
    const refusal = outcome as Refusal;
    throw new AppError(refusal.code, refusal.context, retryAfterOf(refusal));
  }
  return outcome as Exclude<T, Refusal>;
}
