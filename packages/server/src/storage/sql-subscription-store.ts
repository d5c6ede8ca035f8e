// Subscriptions in SQL: stored records and the account's owned and shared ones (seats and members: their own stores).
import type { Kysely } from 'kysely';
import type { SubscriptionStore } from '../licensing/index.js';
import type { Database } from './tables.js';
import { fromSubscription, toSubscription } from './sql-licensing-rows.js';
import { activeAt } from './sql-active-subscription.js';
import { raiseSubscriberFlag } from './sql-subscriber-flag.js';

export function sqlSubscriptionStore(db: Kysely<Database>): SubscriptionStore {
  return {
    async createSubscription(s) {
      await raiseSubscriberFlag(db, s.ownerAccountId);
      await db.insertInto('subscriptions').values(fromSubscription(s)).execute();
    },
    async findSubscription(id) {
      const row = await db.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toSubscription(row);
    },
    async listSubscriptions(accountId, options = {}) {
      const at = options.activeAt;
      let owned = db.selectFrom('subscriptions').selectAll().where('owner_account_id', '=', accountId);
      let shared = db
        .selectFrom('subscriptions as s')
        .innerJoin('subscription_members as m', 'm.subscription_id', 's.id')
        .selectAll('s')
        .where('m.account_id', '=', accountId);
      if (at !== undefined) {
        owned = owned.where(activeAt(at));
        shared = shared.where(activeAt(at, 's'));
      }
      const [ownedRows, sharedRows] = await Promise.all([owned.execute(), shared.execute()]);
      return [
        ...ownedRows.map((r) => ({ subscription: toSubscription(r), role: 'owner' as const })),
        ...sharedRows.map((r) => ({ subscription: toSubscription(r), role: 'member' as const })),
      ].sort(
        (a, b) =>
          b.subscription.createdAt - a.subscription.createdAt || (a.subscription.id < b.subscription.id ? -1 : 1),
      );
    },
  };
}
