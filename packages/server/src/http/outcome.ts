// Business outcomes are values; at the HTTP edge a refusal becomes a catalog error (with Retry-After when it names a wait).
import type { ErrorCode } from '@tessera/protocol';
import { AppError } from '../errors/index.js';

export type Refusal = { ok: false; code: ErrorCode; context?: Record<string, string | number> };

export function unwrap<T extends { ok: boolean }>(outcome: T | Refusal): Exclude<T, Refusal> {
  if (!outcome.ok) {
    const refusal = outcome as Refusal;
    const seconds = refusal.context?.seconds;
    throw new AppError(refusal.code, refusal.context, seconds !== undefined ? Number(seconds) : undefined);
  }
  return outcome as Exclude<T, Refusal>;
}
