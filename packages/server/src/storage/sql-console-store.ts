// Console operators and console sessions in SQL (roles by account; sessions by keyed token hash, idle-aware touch).
import type { Kysely, Selectable } from 'kysely';
import { isOperatorRole, type ConsoleSessionRecord, type ConsoleStore } from '../operators/index.js';
import type { Database } from './tables.js';

const toSession = (r: Selectable<Database['console_sessions']>): ConsoleSessionRecord => ({
  id: r.id,
  tokenHash: r.token_hash,
  accountId: r.account_id,
  createdAt: Number(r.created_at),
  lastSeenAt: Number(r.last_seen_at),
  confirmedAt: Number(r.confirmed_at),
  revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  ip: r.ip,
  userAgent: r.user_agent,
});

const toOperator = (r: Selectable<Database['console_operators']>) =>
  // A role this version does not know (a newer server's) is no role here.
  isOperatorRole(r.role) ? { accountId: r.account_id, role: r.role, grantedAt: Number(r.granted_at) } : undefined;

export function sqlConsoleStore(db: Kysely<Database>): ConsoleStore {
  return {
    async grant(record) {
      const before = await db
        .selectFrom('console_operators')
        .select('role')
        .where('account_id', '=', record.accountId)
        .executeTakeFirst();
      await db
        .insertInto('console_operators')
        .values({ account_id: record.accountId, role: record.role, granted_at: record.grantedAt })
        .onConflict((oc) => oc.column('account_id').doUpdateSet({ role: record.role, granted_at: record.grantedAt }))
        .execute();
      return { previous: before && isOperatorRole(before.role) ? before.role : null };
    },
    async revoke(accountId) {
      const r = await db.deleteFrom('console_operators').where('account_id', '=', accountId).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    async find(accountId) {
      const row = await db
        .selectFrom('console_operators')
        .selectAll()
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return row && toOperator(row);
    },
    async list() {
      const rows = await db
        .selectFrom('console_operators')
        .selectAll()
        .orderBy('granted_at')
        .orderBy('account_id')
        .execute();
      return rows.flatMap((r) => toOperator(r) ?? []);
    },

    async createSession(s) {
      await db
        .insertInto('console_sessions')
        .values({
          id: s.id,
          token_hash: s.tokenHash,
          account_id: s.accountId,
          created_at: s.createdAt,
          last_seen_at: s.lastSeenAt,
          confirmed_at: s.confirmedAt,
          revoked_at: s.revokedAt,
          ip: s.ip,
          user_agent: s.userAgent,
        })
        .execute();
    },
    async findSession(tokenHash) {
      const row = await db
        .selectFrom('console_sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toSession(row);
    },
    async touchSession(id, at, idleSince) {
      const r = await db
        .updateTable('console_sessions')
        .set({ last_seen_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .where('last_seen_at', '>', idleSince)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async confirmSession(id, at) {
      await db
        .updateTable('console_sessions')
        .set({ confirmed_at: at, last_seen_at: at })
        .where('id', '=', id)
        .execute();
    },
    async revokeSession(id, at) {
      await db
        .updateTable('console_sessions')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute();
    },
    async revokeSessionsOf(accountId, at) {
      const r = await db
        .updateTable('console_sessions')
        .set({ revoked_at: at })
        .where('account_id', '=', accountId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}
