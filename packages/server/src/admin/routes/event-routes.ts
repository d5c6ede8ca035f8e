// Audit events across accounts: filtered pages, and the whole filtered set as an NDJSON stream (the service reads it
// page by page).
import { Readable } from 'node:stream';
import { Type, type Static } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { AuditEvent, AuditFilter, AuditPosition } from '../../audit/index.js';
import { Id, operation } from '../describe.js';
import { decodeCursor, encodeCursor, NextCursor, PageQuery } from '../paging.js';

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
      const found = await events.page(filterOf(filters), { limit, ...(after ? { after } : {}) });
      return {
        items: found.items.map(eventView),
        next_cursor: found.next ? encodeCursor(`${found.next.createdAt}:${found.next.id}`) : null,
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
      const all = events.all(filterOf(request.query));
      async function* lines() {
        for await (const e of all) yield `${JSON.stringify(eventView(e))}\n`;
      }
      reply.header('content-type', 'application/x-ndjson; charset=utf-8');
      // A stream is sent as it is (no serializer), so the declared content describes it for the document only.
      return reply.send(Readable.from(lines()) as never);
    },
  );
}
