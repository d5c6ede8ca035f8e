// Contract tests for CheckInStore, run on every database kind: the one read a check-in decides from, the conditional
// rotate-and-reissue and move onto a subscription (one winner when they race), and the last-seen flush: times that
// only move forward (by at least the granularity), check-ins per minute that add up across instances.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AppConnectionRecord, CheckInStore, DeviceRecord } from '../../src/devices/index.js';
import { sqlCheckInStore } from '../../src/storage/index.js';
import { T0, countTrue, databaseKinds, sampleAccount, together, useStores, type OpenStores } from './store-harness.js';

let n = 0;

function checkInStoreContract(open: () => OpenStores) {
  const store = (): CheckInStore => open().stores.checkIns;

  /** An account with one device and one app on Free, credential `hash`. */
  async function connected(overrides: Partial<AppConnectionRecord> = {}) {
    n += 1;
    const account = sampleAccount();
    await open().stores.accounts.create(account);
    const device: DeviceRecord = {
      id: `dev_ci_${n}`,
      accountId: account.id,
      name: 'Lan’s laptop',
      platform: 'linux',
      createdAt: T0,
      lastSeenAt: T0,
      disconnectedAt: null,
    };
    await open().stores.devices.createDevice(device);
    const connection: AppConnectionRecord = {
      id: `con_ci_${n}`,
      deviceId: device.id,
      accountId: account.id,
      appId: 'app.notes',
      planId: 'free',
      subscriptionId: null,
      credentialHash: `hash_ci_${n}`,
      createdAt: T0,
      lastCheckInAt: T0,
      revokedAt: null,
      ...overrides,
    };
    await open().stores.devices.connectApp(connection);
    return { account, device, connection };
  }

  const license = (token: string) => ({ token, issuedAt: T0 + 10, expiresAt: T0 + 86_400_000, key: 'free|[]' });

  test('read by the current credential gives the whole row; an unknown hash gives nothing', async () => {
    const { account, device, connection } = await connected();
    const row = await store().read(connection.credentialHash);
    assert.equal(row?.connectionId, connection.id);
    assert.equal(row?.deviceId, device.id);
    assert.equal(row?.accountId, account.id);
    assert.equal(row?.current, true);
    assert.equal(row?.revoked, false);
    assert.equal(row?.accountDisabled, false);
    assert.equal(row?.subscription, null);
    assert.equal(row?.mayUpgrade, false);
    assert.equal(row?.license, null);
    assert.equal(await store().read('hash_unknown'), undefined);
  });

  test('reads that arrive together each get their own row; on PostgreSQL they go as one statement', async () => {
    const apps = [];
    for (let i = 0; i < 20; i++) apps.push(await connected());
    // The store as the server builds it, with each statement over an array of hashes counted (PostgreSQL has them).
    const { db, direct } = open().handle;
    let statements = 0;
    const { prepareRows } = direct;
    const counted = sqlCheckInStore(db, {
      ...direct,
      ...(prepareRows && {
        prepareRows: <R>(text: string) => {
          const run = prepareRows<R>(text);
          return (parameters: readonly unknown[]) => ((statements += 1), run(parameters));
        },
      }),
    });
    const hashes = [...apps.map((a) => a.connection.credentialHash), apps[3]!.connection.credentialHash, 'hash_none'];
    const rows = await Promise.all(hashes.map((hash) => counted.read(hash)));
    assert.deepEqual(
      rows.map((row) => row?.connectionId),
      [...apps.map((a) => a.connection.id), apps[3]!.connection.id, undefined],
    );
    assert.equal(statements, prepareRows ? 1 : 0, 'the twenty-one hashes asked for in one turn, in one statement');
    // A read in a later turn goes in a statement of its own.
    assert.equal((await counted.read(apps[0]!.connection.credentialHash))?.connectionId, apps[0]!.connection.id);
    assert.equal(statements, prepareRows ? 2 : 0);
  });

  test('the read sees committed rows only: a transaction still open elsewhere does not show in it', async () => {
    const { connection } = await connected();
    await open()
      .handle.db.transaction()
      .execute(async (tx) => {
        await tx
          .updateTable('app_connections')
          .set({ revoked_at: T0 + 2 })
          .where('id', '=', connection.id)
          .execute();
        assert.equal((await store().read(connection.credentialHash))?.revoked, false);
      });
    assert.equal((await store().read(connection.credentialHash))?.revoked, true);
  });

  test('rotateWithLicense keeps the token; the old hash then reads as not current, for its one replay', async () => {
    const { connection } = await connected();
    const rotated = await store().rotateWithLicense(
      connection.id,
      connection.credentialHash,
      'hash_next',
      T0 + 5,
      license('tok'),
    );
    assert.equal(rotated, true);
    const now = await store().read('hash_next');
    assert.equal(now?.current, true);
    assert.deepEqual(now?.license, license('tok'));
    const old = await store().read(connection.credentialHash);
    assert.equal(old?.current, false);
    assert.equal(old?.credentialHash, 'hash_next');
  });

  test('of many concurrent rotations from one credential, exactly one is taken', async () => {
    const { connection } = await connected();
    const results = await together(12, (i) =>
      store().rotateWithLicense(connection.id, connection.credentialHash, `hash_race_${i}`, T0 + i, license(`t${i}`)),
    );
    assert.equal(countTrue(results), 1);
  });

  test("a disconnected device's connection, a revoked connection and a disabled account show in the read", async () => {
    const a = await connected();
    await open().stores.devices.disconnectDevice(a.device.id, a.account.id, T0 + 1);
    assert.equal((await store().read(a.connection.credentialHash))?.revoked, true);
    const b = await connected();
    await open().stores.devices.revokeConnection(b.connection.id, T0 + 1);
    assert.equal((await store().read(b.connection.credentialHash))?.revoked, true);
    const c = await connected();
    await open().stores.accounts.setDisabled(c.account.id, T0 + 1);
    assert.equal((await store().read(c.connection.credentialHash))?.accountDisabled, true);
  });

  test('moveToSubscription moves a connection on Free once, however many race', async () => {
    const { connection } = await connected();
    const results = await together(12, (i) => store().moveToSubscription(connection.id, 'personal', `sub_ci_${i}`));
    assert.equal(countTrue(results), 1);
    assert.equal(await store().moveToSubscription(connection.id, 'personal', 'sub_later'), false);
  });

  /** A last-seen flush of `times` for each of `apps`, and `perMinute` check-ins. */
  const flush = (
    apps: { device: DeviceRecord; connection: AppConnectionRecord }[],
    at: number,
    granularityMs = 0,
    perMinute: [number, number][] = [],
  ) =>
    store().writeLastSeen(
      {
        devices: new Map(apps.map((a) => [a.device.id, at])),
        connections: new Map(apps.map((a) => [a.connection.id, at])),
        checkInsPerMinute: new Map(perMinute),
      },
      granularityMs,
    );
  const seen = async ({ device }: { device: DeviceRecord }) => [
    (await open().stores.devices.findDevice(device.id))?.lastSeenAt,
    (await open().stores.devices.listConnections(device.id))[0]?.lastCheckInAt,
  ];

  test('writeLastSeen only moves times forward, and not by less than the granularity', async () => {
    const app = await connected();
    await flush([app], T0 + 500);
    await flush([app], T0 + 100);
    assert.deepEqual(await seen(app), [T0 + 500, T0 + 500]);
    await flush([app], T0 + 1_400, 1_000);
    assert.deepEqual(await seen(app), [T0 + 500, T0 + 500], 'within the granularity: left as it is');
    await flush([app], T0 + 1_600, 1_000);
    assert.deepEqual(await seen(app), [T0 + 1_600, T0 + 1_600]);
  });

  test('a flush larger than a chunk writes every time', async () => {
    const apps = [];
    for (let i = 0; i < 300; i++) apps.push(await connected());
    await flush(apps, T0 + 9_000);
    for (const app of [apps[0]!, apps[255]!, apps[256]!, apps[299]!])
      assert.deepEqual(await seen(app), [T0 + 9_000, T0 + 9_000]);
  });

  const minute = Math.floor(T0 / 60_000);
  const perMinute = () => open().stores.overview.checkInsByMinute(minute - 10_000);

  test('check-ins per minute add up over flushes, also many at once (instances flushing together)', async () => {
    await together(12, (i) =>
      flush([], T0, 0, [
        [minute, 1],
        [minute + 1, i],
      ]),
    );
    await flush([], T0, 0, [[minute + 1, 4]]);
    assert.deepEqual(
      (await perMinute()).sort((a, b) => a.minute - b.minute),
      [
        { minute, count: 12 },
        { minute: minute + 1, count: 70 },
      ],
    );
  });

  test('per-minute counts older than a day are dropped at a later flush', async () => {
    await flush([], T0, 0, [[minute + 24 * 60 + 2, 3]]);
    assert.deepEqual(await perMinute(), [{ minute: minute + 24 * 60 + 2, count: 3 }]);
  });
}

for (const kind of databaseKinds()) {
  describe(`CheckInStore on ${kind}`, () => {
    checkInStoreContract(useStores(kind));
  });
}
