// Webhook endpoints, the event outbox and its deliveries in SQL; the worker's queries are in sql-webhook-queue.ts.
import type { Kysely, Selectable } from 'kysely';
import type { DeliveryRecord, WebhookEndpointRecord, WebhookEventRecord, WebhookStore } from '../webhooks/index.js';
import type { Database } from './tables.js';
import { deliveryColumns, toDelivery, webhookQueue } from './sql-webhook-queue.js';

const toEndpoint = (r: Selectable<Database['webhook_endpoints']>): WebhookEndpointRecord => ({
  id: r.id,
  url: r.url,
  eventTypes: JSON.parse(r.event_types) as string[],
  secretSealed: r.secret_sealed,
  description: r.description,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
  disabledReason: r.disabled_reason,
  consecutiveFailures: Number(r.consecutive_failures),
});

const toEvent = (r: Selectable<Database['webhook_events']>): WebhookEventRecord => ({
  id: r.id,
  type: r.type,
  accountId: r.account_id,
  payload: r.payload,
  onceKey: r.once_key,
  createdAt: r.created_at,
});

export function sqlWebhookStore(db: Kysely<Database>): WebhookStore {
  return {
    ...webhookQueue(db),

    async insertEndpoint(e) {
      await db
        .insertInto('webhook_endpoints')
        .values({
          id: e.id,
          url: e.url,
          event_types: JSON.stringify(e.eventTypes),
          secret_sealed: e.secretSealed,
          description: e.description,
          created_at: e.createdAt,
          disabled_at: e.disabledAt,
          disabled_reason: e.disabledReason,
          consecutive_failures: e.consecutiveFailures,
        })
        .execute();
    },
    async findEndpoint(id) {
      const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toEndpoint(row);
    },
    async listEndpoints() {
      const rows = await db.selectFrom('webhook_endpoints').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map(toEndpoint);
    },
    async deleteEndpoint(id) {
      // Its deliveries go with it (foreign key cascade; deleted explicitly too, in case SQLite's keys are off).
      return db.transaction().execute(async (tx) => {
        await tx.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
        const r = await tx.deleteFrom('webhook_endpoints').where('id', '=', id).executeTakeFirst();
        return Number(r.numDeletedRows) > 0;
      });
    },
    async setEndpointEnabled(id, enabled, at, reason) {
      const q = enabled
        ? db
            .updateTable('webhook_endpoints')
            .set({ disabled_at: null, disabled_reason: null, consecutive_failures: 0 })
            .where('id', '=', id)
        : db
            .updateTable('webhook_endpoints')
            .set({ disabled_at: at, disabled_reason: reason })
            .where('id', '=', id)
            .where('disabled_at', 'is', null);
      return Number((await q.executeTakeFirst()).numUpdatedRows) > 0;
    },

    async appendEvent(e, newDeliveryId) {
      // One transaction of its own, or a savepoint inside the caller's: the event and its deliveries go together.
      return db.transaction().execute(async (tx) => {
        const values = {
          id: e.id,
          type: e.type,
          account_id: e.accountId,
          payload: e.payload,
          once_key: e.onceKey,
          created_at: e.createdAt,
        };
        const inserted = await (
          e.onceKey === null
            ? tx.insertInto('webhook_events').values(values)
            : tx
                .insertInto('webhook_events')
                .values(values)
                .onConflict((oc) => oc.column('once_key').doNothing())
        ).executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
        const endpoints = await tx
          .selectFrom('webhook_endpoints')
          .select(['id', 'event_types'])
          .where('disabled_at', 'is', null)
          .execute();
        const wanted = endpoints.filter((p) => (JSON.parse(p.event_types) as string[]).includes(e.type));
        if (wanted.length) {
          await tx
            .insertInto('webhook_deliveries')
            .values(
              wanted.map((p) => ({
                id: newDeliveryId(),
                event_id: e.id,
                endpoint_id: p.id,
                status: 'pending' as const,
                attempts: 0,
                next_attempt_at: e.createdAt,
                created_at: e.createdAt,
              })),
            )
            .execute();
        }
        return true;
      });
    },
    async listEvents({ limit, type, accountId }) {
      let q = db
        .selectFrom('webhook_events')
        .selectAll()
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit);
      if (type) q = q.where('type', '=', type);
      if (accountId) q = q.where('account_id', '=', accountId);
      return (await q.execute()).map(toEvent);
    },

    async listDeliveries(endpointId, { limit, status }) {
      let q = db
        .selectFrom('webhook_deliveries as d')
        .innerJoin('webhook_events as ev', 'ev.id', 'd.event_id')
        .select(deliveryColumns)
        .where('d.endpoint_id', '=', endpointId)
        .orderBy('d.seq', 'desc')
        .limit(limit);
      if (status) q = q.where('d.status', '=', status);
      return (await q.execute()).map(toDelivery);
    },
    async findDelivery(id): Promise<DeliveryRecord | undefined> {
      const row = await db
        .selectFrom('webhook_deliveries as d')
        .innerJoin('webhook_events as ev', 'ev.id', 'd.event_id')
        .select(deliveryColumns)
        .where('d.id', '=', id)
        .executeTakeFirst();
      return row && toDelivery(row);
    },
    async deliveryPayload(id) {
      const row = await db
        .selectFrom('webhook_deliveries as d')
        .innerJoin('webhook_events as ev', 'ev.id', 'd.event_id')
        .select('ev.payload')
        .where('d.id', '=', id)
        .executeTakeFirst();
      return row?.payload;
    },
    async insertDelivery({ id, eventId, endpointId, at }) {
      await db
        .insertInto('webhook_deliveries')
        .values({
          id,
          event_id: eventId,
          endpoint_id: endpointId,
          status: 'pending',
          attempts: 0,
          next_attempt_at: at,
          created_at: at,
        })
        .execute();
    },
  };
}
