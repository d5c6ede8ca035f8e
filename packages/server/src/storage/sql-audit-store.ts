// The audit log in SQL.
import type { Kysely } from 'kysely';
import type { AuditStore, AuditType } from '../audit/index.js';
import type { Database } from './tables.js';

export function sqlAuditStore(db: Kysely<Database>): AuditStore {
  return {
    async append(e) {
      await db
        .insertInto('audit_events')
        .values({
          id: e.id,
          account_id: e.accountId,
          type: e.type,
          ip: e.ip,
          user_agent: e.userAgent,
          details: JSON.stringify(e.details),
          created_at: e.createdAt,
        })
        .execute();
    },
    async listForAccount(accountId, { limit, before }) {
      let q = db
        .selectFrom('audit_events')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if (before !== undefined) q = q.where('created_at', '<', before);
      return (await q.execute()).map((r) => ({
        id: r.id,
        accountId: r.account_id,
        type: r.type as AuditType,
        ip: r.ip,
        userAgent: r.user_agent,
        details: JSON.parse(r.details) as Record<string, unknown>,
        createdAt: r.created_at,
      }));
    },
  };
}
