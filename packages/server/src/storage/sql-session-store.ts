// The session store in SQL.
import type { Kysely, Selectable } from 'kysely';
import type { SessionRecord, SessionStore } from '../sessions/index.js';
import type { Database } from './tables.js';

const toSession = (r: Selectable<Database['sessions']>): SessionRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  accountId: r.account_id,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  expiresAt: r.expires_at,
  ip: r.ip,
  userAgent: r.user_agent,
  revokedAt: r.revoked_at,
});

export function sqlSessionStore(db: Kysely<Database>): SessionStore {
  return {
    async create(s, maxLive) {
      await db.transaction().execute(async (tx) => {
        // The account's row lock queues its concurrent sign-ins, so each trims after the ones before it.
        await tx
          .updateTable('accounts')
          .set((eb) => ({ created_at: eb.ref('created_at') }))
          .where('id', '=', s.accountId)
          .execute();
        await tx
          .insertInto('sessions')
          .values({
            id: s.id,
            token_hash: s.tokenHash,
            account_id: s.accountId,
            created_at: s.createdAt,
            last_seen_at: s.lastSeenAt,
            expires_at: s.expiresAt,
            ip: s.ip,
            user_agent: s.userAgent,
            revoked_at: s.revokedAt,
          })
          .execute();
        const live = await tx
          .selectFrom('sessions')
          .select('id')
          .where('account_id', '=', s.accountId)
          .where('revoked_at', 'is', null)
          .where('expires_at', '>', s.createdAt)
          .orderBy('created_at', 'desc')
          .orderBy('id', 'desc')
          .execute();
        const oldest = live.slice(maxLive).map((r) => r.id);
        if (oldest.length)
          await tx.updateTable('sessions').set({ revoked_at: s.createdAt }).where('id', 'in', oldest).execute();
      });
    },
    async findByTokenHash(tokenHash) {
      const row = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
      return row && toSession(row);
    },
    async listForAccount(accountId, now) {
      const rows = await db
        .selectFrom('sessions')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now)
        .orderBy('last_seen_at', 'desc')
        .execute();
      return rows.map(toSession);
    },
    async touch(id, now) {
      await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
    },
    async revoke(id, accountId, now) {
      const r = await db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async revokeAll(accountId, now, exceptId) {
      let q = db
        .updateTable('sessions')
        .set({ revoked_at: now })
        .where('account_id', '=', accountId)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', now);
      if (exceptId) q = q.where('id', '!=', exceptId);
      return Number((await q.executeTakeFirst()).numUpdatedRows);
    },
  };
}
