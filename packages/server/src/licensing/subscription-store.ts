// The subscription store port: subscriptions as stored, and which ones an account owns or shares.
import type { SubscriptionRecord } from './model.js';

export interface SubscriptionListing {
  subscription: SubscriptionRecord;
  role: 'owner' | 'member';
}

export interface SubscriptionStore {
  createSubscription(subscription: SubscriptionRecord): Promise<void>;
  findSubscription(id: string): Promise<SubscriptionRecord | undefined>;
  /**
   * Subscriptions the account owns or shares, newest first; with `activeAt`, only those active at that time (the one
   * stored form of `statusAt(…) === 'active'`).
   */
  listSubscriptions(accountId: string, options?: { activeAt?: number }): Promise<SubscriptionListing[]>;
}
