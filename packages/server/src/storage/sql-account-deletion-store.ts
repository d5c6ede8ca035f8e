// The account-deletion store in SQL: pending requests, and the purge that removes an account and its audit trail.
import type { Kysely } from 'kysely';
import type { AccountDeletionStore } from '../identity/index.js';
import type { Database } from './tables.js';

const toRecord = (r: { account_id: string; requested_at: number; purge_at: number }) => ({
  accountId: r.account_id,
  requestedAt: Number(r.requested_at),
  purgeAt: Number(r.purge_at),
});

export function sqlAccountDeletionStore(db: Kysely<Database>): AccountDeletionStore {
  return {
    async schedule(record) {
      // A conflict is an answer, not an error: it must not abort a transaction the caller is in (PostgreSQL).
      const inserted = await db
        .insertInto('account_deletions')
        .values({ account_id: record.accountId, requested_at: record.requestedAt, purge_at: record.purgeAt })
        .onConflict((oc) => oc.column('account_id').doNothing())
        .executeTakeFirst();
      return Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async find(accountId) {
      const row = await db
        .selectFrom('account_deletions')
        .selectAll()
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async cancel(accountId) {
      const result = await db.deleteFrom('account_deletions').where('account_id', '=', accountId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async due(now, limit) {
      const rows = await db
        .selectFrom('account_deletions')
        .selectAll()
        .where('purge_at', '<=', now)
        .orderBy('purge_at')
        .limit(limit)
        .execute();
      return rows.map(toRecord);
    },
    async purge(accountId, now) {
      return db.transaction().execute(async (tx) => {
        // Taking the request row first means two instances purging at once delete the account once.
        const claimed = await tx
          .deleteFrom('account_deletions')
          .where('account_id', '=', accountId)
          .where('purge_at', '<=', now)
          .executeTakeFirst();
        if (Number(claimed.numDeletedRows) === 0) return false;
        // Its devices first (their app connections cascade): connection rows before subscription rows, the lock order
        // check-ins and disconnects use. Then the places it held in other people's subscriptions are given back, with
        // the counters those subscriptions' limits are checked against; its own subscriptions cascade with the account.
        await tx.deleteFrom('devices').where('account_id', '=', accountId).execute();
        const seats = await tx
          .selectFrom('seats')
          .select(['subscription_id'])
          .where('account_id', '=', accountId)
          .orderBy('subscription_id')
          .execute();
        for (const seat of seats) {
          await tx
            .updateTable('subscriptions')
            .set((eb) => ({ seats_used: eb('seats_used', '-', 1) }))
            .where('id', '=', seat.subscription_id)
            .where('seats_used', '>', 0)
            .execute();
        }
        await tx.deleteFrom('seats').where('account_id', '=', accountId).execute();
        const memberships = await tx
          .selectFrom('subscription_members')
          .select('subscription_id')
          .where('account_id', '=', accountId)
          .orderBy('subscription_id')
          .execute();
        for (const membership of memberships) {
          await tx
            .updateTable('subscriptions')
            .set((eb) => ({ members_used: eb('members_used', '-', 1) }))
            .where('id', '=', membership.subscription_id)
            .where('members_used', '>', 0)
            .execute();
        }
        await tx.deleteFrom('subscription_members').where('account_id', '=', accountId).execute();
        await tx.deleteFrom('audit_events').where('account_id', '=', accountId).execute();
        // An approved device code may still hold its sealed result (credential included) for the device's poll.
        await tx.deleteFrom('device_grants').where('account_id', '=', accountId).execute();
        // An operator's console mints: a sealed CSV of plaintext codes only they could download goes with them (the
        // batch and its codes stay, like any other batch).
        await tx.deleteFrom('code_mint_jobs').where('operator_id', '=', accountId).execute();
        await tx.deleteFrom('accounts').where('id', '=', accountId).execute();
        return true;
      });
    },
  };
}
