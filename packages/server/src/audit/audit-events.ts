// Audit events across accounts as a service over the query port: pages that say where the next one starts, and the
// whole filtered set read page by page (an export of millions of events holds one page in memory at a time).
import type { AuditEvent } from './audit-store.js';
import type { AuditFilter, AuditPosition, AuditQuery } from './audit-query.js';

const EXPORT_PAGE = 500;

export interface AuditEvents extends AuditQuery {
  /** Newest first; `next` is where the following page starts, null on the last one. */
  page(
    filter: AuditFilter,
    page: { limit: number; after?: AuditPosition },
  ): Promise<{ items: AuditEvent[]; next: AuditPosition | null }>;
  /** Every matching event, newest first. */
  all(filter: AuditFilter): AsyncIterable<AuditEvent>;
}

export function createAuditEvents(query: AuditQuery): AuditEvents {
  return {
    search: (filter, page) => query.search(filter, page),
    async page(filter, { limit, after }) {
      const rows = await query.search(filter, { limit: limit + 1, ...(after ? { after } : {}) });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items, next: rows.length > limit && last ? { createdAt: last.createdAt, id: last.id } : null };
    },
    async *all(filter) {
      let after: AuditPosition | undefined;
      for (;;) {
        const rows = await query.search(filter, { limit: EXPORT_PAGE, ...(after ? { after } : {}) });
        yield* rows;
        const last = rows[rows.length - 1];
        if (rows.length < EXPORT_PAGE || !last) return;
        after = { createdAt: last.createdAt, id: last.id };
      }
    },
  };
}
