// The port for an operator's changes to one subscription: each is one conditional statement, so racing calls apply once each.
import type { SubscriptionRecord } from './model.js';

/** A transfer as it happened: the row as changed, whom it came from, and the seats the old owner's devices held. */
export interface TransferredSubscription {
  subscription: SubscriptionRecord;
  fromAccountId: string;
  /** Devices whose seat was freed (their apps fall back at their next check-in). */
  freedDeviceIds: string[];
  /** The new owner had shared it as a family member: that membership ended (they own it now). */
  wasMember: boolean;
}

export type TransferRefusal = 'not_found' | 'revoked' | 'same_owner';

export interface SubscriptionChangeStore {
  /**
   * Adds `addMs` to its end (from `now` when it had already ended), unless it is revoked or has no end; the row as
   * changed, or undefined when nothing was changed. Two racing extends both land: each adds to what the other wrote.
   */
  extend(id: string, addMs: number, now: number): Promise<SubscriptionRecord | undefined>;
  /** Marks it revoked unless it already is; the row as changed, or undefined. */
  revoke(id: string, now: number): Promise<SubscriptionRecord | undefined>;
  /**
   * Gives it to `toAccountId` in one transaction, under the subscription's row lock (the order seats and families
   * take): the owner changes, the old owner's seats are freed, a membership of the new owner ends. Racing transfers
   * apply one after the other, each from the owner the previous one left.
   */
  transfer(id: string, toAccountId: string): Promise<TransferredSubscription | TransferRefusal>;
}
