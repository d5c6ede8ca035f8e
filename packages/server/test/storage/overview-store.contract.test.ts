// Contract tests for the console's stores, run on every database kind: the overview's aggregates (accounts, active
// subscriptions per plan, devices seen, check-ins per minute, SMS tallied per day and country) and background mints
// (progress, and the sealed CSV taken exactly once by racing downloads).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeviceRecord } from '../../src/devices/index.js';
import { T0, countTrue, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { DAY, licensingFixtures } from './licensing-fixtures.js';

const MINUTE = 60_000;
let n = 0;

function overviewStoreContract(open: () => OpenStores) {
  const store = () => open().stores.overview;
  const fx = licensingFixtures(open);

  /** A device of `accountId` last seen at `seenAt`, with one app whose last check-in is then too. */
  async function deviceSeen(accountId: string, seenAt: number) {
    n += 1;
    const device: DeviceRecord = {
      id: `dev_ov_${n}`,
      accountId,
      name: 'Desk',
      platform: 'linux',
      createdAt: T0,
      lastSeenAt: seenAt,
      disconnectedAt: null,
    };
    await open().stores.devices.createDevice(device);
    await open().stores.devices.connectApp({
      id: `con_ov_${n}`,
      deviceId: device.id,
      accountId,
      appId: 'app.notes',
      planId: 'free',
      subscriptionId: null,
      credentialHash: `hash_ov_${n}`,
      createdAt: T0,
      lastCheckInAt: seenAt,
      revokedAt: null,
    });
  }

  test('counts accounts, and active subscriptions per plan with its name (revoked and ended ones left out)', async () => {
    const owner = await fx.account();
    await fx.account();
    const team = await fx.plan({ name: 'Team' });
    const solo = await fx.plan({ name: 'Solo' });
    await fx.subscription(owner.id, { planId: team.id });
    await fx.subscription(owner.id, { planId: team.id, endsAt: null });
    await fx.subscription(owner.id, { planId: solo.id });
    await fx.subscription(owner.id, { planId: solo.id, revokedAt: T0 + 1 });
    await fx.subscription(owner.id, { planId: solo.id, endsAt: T0 + 5 });
    assert.equal(await store().countAccounts(), 2);
    assert.deepEqual(await store().activeSubscriptionsByPlan(T0 + 10), [
      { planId: team.id, planName: 'Team', count: 2 },
      { planId: solo.id, planName: 'Solo', count: 1 },
    ]);
    assert.deepEqual(await store().activeSubscriptionsByPlan(T0 + 31 * DAY), [
      { planId: team.id, planName: 'Team', count: 1 },
    ]);
  });

  test('devices seen since a time, and check-ins per whole minute as the last-seen flushes counted them', async () => {
    const a = await fx.account();
    const now = T0 + 10 * DAY;
    const minute = Math.floor(now / MINUTE);
    await deviceSeen(a.id, now - 2 * DAY);
    await deviceSeen(a.id, (minute - 3) * MINUTE + 1);
    await deviceSeen(a.id, (minute - 1) * MINUTE);
    assert.equal(await store().countDevicesSeenSince(now - DAY), 2);
    const flush = (counts: [number, number][]) =>
      open().stores.checkIns.writeLastSeen(
        { devices: new Map(), connections: new Map(), checkInsPerMinute: new Map(counts) },
        0,
      );
    await flush([
      [minute - 3, 2],
      [minute - 1, 1],
    ]);
    await flush([[minute - 3, 5]]);
    const perMinute = await store().checkInsByMinute(minute - 5);
    assert.deepEqual(
      perMinute.sort((x, y) => x.minute - y.minute),
      [
        { minute: minute - 3, count: 7 },
        { minute: minute - 1, count: 1 },
      ],
    );
    assert.deepEqual(await store().checkInsByMinute(minute), []);
  });

  test('SMS tallies add up per day, country and outcome, also when many are added at once', async () => {
    await together(12, (i) => store().addSms('2026-12-02', 'VN', i % 4 === 0 ? 'refused' : 'sent'));
    await store().addSms('2026-12-02', 'US', 'sent');
    await store().addSms('2026-12-02', 'US', 'failed');
    await store().addSms('2026-12-01', 'VN', 'sent');
    assert.deepEqual(await store().smsOn('2026-12-02'), [
      { country: 'VN', sent: 9, failed: 0, refused: 3 },
      { country: 'US', sent: 1, failed: 1, refused: 0 },
    ]);
    assert.deepEqual(await store().smsOn('2026-11-30'), []);
  });
}

function mintJobStoreContract(open: () => OpenStores) {
  const store = () => open().stores.mintJobs;
  const job = (id: string) => ({ id, operatorId: 'acc_op', planId: 'personal', count: 1000, createdAt: T0 });

  test('a job reports progress forward only, then done with its batch and the codes held', async () => {
    await store().create(job('mnt_1'));
    await store().progress('mnt_1', 400, T0 + 1);
    await store().progress('mnt_1', 200, T0 + 2);
    let found = await store().find('mnt_1');
    assert.equal(found?.status, 'running');
    assert.equal(found?.minted, 400);
    assert.equal(found?.updatedAt, T0 + 1);
    await store().finish('mnt_1', { batchId: 'bat_1', csvSealed: 'sealed', at: T0 + 3, downloadUntil: T0 + 100 });
    found = await store().find('mnt_1');
    assert.deepEqual(found, {
      id: 'mnt_1',
      operatorId: 'acc_op',
      planId: 'personal',
      count: 1000,
      minted: 1000,
      status: 'done',
      batchId: 'bat_1',
      problem: null,
      createdAt: T0,
      updatedAt: T0 + 3,
      downloadUntil: T0 + 100,
      downloadedAt: null,
      holdsCodes: true,
    });
    assert.equal(await store().find('mnt_unknown'), undefined);
  });

  test('a failed job keeps its problem and no codes; failing a finished job changes nothing', async () => {
    await store().create(job('mnt_f'));
    await store().fail('mnt_f', 'no plan', T0 + 1);
    assert.equal((await store().find('mnt_f'))?.status, 'failed');
    assert.equal((await store().find('mnt_f'))?.problem, 'no plan');
    await store().create(job('mnt_d'));
    await store().finish('mnt_d', { batchId: 'bat_d', csvSealed: 's', at: T0 + 1, downloadUntil: T0 + 100 });
    await store().fail('mnt_d', 'late', T0 + 2);
    assert.equal((await store().find('mnt_d'))?.status, 'done');
  });

  test('racing downloads: exactly one gets the CSV; not another operator, not after the window', async () => {
    await store().create(job('mnt_r'));
    await store().finish('mnt_r', { batchId: 'bat_r', csvSealed: 'sealed-csv', at: T0, downloadUntil: T0 + 100 });
    assert.equal(await store().takeCsv('mnt_r', 'acc_other', T0 + 1), undefined);
    const taken = await together(8, () => store().takeCsv('mnt_r', 'acc_op', T0 + 2));
    assert.equal(countTrue(taken.map((t) => t === 'sealed-csv')), 1);
    assert.equal(countTrue(taken.map((t) => t !== undefined)), 1);
    const after = await store().find('mnt_r');
    assert.equal(after?.holdsCodes, false);
    assert.equal(after?.downloadedAt, T0 + 2);

    await store().create(job('mnt_late'));
    await store().finish('mnt_late', { batchId: 'bat_l', csvSealed: 'x', at: T0, downloadUntil: T0 + 100 });
    assert.equal(await store().takeCsv('mnt_late', 'acc_op', T0 + 100), undefined);
  });

  test('dropExpired clears only the CSVs whose window closed', async () => {
    await store().create(job('mnt_old'));
    await store().finish('mnt_old', { batchId: 'b1', csvSealed: 'x', at: T0, downloadUntil: T0 + 10 });
    await store().create(job('mnt_new'));
    await store().finish('mnt_new', { batchId: 'b2', csvSealed: 'y', at: T0, downloadUntil: T0 + 1000 });
    assert.equal(await store().dropExpired(T0 + 10), 1);
    assert.equal((await store().find('mnt_old'))?.holdsCodes, false);
    assert.equal((await store().find('mnt_new'))?.holdsCodes, true);
  });
}

for (const kind of databaseKinds()) {
  describe(`OverviewStore on ${kind}`, () => {
    overviewStoreContract(useStores(kind));
  });
  describe(`MintJobStore on ${kind}`, () => {
    mintJobStoreContract(useStores(kind));
  });
}
