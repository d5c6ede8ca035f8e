// Subscription transfers under concurrency on PostgreSQL (SQLite when that is all there is, where they serialize):
// transfers of one subscription racing each other, seat claims from every account's devices and grants. Afterwards
// the subscription has one owner reached through a chain of the transfers that answered 200 (one event and two audit
// entries each), only the owner's devices hold seats, the seat count matches the seats and the plan's limit, and the
// doctor finds nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseKinds, trialsOn } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createAccounts } from '../licensing/licensing-support.js';
import { admin, ensurePlan, operatorToken } from '../admin/admin-support.js';
import { findings } from './integrity-support.js';

const kinds = databaseKinds();
const db = kinds.includes('postgres') ? 'postgres' : 'sqlite';
const TRIALS = trialsOn(db, { postgres: 3, full: 10 });
const ACCOUNTS = 4;
const DEVICES_EACH = 4;
const TRANSFERS = 24;
const GRANTS = 8;
const SEATS = 3;
const SPREAD_MS = 150;
const RACE_PLAN = { id: 'race', name: 'Race', deviceLimit: SEATS, memberLimit: 1, termDays: 30, features: [] };

const racingDevices = new Set<string>();

async function addDevices(s: TestServer, accountId: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, () => `dev_${randomBytes(8).toString('hex')}`);
  for (const id of ids) racingDevices.add(id);
  const now = s.clock.now();
  await s.tessera.database.db
    .insertInto('devices')
    .values(
      ids.map((id) => ({
        id,
        account_id: accountId,
        name: 'Racer',
        platform: 'linux',
        created_at: now,
        last_seen_at: now,
        disconnected_at: null,
      })),
    )
    .execute();
  return ids;
}

/** Resolves once some statement of this database waits for a row lock (the one the test holds). */
async function waitingForLock(client: pg.Client) {
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
    );
    if (rows[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const shuffled = <T>(items: T[]) =>
  items
    .map((item) => ({ item, key: Math.random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);

describe(`subscription transfers under concurrency (${db})`, () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
    token = await operatorToken(s, ['subscriptions:write']);
    await ensurePlan(s, RACE_PLAN);
  });
  after(async () => {
    await s.close();
  });

  test(`${TRIALS} trials: ${TRANSFERS} transfers, ${ACCOUNTS * DEVICES_EACH} seat claims and ${GRANTS} grants at once`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const accounts = await createAccounts(s, ACCOUNTS);
      const devices = new Map<string, string[]>();
      for (const accountId of accounts) devices.set(accountId, await addDevices(s, accountId, DEVICES_EACH));
      const first = accounts[0]!;
      const granted = await s.tessera.licensing.operator.grant({ accountId: first, planId: RACE_PLAN.id });
      assert.ok(granted.ok);
      const id = granted.subscription.id;
      // The first owner holds a seat before the race, so the first transfer has one to free.
      assert.equal(
        await s.tessera.stores.seats.claimSeat({
          subscriptionId: id,
          deviceId: devices.get(first)![0]!,
          accountId: first,
          now: s.clock.now(),
        }),
        'claimed',
      );

      const transfers = Array.from({ length: TRANSFERS }, (_, i) => async () => {
        const to = accounts[(i * 7 + trial) % ACCOUNTS]!;
        const r = await admin(s, token, 'POST', `/admin/v1/subscriptions/${id}/transfer`, { toAccountId: to });
        return { kind: 'transfer' as const, status: r.status, code: r.body?.error?.code as string | undefined };
      });
      const claims = accounts.flatMap((accountId) =>
        devices.get(accountId)!.map((deviceId) => async () => {
          const claim = await s.tessera.stores.seats.claimSeat({
            subscriptionId: id,
            deviceId,
            accountId,
            now: s.clock.now(),
          });
          return { kind: 'claim' as const, status: 0, code: claim };
        }),
      );
      const grants = Array.from({ length: GRANTS }, (_, i) => async () => {
        const r = await admin(s, token, 'POST', `/admin/v1/accounts/${accounts[i % ACCOUNTS]}/subscriptions`, {
          planId: RACE_PLAN.id,
        });
        return { kind: 'grant' as const, status: r.status, code: undefined };
      });
      // Spread over a short while, so claims land while transfers hold the row (not all before the first one).
      const results = await Promise.all(
        shuffled([...transfers, ...claims, ...grants]).map(async (task) => {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * SPREAD_MS));
          return task();
        }),
      );

      const transferred = results.filter((r) => r.kind === 'transfer' && r.status === 200).length;
      const refused = results.filter(
        (r) => r.kind === 'transfer' && r.status === 409 && r.code === 'OPERATION_REFUSED',
      );
      assert.equal(transferred + refused.length, TRANSFERS, `trial ${trial}: only 200 or 409 (already the owner)`);
      assert.ok(transferred >= 1, `trial ${trial}: some transfer landed`);
      assert.ok(
        results.filter((r) => r.kind === 'grant').every((r) => r.status === 201),
        `trial ${trial}: grants`,
      );

      const sub = await s.tessera.database.db
        .selectFrom('subscriptions')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const seats = await s.tessera.database.db
        .selectFrom('seats')
        .selectAll()
        .where('subscription_id', '=', id)
        .execute();
      assert.equal(sub.seats_used, seats.length, `trial ${trial}: the count is the seats`);
      assert.ok(seats.length <= SEATS, `trial ${trial}: within the plan's limit`);
      assert.ok(
        seats.every((seat) => seat.account_id === sub.owner_account_id),
        `trial ${trial}: only the owner's devices hold seats`,
      );

      // One event per transfer that answered 200, and they chain from the first owner to the last.
      const events = (
        await s.tessera.database.db
          .selectFrom('webhook_events')
          .selectAll()
          .where('type', '=', 'subscription.transferred')
          .execute()
      )
        .map((e) => JSON.parse(e.payload).data as { accountId: string; fromAccountId: string; subscriptionId: string })
        .filter((e) => e.subscriptionId === id);
      assert.equal(events.length, transferred, `trial ${trial}: one event per transfer`);
      const balance = new Map<string, number>();
      for (const e of events) {
        balance.set(e.fromAccountId, (balance.get(e.fromAccountId) ?? 0) + 1);
        balance.set(e.accountId, (balance.get(e.accountId) ?? 0) - 1);
      }
      const expected = new Map<string, number>();
      if (first !== sub.owner_account_id) {
        expected.set(first, 1);
        expected.set(sub.owner_account_id, -1);
      }
      assert.deepEqual(
        [...balance].filter(([, n]) => n !== 0).sort(),
        [...expected].sort(),
        `trial ${trial}: each transfer started from the owner the previous one left`,
      );
      const audited = await s.tessera.database.db
        .selectFrom('audit_events')
        .select('id')
        .where('type', '=', 'subscription.transferred')
        .where('account_id', 'in', accounts)
        .execute();
      assert.equal(audited.length, 2 * transferred, `trial ${trial}: audited on both accounts`);
    }
    // The racing devices are bare rows (the seats are under test, not connects): that they hold no app is expected.
    const found = (await findings(s)).filter(
      (f) => !(f.check === 'device_without_app' && racingDevices.has(f.subject)),
    );
    assert.deepEqual(found, [], 'after the transfer races: the doctor finds nothing else');
  });

  test(
    'a seat claim waiting on the row while the owner changes is refused once it gets the row',
    {
      skip: db !== 'postgres' && 'row locks exist on PostgreSQL only',
    },
    async () => {
      const [from, to] = await createAccounts(s, 2);
      const [deviceId] = await addDevices(s, from!, 1);
      const granted = await s.tessera.licensing.operator.grant({ accountId: from!, planId: RACE_PLAN.id });
      assert.ok(granted.ok);
      const id = granted.subscription.id;
      // Another connection holds the subscription's row mid-transfer (the owner already changed, not yet committed).
      const other = new pg.Client({ connectionString: s.db.databaseUrl });
      await other.connect();
      try {
        await other.query('begin');
        await other.query('update subscriptions set owner_account_id = $1 where id = $2', [to, id]);
        const claim = s.tessera.stores.seats.claimSeat({
          subscriptionId: id,
          deviceId: deviceId!,
          accountId: from!,
          now: s.clock.now(),
        });
        // Until the claim is seen waiting for that row lock (it read the old owner before it).
        await waitingForLock(other);
        await other.query('commit');
        assert.equal(await claim, 'not_usable');
      } finally {
        await other.end();
      }
      const seats = await s.tessera.database.db
        .selectFrom('seats')
        .selectAll()
        .where('subscription_id', '=', id)
        .execute();
      assert.deepEqual(seats, []);
    },
  );

  test(
    'an invitation accepted while the subscription is being given to the invitee leaves them owner, not also member',
    { skip: db !== 'postgres' && 'row locks exist on PostgreSQL only' },
    async () => {
      const [from, to] = await createAccounts(s, 2);
      const granted = await s.tessera.licensing.operator.grant({ accountId: from!, planId: RACE_PLAN.id });
      assert.ok(granted.ok);
      const id = granted.subscription.id;
      const now = s.clock.now();
      const invitationId = `inv_${randomBytes(8).toString('hex')}`;
      await s.tessera.database.db
        .insertInto('subscription_invitations')
        .values({
          id: invitationId,
          subscription_id: id,
          email: `${to}@example.vn`,
          token_hash: randomBytes(16).toString('hex'),
          invited_by: from!,
          created_at: now,
          expires_at: now + 86_400_000,
          accepted_at: null,
          accepted_by: null,
        })
        .execute();
      const other = new pg.Client({ connectionString: s.db.databaseUrl });
      await other.connect();
      try {
        await other.query('begin');
        await other.query('update subscriptions set owner_account_id = $1 where id = $2', [to, id]);
        const accepted = s.tessera.stores.family.acceptInvitation({
          invitation: { id: invitationId },
          accountId: to!,
          email: `${to}@example.vn`,
          now,
          capacity: () => 5,
        });
        await waitingForLock(other);
        await other.query('commit');
        assert.deepEqual(await accepted, { ok: false, reason: 'already_member' });
      } finally {
        await other.end();
      }
      const members = await s.tessera.database.db
        .selectFrom('subscription_members')
        .selectAll()
        .where('subscription_id', '=', id)
        .execute();
      assert.deepEqual(members, []);
    },
  );
});
