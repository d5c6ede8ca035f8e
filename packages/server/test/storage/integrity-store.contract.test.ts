// Contract tests for IntegrityStore, run on every database kind: each check finds the rows that break its invariant and
// nothing on healthy data; each repair fixes them once, however many doctors run at once.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckName, IntegrityStore } from '../../src/integrity/index.js';
import { CHECKS } from '../../src/integrity/index.js';
import { T0, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { licensingFixtures } from './licensing-fixtures.js';

function integrityStoreContract(open: () => OpenStores) {
  const store = (): IntegrityStore => open().stores.integrity;
  const f = licensingFixtures(open);
  const db = () => open().handle.db;
  const now = T0 + 1000;
  let n = 0;

  /** An account with a subscription and `devices` connected devices, each with one app holding a seat. */
  async function healthy(devices = 2) {
    const me = await f.account();
    const sub = await f.subscription(me.id, { endsAt: null, planId: (await f.plan({ deviceLimit: 10 })).id });
    const ids: string[] = [];
    for (let i = 0; i < devices; i++) {
      n += 1;
      const id = `dev_${n}`;
      await open().stores.devices.createDevice({
        id,
        accountId: me.id,
        name: `Device ${n}`,
        platform: 'linux',
        createdAt: T0,
        lastSeenAt: T0,
        disconnectedAt: null,
      });
      await open().stores.devices.connectApp({
        id: `con_${n}`,
        deviceId: id,
        accountId: me.id,
        appId: 'app.secure',
        planId: sub.planId,
        subscriptionId: sub.id,
        credentialHash: `cred_${n}`,
        createdAt: T0,
        lastCheckInAt: T0,
        revokedAt: null,
      });
      assert.equal(
        await open().stores.seats.claimSeat({ subscriptionId: sub.id, deviceId: id, accountId: me.id, now: T0 }),
        'claimed',
      );
      ids.push(id);
    }
    return { me, sub, devices: ids };
  }
  const subjects = async (check: CheckName) => (await store().find(check)).map((x) => x.subject);
  const assertClean = async () => {
    for (const check of CHECKS) assert.deepEqual(await store().find(check), [], `${check} finds nothing`);
  };

  test('healthy data breaks no invariant, and repairs change nothing', async () => {
    await healthy(3);
    await assertClean();
    for (const check of CHECKS) assert.equal(await store().repair(check, now), 0);
  });

  test("an app connected on a disconnected device is ended at the device's time", async () => {
    const { devices } = await healthy(2);
    await db()
      .updateTable('devices')
      .set({ disconnected_at: T0 + 5 })
      .where('id', '=', devices[0]!)
      .execute();
    const found = await store().find('app_on_disconnected_device');
    assert.deepEqual(
      found.map((x) => [x.check, x.subject]),
      [['app_on_disconnected_device', (await open().stores.devices.listConnections(devices[0]!))[0]!.id]],
    );
    assert.equal(await store().repair('app_on_disconnected_device', now), 1);
    assert.equal((await open().stores.devices.listConnections(devices[0]!))[0]?.revokedAt, T0 + 5);
    assert.deepEqual(await store().find('app_on_disconnected_device'), []);
  });

  test('a device marked connected with no app is marked disconnected', async () => {
    const { devices } = await healthy(2);
    await db()
      .updateTable('app_connections')
      .set({ revoked_at: T0 + 5 })
      .where('device_id', '=', devices[1]!)
      .execute();
    assert.deepEqual(await subjects('device_without_app'), [devices[1]]);
    assert.equal(await store().repair('device_without_app', now), 1);
    assert.equal((await open().stores.devices.findDevice(devices[1]!))?.disconnectedAt, now);
    assert.deepEqual(await store().find('device_without_app'), []);
  });

  test('a seat no connected app uses is given back, with its count', async () => {
    const { me, sub } = await healthy(1);
    await db()
      .insertInto('seats')
      .values({ subscription_id: sub.id, device_id: 'dev_gone', account_id: me.id, claimed_at: T0 })
      .execute();
    await db().updateTable('subscriptions').set({ seats_used: 2 }).where('id', '=', sub.id).execute();
    assert.deepEqual(await subjects('seat_held_by_nobody'), [`${sub.id}/dev_gone`]);
    assert.equal(await store().repair('seat_held_by_nobody', now), 1);
    assert.equal((await open().stores.subscriptions.findSubscription(sub.id))?.seatsUsed, 1);
    await assertClean();
  });

  test('seat and member counters that disagree with their rows are recounted', async () => {
    const { sub } = await healthy(2);
    const member = await f.account();
    await f.join(sub.id, member);
    await db().updateTable('subscriptions').set({ seats_used: 7, members_used: 0 }).where('id', '=', sub.id).execute();
    assert.deepEqual(await subjects('seat_count_mismatch'), [sub.id]);
    assert.deepEqual(await subjects('member_count_mismatch'), [sub.id]);
    assert.equal(await store().repair('seat_count_mismatch', now), 1);
    assert.equal(await store().repair('member_count_mismatch', now), 1);
    const after = await open().stores.subscriptions.findSubscription(sub.id);
    assert.equal(after?.seatsUsed, 2);
    assert.equal(after?.membersUsed, 1);
    await assertClean();
  });

  test('a done connect flow whose connection is gone is reported, not repaired', async () => {
    const { me, devices } = await healthy(1);
    const connected = (await open().stores.devices.listConnections(devices[0]!))[0]!;
    const flow = (id: string, state: object) => ({
      id,
      kind: 'connect' as const,
      step: 'done' as const,
      state,
      version: 3,
      createdAt: T0,
      expiresAt: T0 + 60_000,
      completedAt: T0 + 10,
    });
    await open().stores.flows.create(
      flow('flw_ok', { accountId: me.id, connected: { deviceId: devices[0], connectionId: connected.id } }),
    );
    await open().stores.flows.create(
      flow('flw_lost', { accountId: me.id, connected: { deviceId: 'dev_x', connectionId: 'con_x' } }),
    );
    await open().stores.flows.create(flow('flw_old', { accountId: me.id }));
    await open().stores.flows.create(
      flow('flw_purged', { accountId: 'acc_gone', connected: { deviceId: 'd', connectionId: 'c' } }),
    );
    assert.deepEqual(await subjects('done_flow_without_connection'), ['flw_lost']);
    assert.equal(await store().repair('done_flow_without_connection', now), 0);
  });

  test('a recount racing seat releases leaves the counter equal to the seats (it locks the subscription first)', async () => {
    const { sub, devices } = await healthy(9);
    await db().updateTable('subscriptions').set({ seats_used: 40 }).where('id', '=', sub.id).execute();
    await together<unknown>(16, (i) =>
      i % 2 === 0
        ? open().stores.seats.releaseSeat(sub.id, devices[i / 2]!)
        : store().repair('seat_count_mismatch', now),
    );
    const seats = await db().selectFrom('seats').select('device_id').where('subscription_id', '=', sub.id).execute();
    assert.equal(seats.length, 1);
    // Whatever order they ran in, a recount counted under the lock every release takes, so none wrote a stale count.
    assert.equal((await open().stores.subscriptions.findSubscription(sub.id))?.seatsUsed, 1);
    await assertClean();
  });

  test('doctors repairing at once change each broken row once', async () => {
    const { sub, devices } = await healthy(4);
    await db()
      .updateTable('devices')
      .set({ disconnected_at: T0 + 5 })
      .where('id', 'in', devices.slice(0, 3))
      .execute();
    await db().updateTable('subscriptions').set({ seats_used: 0 }).where('id', '=', sub.id).execute();
    const apps = await together(6, () => store().repair('app_on_disconnected_device', now));
    assert.equal(
      apps.reduce((a, b) => a + b, 0),
      3,
    );
    const counts = await together(6, () => store().repair('seat_count_mismatch', now));
    assert.equal(
      counts.reduce((a, b) => a + b, 0),
      1,
    );
    const seats = await together(6, () => store().repair('seat_held_by_nobody', now));
    assert.equal(
      seats.reduce((a, b) => a + b, 0),
      3,
    );
    assert.equal((await open().stores.subscriptions.findSubscription(sub.id))?.seatsUsed, 1);
    await assertClean();
  });
}

for (const kind of databaseKinds()) {
  describe(`IntegrityStore on ${kind}`, () => {
    integrityStoreContract(useStores(kind));
  });
}
