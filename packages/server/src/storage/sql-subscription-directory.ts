// The subscription directory in SQL: filtered, id-ordered pages of subscriptions, and one subscription's seats.
import type { Kysely } from 'kysely';
import type { SubscriptionDirectory } from '../licensing/index.js';
import type { Database } from './tables.js';
import { toSubscription } from './sql-licensing-rows.js';
import { activeAt } from './sql-active-subscription.js';

export function sqlSubscriptionDirectory(db: Kysely<Database>): SubscriptionDirectory {
  return {
    async search(q) {
      let query = db.selectFrom('subscriptions').selectAll();
      if (q.ownerAccountId !== undefined) query = query.where('owner_account_id', '=', q.ownerAccountId);
      if (q.planId !== undefined) query = query.where('plan_id', '=', q.planId);
      if (q.source !== undefined) query = query.where('source', '=', q.source);
      // The same rule as `statusAt`, in SQL: revoked is a fact, expired is an end at or before now.
      if (q.status === 'active') query = query.where(activeAt(q.now));
      if (q.status === 'revoked') query = query.where('revoked_at', 'is not', null);
      if (q.status === 'expired')
        query = query.where('revoked_at', 'is', null).where('ends_at', 'is not', null).where('ends_at', '<=', q.now);
      if (q.afterId !== undefined) query = query.where('id', '>', q.afterId);
      const rows = await query.orderBy('id').limit(q.limit).execute();
      return rows.map(toSubscription);
    },
    async seats(subscriptionId) {
      const rows = await db
        .selectFrom('seats')
        .select(['device_id', 'account_id', 'claimed_at'])
        .where('subscription_id', '=', subscriptionId)
        .orderBy('claimed_at')
        .orderBy('device_id')
        .execute();
      return rows.map((r) => ({ deviceId: r.device_id, accountId: r.account_id, claimedAt: Number(r.claimed_at) }));
    },
  };
}
