// Audit events across accounts: filtered pages, and the whole filtered set as an NDJSON stream (read page by page).
import { Readable } from 'node:stream';
import { Type, type Static } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { AuditEvent, AuditFilter, AuditPosition } from '../../audit/index.js';
import { Id, operation } from '../describe.js';
import { decodeCursor, encodeCursor, NextCursor, PageQuery } from '../paging.js';

const EXPORT_PAGE = 500;

const Filters = {
  type: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z_.]+$' })),
  accountId: Type.Optional(Id()),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
};
const FilterQuery = Type.Object(Filters, { additionalProperties: false });

const EventView = Type.Object({
  id: Type.String(),
  type: Type.String(),
  accountId: Type.Union([Type.String(), Type.Null()]),
  ip: Type.Union([Type.String(), Type.Null()]),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  details: Type.Record(Type.String(), Type.Unknown()),
  createdAt: Type.String({ format: 'date-time' }),
});

const eventView = (e: AuditEvent) => ({ ...e, createdAt: new Date(e.createdAt).toISOString() });

function filterOf(q: Static<typeof FilterQuery>): AuditFilter {
  return {
    ...(q.type !== undefined ? { type: q.type } : {}),
    ...(q.accountId !== undefined ? { accountId: q.accountId } : {}),
    ...(q.from !== undefined ? { from: Date.parse(q.from) } : {}),
    ...(q.to !== undefined ? { to: Date.parse(q.to) } : {}),
  };
}

const positionKey = (e: AuditEvent) => `${e.createdAt}:${e.id}`;

function positionOf(cursor: string | undefined): AuditPosition | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  const match = /^(\d+):([A-Za-z0-9_-]+)$/.exec(key);
  if (!match) throw new AppError('VALIDATION_FAILED', { fields: ['/cursor'], in: 'querystring' });
  return { createdAt: Number(match[1]), id: match[2]! };
}

export function eventRoutes(app: App, s: WebServices): void {
  const events = s.operator.events;

  app.get(
    '/admin/v1/events',
    operation(s, 'events:read', 'adminListEvents', 'Audit events across accounts, newest first', {
      querystring: Type.Object({ ...PageQuery, ...Filters }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(EventView), next_cursor: NextCursor }) },
    }),
    async (request) => {
      const { limit = 50, cursor, ...filters } = request.query;
      const after = positionOf(cursor);
      const rows = await events.search(filterOf(filters), { limit: limit + 1, ...(after ? { after } : {}) });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return {
        items: items.map(eventView),
        next_cursor: rows.length > limit && last ? encodeCursor(positionKey(last)) : null,
      };
    },
  );

  app.get(
    '/admin/v1/events/export',
    operation(s, 'events:read', 'adminExportEvents', 'Every matching audit event as NDJSON, one per line', {
      querystring: FilterQuery,
      response: {
        200: {
          description: 'One JSON event per line, newest first.',
          content: { 'application/x-ndjson': { schema: EventView } },
        },
      },
    }),
    async (request, reply) => {
      const filter = filterOf(request.query);
      // Page by page, so an export of millions of events holds one page in memory at a time.
      async function* lines() {
        let after: AuditPosition | undefined;
        for (;;) {
          const page = await events.search(filter, { limit: EXPORT_PAGE, ...(after ? { after } : {}) });
          for (const e of page) yield `${JSON.stringify(eventView(e))}\n`;
          const last = page[page.length - 1];
          if (page.length < EXPORT_PAGE || !last) return;
          after = { createdAt: last.createdAt, id: last.id };
        }
      }
      reply.header('content-type', 'application/x-ndjson; charset=utf-8');
      // A stream is sent as it is (no serializer), so the declared content describes it for the document only.
      return reply.send(Readable.from(lines()) as never);
    },
  );
}
