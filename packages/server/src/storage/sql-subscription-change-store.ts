// An operator's subscription changes in SQL: single conditional UPDATE … RETURNING statements (no read-then-write),
// and a transfer as one transaction under the subscription's row lock.
import { sql, type Kysely } from 'kysely';
import type { SubscriptionChangeStore, TransferRefusal, TransferredSubscription } from '../licensing/index.js';
import type { Database } from './tables.js';
import { toSubscription } from './sql-licensing-rows.js';
import { raiseSubscriberFlag } from './sql-subscriber-flag.js';
import { atomically } from './sql-transaction.js';

export function sqlSubscriptionChangeStore(db: Kysely<Database>): SubscriptionChangeStore {
  return {
    async extend(id, addMs, now) {
      const row = await db
        .updateTable('subscriptions')
        // The new end is computed from the row's own value inside the statement, so concurrent extends add up.
        .set({ ends_at: sql<number>`(case when ends_at < ${now} then ${now} else ends_at end) + ${addMs}` })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .where('ends_at', 'is not', null)
        .returningAll()
        .executeTakeFirst();
      return row && toSubscription(row);
    },
    async revoke(id, now) {
      const row = await db
        .updateTable('subscriptions')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return row && toSubscription(row);
    },
    async transfer(id, toAccountId) {
      return atomically<TransferredSubscription | TransferRefusal>(db, async (tx) => {
        await raiseSubscriberFlag(tx, toAccountId);
        // A no-op write takes the row lock first (the lock order seat claims and families use; SQLite's one writer
        // needs nothing more), so what is read next is the owner no racing transfer can still change.
        const locked = await tx
          .updateTable('subscriptions')
          .set((eb) => ({ seats_used: eb.ref('seats_used') }))
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(locked.numUpdatedRows) === 0) return 'not_found';
        const before = await tx.selectFrom('subscriptions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        if (before.revoked_at !== null) return 'revoked';
        const fromAccountId = before.owner_account_id;
        if (fromAccountId === toAccountId) return 'same_owner';

        const freedDeviceIds = (
          await tx
            .selectFrom('seats')
            .select('device_id')
            .where('subscription_id', '=', id)
            .where('account_id', '=', fromAccountId)
            .execute()
        ).map((r) => r.device_id);
        if (freedDeviceIds.length > 0)
          await tx
            .deleteFrom('seats')
            .where('subscription_id', '=', id)
            .where('account_id', '=', fromAccountId)
            .execute();
        const membership = await tx
          .deleteFrom('subscription_members')
          .where('subscription_id', '=', id)
          .where('account_id', '=', toAccountId)
          .executeTakeFirst();
        const wasMember = Number(membership.numDeletedRows) > 0;
        const row = await tx
          .updateTable('subscriptions')
          .set((eb) => ({
            owner_account_id: toAccountId,
            seats_used: eb('seats_used', '-', freedDeviceIds.length),
            members_used: eb('members_used', '-', wasMember ? 1 : 0),
          }))
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return { subscription: toSubscription(row), fromAccountId, freedDeviceIds, wasMember };
      });
    },
  };
}
