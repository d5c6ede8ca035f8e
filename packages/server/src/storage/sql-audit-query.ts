// Audit events across accounts in SQL: filters and a (created_at, id) keyset, newest first.
import type { Kysely } from 'kysely';
import type { AuditQuery, AuditType } from '../audit/index.js';
import type { Database } from './tables.js';

export function sqlAuditQuery(db: Kysely<Database>): AuditQuery {
  return {
    async search(filter, { limit, after }) {
      let q = db.selectFrom('audit_events').selectAll();
      if (filter.type !== undefined) q = q.where('type', '=', filter.type);
      if (filter.accountId !== undefined) q = q.where('account_id', '=', filter.accountId);
      if (filter.from !== undefined) q = q.where('created_at', '>=', filter.from);
      if (filter.to !== undefined) q = q.where('created_at', '<', filter.to);
      if (after)
        q = q.where((eb) =>
          eb.or([
            eb('created_at', '<', after.createdAt),
            eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
          ]),
        );
      const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id,
        accountId: r.account_id,
        type: r.type as AuditType,
        ip: r.ip,
        userAgent: r.user_agent,
        details: JSON.parse(r.details) as Record<string, unknown>,
        createdAt: Number(r.created_at),
      }));
    },
  };
}
