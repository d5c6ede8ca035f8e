// The delivery worker's queries: due endpoints, leases (one holder per endpoint across instances), the head of an
// endpoint's queue, and recording attempts. Conditional updates make the lease hold on SQLite and PostgreSQL alike.
import { sql, type Kysely } from 'kysely';
import type { DeliveryRecord, DeliveryWork, WebhookStore } from '../webhooks/index.js';
import type { Database } from './tables.js';

export const deliveryColumns = [
  'd.id',
  'd.seq',
  'd.event_id',
  'ev.type as event_type',
  'd.endpoint_id',
  'd.status',
  'd.attempts',
  'd.next_attempt_at',
  'd.last_attempt_at',
  'd.last_status_code',
  'd.last_error',
  'd.delivered_at',
  'd.created_at',
] as const;

interface DeliveryRow {
  id: string;
  seq: number;
  event_id: string;
  event_type: string;
  endpoint_id: string;
  status: DeliveryRecord['status'];
  attempts: number;
  next_attempt_at: number;
  last_attempt_at: number | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: number | null;
  created_at: number;
}

export const toDelivery = (r: DeliveryRow): DeliveryRecord => ({
  id: r.id,
  seq: Number(r.seq),
  eventId: r.event_id,
  eventType: r.event_type,
  endpointId: r.endpoint_id,
  status: r.status,
  attempts: Number(r.attempts),
  nextAttemptAt: Number(r.next_attempt_at),
  lastAttemptAt: r.last_attempt_at,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  deliveredAt: r.delivered_at,
  createdAt: r.created_at,
});

type Queue = Pick<
  WebhookStore,
  | 'dueEndpoints'
  | 'claimEndpoint'
  | 'renewLease'
  | 'releaseEndpoint'
  | 'headDelivery'
  | 'recordSuccess'
  | 'recordFailure'
  | 'purgeEvents'
>;

export function webhookQueue(db: Kysely<Database>): Queue {
  return {
    async dueEndpoints(now, limit) {
      // Due means the endpoint's first pending delivery is due: a later one never overtakes a waiting retry.
      const { rows } = await sql<{ id: string }>`
        SELECT e.id FROM webhook_endpoints e
        WHERE e.disabled_at IS NULL
          AND (e.lease_until IS NULL OR e.lease_until < ${now})
          AND EXISTS (
            SELECT 1 FROM webhook_deliveries d
            WHERE d.endpoint_id = e.id AND d.status = 'pending' AND d.next_attempt_at <= ${now}
              AND NOT EXISTS (
                SELECT 1 FROM webhook_deliveries o
                WHERE o.endpoint_id = e.id AND o.status = 'pending' AND o.seq < d.seq
              )
          )
        ORDER BY e.id
        LIMIT ${limit}`.execute(db);
      return rows.map((r) => r.id);
    },
    async claimEndpoint(id, owner, now, until) {
      // Of racing workers, the one whose update finds the lease free takes it; PostgreSQL re-checks the condition
      // on the row it waited for, so the others update nothing.
      const r = await db
        .updateTable('webhook_endpoints')
        .set({ lease_owner: owner, lease_until: until })
        .where('id', '=', id)
        .where('disabled_at', 'is', null)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async renewLease(id, owner, until) {
      await db
        .updateTable('webhook_endpoints')
        .set({ lease_until: until })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },
    async releaseEndpoint(id, owner) {
      await db
        .updateTable('webhook_endpoints')
        .set({ lease_owner: null, lease_until: null })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .execute();
    },
    async headDelivery(endpointId): Promise<DeliveryWork | undefined> {
      const row = await db
        .selectFrom('webhook_deliveries as d')
        .innerJoin('webhook_events as ev', 'ev.id', 'd.event_id')
        .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
        .select([...deliveryColumns, 'ev.payload', 'e.url', 'e.secret_sealed'])
        .where('d.endpoint_id', '=', endpointId)
        .where('d.status', '=', 'pending')
        .where('e.disabled_at', 'is', null)
        .orderBy('d.seq')
        .limit(1)
        .executeTakeFirst();
      return row && { ...toDelivery(row), payload: row.payload, url: row.url, secretSealed: row.secret_sealed };
    },
    async recordSuccess(deliveryId, endpointId, { at, statusCode }) {
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('webhook_deliveries')
          .set((eb) => ({
            status: 'delivered',
            attempts: eb('attempts', '+', 1),
            last_attempt_at: at,
            last_status_code: statusCode,
            last_error: null,
            delivered_at: at,
          }))
          .where('id', '=', deliveryId)
          .where('status', '=', 'pending')
          .execute();
        await tx
          .updateTable('webhook_endpoints')
          .set({ consecutive_failures: 0 })
          .where('id', '=', endpointId)
          .execute();
      });
    },
    async recordFailure(deliveryId, endpointId, { at, statusCode, error, nextAttemptAt }) {
      return db.transaction().execute(async (tx) => {
        await tx
          .updateTable('webhook_deliveries')
          .set((eb) => ({
            status: nextAttemptAt === null ? 'failed' : 'pending',
            attempts: eb('attempts', '+', 1),
            next_attempt_at: nextAttemptAt ?? at,
            last_attempt_at: at,
            last_status_code: statusCode,
            last_error: error,
          }))
          .where('id', '=', deliveryId)
          .where('status', '=', 'pending')
          .execute();
        const row = await tx
          .updateTable('webhook_endpoints')
          .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
          .where('id', '=', endpointId)
          .returning('consecutive_failures')
          .executeTakeFirst();
        return Number(row?.consecutive_failures ?? 0);
      });
    },
    async purgeEvents(before, limit) {
      const old = await db
        .selectFrom('webhook_events as ev')
        .select('ev.id')
        .where('ev.created_at', '<', before)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('webhook_deliveries as d')
                .select('d.id')
                .whereRef('d.event_id', '=', 'ev.id')
                .where('d.status', '=', 'pending'),
            ),
          ),
        )
        .limit(limit)
        .execute();
      if (old.length === 0) return 0;
      const ids = old.map((r) => r.id);
      await db.transaction().execute(async (tx) => {
        await tx.deleteFrom('webhook_deliveries').where('event_id', 'in', ids).execute();
        await tx.deleteFrom('webhook_events').where('id', 'in', ids).execute();
      });
      return ids.length;
    },
  };
}
