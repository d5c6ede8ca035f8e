// The port for an operator's changes to one subscription: each is one conditional statement, so racing calls apply once each.
import type { SubscriptionRecord } from './model.js';

export interface SubscriptionChangeStore {
  /**
   * Adds `addMs` to its end (from `now` when it had already ended), unless it is revoked or has no end; the row as
   * changed, or undefined when nothing was changed. Two racing extends both land: each adds to what the other wrote.
   */
  extend(id: string, addMs: number, now: number): Promise<SubscriptionRecord | undefined>;
  /** Marks it revoked unless it already is; the row as changed, or undefined. */
  revoke(id: string, now: number): Promise<SubscriptionRecord | undefined>;
}
