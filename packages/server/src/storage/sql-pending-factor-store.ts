// Pending factors in SQL.
import type { Kysely } from 'kysely';
import type { PendingFactorStore } from '../identity/index.js';
import type { Database } from './tables.js';

export function sqlPendingFactorStore(db: Kysely<Database>): PendingFactorStore {
  return {
    async put(f) {
      const values = {
        account_id: f.accountId,
        kind: f.kind,
        value_sealed: f.valueSealed,
        code_hash: f.codeHash,
        attempts: f.attempts,
        sent_at: f.sentAt,
        expires_at: f.expiresAt,
      };
      await db
        .insertInto('pending_factors')
        .values(values)
        .onConflict((oc) =>
          oc.columns(['account_id', 'kind']).doUpdateSet({
            value_sealed: f.valueSealed,
            code_hash: f.codeHash,
            attempts: f.attempts,
            sent_at: f.sentAt,
            expires_at: f.expiresAt,
          }),
        )
        .execute();
    },
    async get(accountId, kind) {
      const r = await db
        .selectFrom('pending_factors')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('kind', '=', kind)
        .executeTakeFirst();
      return (
        r && {
          accountId: r.account_id,
          kind: r.kind as 'phone' | 'totp',
          valueSealed: r.value_sealed,
          codeHash: r.code_hash,
          attempts: Number(r.attempts),
          sentAt: r.sent_at,
          expiresAt: r.expires_at,
        }
      );
    },
    async recordAttempt(accountId, kind, seenAttempts) {
      const r = await db
        .updateTable('pending_factors')
        .set({ attempts: seenAttempts + 1 })
        .where('account_id', '=', accountId)
        .where('kind', '=', kind)
        .where('attempts', '=', seenAttempts)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async delete(accountId, kind) {
      await db.deleteFrom('pending_factors').where('account_id', '=', accountId).where('kind', '=', kind).execute();
    },
  };
}
