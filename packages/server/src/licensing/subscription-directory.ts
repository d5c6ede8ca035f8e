// The subscription directory port: an operator's search over every subscription (by owner, plan, status, source) in
// stable pages, and the seats of one with the devices holding them.
import type { SubscriptionRecord, SubscriptionSource, SubscriptionStatus } from './model.js';

export interface SubscriptionSearch {
  ownerAccountId?: string;
  planId?: string;
  /** Read at `now` (expiry is not stored). */
  status?: SubscriptionStatus;
  source?: SubscriptionSource;
  now: number;
  limit: number;
  /** Only subscriptions whose id sorts after this one (the last id of the previous page). */
  afterId?: string;
}

export interface SeatHolder {
  deviceId: string;
  /** The account that claimed it: the owner, or a family member. */
  accountId: string;
  claimedAt: number;
}

export interface SubscriptionDirectory {
  /** Subscriptions matching every given filter, by id ascending. */
  search(query: SubscriptionSearch): Promise<SubscriptionRecord[]>;
  /** The seats of one subscription, oldest first (none for an unknown id). */
  seats(subscriptionId: string): Promise<SeatHolder[]>;
}
