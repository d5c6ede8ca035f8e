// The integrity checks in SQL: each finds the rows that break one invariant in a single statement (one snapshot), and
// each repair changes a row only while it still breaks it, under the same locks the operations it repairs take.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { CheckName, Finding, IntegrityStore } from '../integrity/index.js';
import type { Database } from './tables.js';
import { supportsRowLocks } from './unit-of-work.js';

export function sqlIntegrityStore(db: Kysely<Database>): IntegrityStore {
  const rowLocks = supportsRowLocks(db);

  // Correlated subqueries, by column names of the outer query.
  const liveAppUsingSeat = db
    .selectFrom('app_connections as c')
    .innerJoin('devices as d', 'd.id', 'c.device_id')
    .select('c.id')
    .where('c.device_id', '=', sql.ref<string>('s.device_id'))
    .where('c.subscription_id', '=', sql.ref<string>('s.subscription_id'))
    .where('c.revoked_at', 'is', null)
    .where('d.disconnected_at', 'is', null);
  const seatsCounted = db
    .selectFrom('seats')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('seats.subscription_id', '=', sql.ref<string>('subscriptions.id'));
  const membersCounted = db
    .selectFrom('subscription_members as m')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('m.subscription_id', '=', sql.ref<string>('subscriptions.id'));

  /** The subscription's row lock (PostgreSQL), the one every seat and member change takes first. */
  const lockSubscription = (tx: Transaction<Database>, id: string) =>
    tx
      .selectFrom('subscriptions')
      .select('id')
      .where('id', '=', id)
      .$if(rowLocks, (q) => q.forUpdate())
      .executeTakeFirst();

  const finders: Record<CheckName, () => Promise<Finding[]>> = {
    async app_on_disconnected_device() {
      const rows = await db
        .selectFrom('app_connections as c')
        .innerJoin('devices as d', 'd.id', 'c.device_id')
        .select(['c.id', 'c.app_id', 'd.id as device_id'])
        .where('c.revoked_at', 'is', null)
        .where('d.disconnected_at', 'is not', null)
        .orderBy('c.id')
        .execute();
      return rows.map((r) => ({
        check: 'app_on_disconnected_device',
        subject: r.id,
        detail: `app ${r.app_id} is connected on disconnected device ${r.device_id}`,
      }));
    },
    async device_without_app() {
      const rows = await db
        .selectFrom('devices as d')
        .select(['d.id', 'd.account_id'])
        .where('d.disconnected_at', 'is', null)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('app_connections as c')
                .select('c.id')
                .whereRef('c.device_id', '=', 'd.id')
                .where('c.revoked_at', 'is', null),
            ),
          ),
        )
        .orderBy('d.id')
        .execute();
      return rows.map((r) => ({
        check: 'device_without_app',
        subject: r.id,
        detail: `device of ${r.account_id} is marked connected but no app is connected on it`,
      }));
    },
    async seat_held_by_nobody() {
      const rows = await db
        .selectFrom('seats as s')
        .select(['s.subscription_id', 's.device_id'])
        .where((eb) => eb.not(eb.exists(liveAppUsingSeat)))
        .orderBy('s.subscription_id')
        .orderBy('s.device_id')
        .execute();
      return rows.map((r) => ({
        check: 'seat_held_by_nobody',
        subject: `${r.subscription_id}/${r.device_id}`,
        detail: `a seat of ${r.subscription_id} is held for device ${r.device_id}, which has no connected app using it`,
      }));
    },
    async seat_count_mismatch() {
      const rows = await db
        .selectFrom('subscriptions')
        .select(['id', 'seats_used'])
        .select(() => seatsCounted.as('counted'))
        .where((eb) => eb('seats_used', '<>', seatsCounted))
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        check: 'seat_count_mismatch',
        subject: r.id,
        detail: `seats_used is ${r.seats_used}, ${Number(r.counted)} seats are held`,
      }));
    },
    async member_count_mismatch() {
      const rows = await db
        .selectFrom('subscriptions')
        .select(['id', 'members_used'])
        .select(() => membersCounted.as('counted'))
        .where((eb) => eb('members_used', '<>', membersCounted))
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        check: 'member_count_mismatch',
        subject: r.id,
        detail: `members_used is ${r.members_used}, ${Number(r.counted)} members are recorded`,
      }));
    },
    async done_flow_without_connection() {
      // Flows finished before this check existed carry no `connected` and are not judged; nor are those of an account
      // purged since (its devices went with it).
      const rows = await db
        .selectFrom('flows')
        .select(['id', 'state'])
        .where('kind', '=', 'connect')
        .where('completed_at', 'is not', null)
        .execute();
      const claimed = rows.flatMap((r) => {
        const state = JSON.parse(r.state) as {
          accountId?: string;
          connected?: { deviceId: string; connectionId: string };
        };
        return state.connected && state.accountId
          ? [{ flowId: r.id, accountId: state.accountId, ...state.connected }]
          : [];
      });
      const present = new Set<string>();
      for (let i = 0; i < claimed.length; i += 500) {
        const chunk = claimed.slice(i, i + 500);
        const connections = await db
          .selectFrom('app_connections as c')
          .innerJoin('devices as d', 'd.id', 'c.device_id')
          .select('c.id')
          .where(
            'c.id',
            'in',
            chunk.map((c) => c.connectionId),
          )
          .execute();
        for (const row of connections) present.add(row.id);
        const accounts = await db
          .selectFrom('accounts')
          .select('id')
          .where('id', 'in', [...new Set(chunk.map((c) => c.accountId))])
          .execute();
        const living = new Set(accounts.map((a) => a.id));
        for (const c of chunk) if (!living.has(c.accountId)) present.add(c.connectionId);
      }
      return claimed
        .filter((c) => !present.has(c.connectionId))
        .map((c) => ({
          check: 'done_flow_without_connection' as const,
          subject: c.flowId,
          detail: `connect flow is done but its device ${c.deviceId} or app connection ${c.connectionId} is missing`,
        }));
    },
  };

  const repairs: Partial<Record<CheckName, (findings: Finding[], now: number) => Promise<number>>> = {
    async app_on_disconnected_device(findings) {
      let changed = 0;
      for (const { subject } of findings) {
        const r = await db
          .updateTable('app_connections')
          .set({
            revoked_at: (eb) =>
              eb
                .selectFrom('devices')
                .select('disconnected_at')
                .whereRef('devices.id', '=', 'app_connections.device_id'),
          })
          .where('id', '=', subject)
          .where('revoked_at', 'is', null)
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('devices')
                .select('id')
                .whereRef('devices.id', '=', 'app_connections.device_id')
                .where('disconnected_at', 'is not', null),
            ),
          )
          .executeTakeFirst();
        changed += Number(r.numUpdatedRows);
      }
      return changed;
    },
    async device_without_app(findings, now) {
      let changed = 0;
      for (const { subject } of findings) {
        changed += await db.transaction().execute(async (tx) => {
          const device = await tx
            .selectFrom('devices')
            .select('account_id')
            .where('id', '=', subject)
            .executeTakeFirst();
          if (!device) return 0;
          // The account's device lock, as connects take it: no app can join the device while it is being marked.
          await tx
            .selectFrom('accounts')
            .select('id')
            .where('id', '=', device.account_id)
            .$if(rowLocks, (q) => q.forUpdate())
            .executeTakeFirst();
          const r = await tx
            .updateTable('devices')
            .set({ disconnected_at: now })
            .where('id', '=', subject)
            .where('disconnected_at', 'is', null)
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('app_connections as c')
                    .select('c.id')
                    .whereRef('c.device_id', '=', 'devices.id')
                    .where('c.revoked_at', 'is', null),
                ),
              ),
            )
            .executeTakeFirst();
          return Number(r.numUpdatedRows);
        });
      }
      return changed;
    },
    async seat_held_by_nobody(findings) {
      let changed = 0;
      for (const { subject } of findings) {
        const [subscriptionId, deviceId] = subject.split('/') as [string, string];
        changed += await db.transaction().execute(async (tx) => {
          await lockSubscription(tx, subscriptionId);
          const deleted = await tx
            .deleteFrom('seats')
            .where('subscription_id', '=', subscriptionId)
            .where('device_id', '=', deviceId)
            .where((eb) =>
              eb.not(
                eb.exists(
                  tx
                    .selectFrom('app_connections as c')
                    .innerJoin('devices as d', 'd.id', 'c.device_id')
                    .select('c.id')
                    .where('c.device_id', '=', deviceId)
                    .where('c.subscription_id', '=', subscriptionId)
                    .where('c.revoked_at', 'is', null)
                    .where('d.disconnected_at', 'is', null),
                ),
              ),
            )
            .executeTakeFirst();
          const n = Number(deleted.numDeletedRows);
          if (n > 0)
            await tx
              .updateTable('subscriptions')
              .set((eb) => ({ seats_used: eb('seats_used', '-', n) }))
              .where('id', '=', subscriptionId)
              .where('seats_used', '>=', n)
              .execute();
          return n;
        });
      }
      return changed;
    },
    seat_count_mismatch: (findings) => recount(findings, 'seats_used'),
    member_count_mismatch: (findings) => recount(findings, 'members_used'),
  };

  /** Sets each counter to the rows it counts, under the subscription's lock so no claim or join slips in between. */
  async function recount(findings: Finding[], column: 'seats_used' | 'members_used'): Promise<number> {
    let changed = 0;
    for (const { subject } of findings) {
      changed += await db.transaction().execute(async (tx) => {
        await lockSubscription(tx, subject);
        const counted = column === 'seats_used' ? seatsCounted : membersCounted;
        const r = await tx
          .updateTable('subscriptions')
          .set({ [column]: counted })
          .where('id', '=', subject)
          .where(column, '<>', counted)
          .executeTakeFirst();
        return Number(r.numUpdatedRows);
      });
    }
    return changed;
  }

  return {
    find: (check) => finders[check](),
    async repair(check, now) {
      const repair = repairs[check];
      return repair ? repair(await finders[check](), now) : 0;
    },
  };
}
