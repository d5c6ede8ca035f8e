// The account-deletion store in SQL: pending requests, and the purge that removes an account and its audit trail.
import type { Kysely } from 'kysely';
import type { AccountDeletionStore } from '../identity/index.js';
import type { Database } from './tables.js';
import { isUniqueViolation } from './sql-errors.js';

const toRecord = (r: { account_id: string; requested_at: number; purge_at: number }) =>
  ({ accountId: r.account_id, requestedAt: Number(r.requested_at), purgeAt: Number(r.purge_at) });

export function sqlAccountDeletionStore(db: Kysely<Database>): AccountDeletionStore {
  return {
    async schedule(record) {
      try {
        await db.insertInto('account_deletions')
          .values({ account_id: record.accountId, requested_at: record.requestedAt, purge_at: record.purgeAt }).execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async find(accountId) {
      const row = await db.selectFrom('account_deletions').selectAll().where('account_id', '=', accountId).executeTakeFirst();
      return row && toRecord(row);
    },
    async cancel(accountId) {
      const result = await db.deleteFrom('account_deletions').where('account_id', '=', accountId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    async due(now, limit) {
      const rows = await db.selectFrom('account_deletions').selectAll().where('purge_at', '<=', now).orderBy('purge_at').limit(limit).execute();
      return rows.map(toRecord);
    },
    async purge(accountId, now) {
      return db.transaction().execute(async (tx) => {
        // Taking the request row first means two instances purging at once delete the account once.
        const claimed = await tx.deleteFrom('account_deletions').where('account_id', '=', accountId).where('purge_at', '<=', now).executeTakeFirst();
        if (Number(claimed.numDeletedRows) === 0) return false;
        await tx.deleteFrom('audit_events').where('account_id', '=', accountId).execute();
        await tx.deleteFrom('accounts').where('id', '=', accountId).execute();
        return true;
      });
    },
  };
}
