// Contract tests for DeviceGrantStore on every database kind: round-trips, lookups by either code, and status changes
// that only one of racing callers wins (approve/deny, and taking the result once).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { DeviceGrant, DeviceGrantStore } from '../../src/device-grants/index.js';
import { T0, countTrue, databaseKinds, together, useStores } from './store-harness.js';

let n = 0;
function sampleGrant(overrides: Partial<DeviceGrant> = {}): DeviceGrant {
  n += 1;
  return {
    id: `dgr_${n}_${T0}`,
    deviceCodeHash: `device-${n}-${T0}`,
    userCodeHash: `user-${n}-${T0}`,
    appId: 'app.tv',
    deviceName: 'Phòng khách TV 🙂',
    platform: 'tvos',
    locale: 'vi',
    ip: '203.0.113.7',
    country: 'VN',
    status: 'pending',
    accountId: null,
    resultSealed: null,
    intervalSeconds: 5,
    lastPolledAt: null,
    createdAt: T0,
    expiresAt: T0 + 600_000,
    ...overrides,
  };
}

function contract(store: () => DeviceGrantStore) {
  test('create, then found by id, device code and user code with every field', async () => {
    const g = sampleGrant();
    await store().create(g);
    assert.deepEqual(await store().byId(g.id), g);
    assert.deepEqual(await store().byDeviceCode(g.deviceCodeHash), g);
    assert.deepEqual(await store().byUserCode(g.userCodeHash), g);
    assert.equal(await store().byUserCode('nobody'), undefined);
  });

  test('a user code is unique among stored requests', async () => {
    const g = sampleGrant();
    await store().create(g);
    await assert.rejects(store().create(sampleGrant({ userCodeHash: g.userCodeHash })));
  });

  test('polls record their time and interval', async () => {
    const g = sampleGrant();
    await store().create(g);
    await store().recordPoll(g.id, T0 + 1000, 10);
    const got = await store().byId(g.id);
    assert.deepEqual([got?.lastPolledAt, got?.intervalSeconds], [T0 + 1000, 10]);
  });

  test('approve and deny race: exactly one wins; nothing changes once expired', async () => {
    const g = sampleGrant();
    await store().create(g);
    const wins = await together(10, (i) =>
      i % 2 === 0 ? store().approve(g.id, 'acc_1', T0 + 1) : store().deny(g.id, T0 + 1),
    );
    assert.equal(countTrue(wins), 1);
    const late = sampleGrant();
    await store().create(late);
    assert.equal(await store().approve(late.id, 'acc_1', late.expiresAt), false);
    assert.equal(await store().deny(late.id, late.expiresAt + 1), false);
  });

  test('the result is kept, its expiry extended, and taken by exactly one of racing callers', async () => {
    const g = sampleGrant();
    await store().create(g);
    assert.equal(await store().approve(g.id, 'acc_1', T0 + 1), true);
    await store().storeResult(g.id, 'v1.sealed', g.expiresAt + 60_000);
    const kept = await store().byId(g.id);
    assert.deepEqual([kept?.status, kept?.accountId, kept?.resultSealed], ['approved', 'acc_1', 'v1.sealed']);
    assert.equal(kept?.expiresAt, g.expiresAt + 60_000);
    const taken = await together(10, () => store().markDelivered(g.id));
    assert.equal(countTrue(taken), 1);
    const after = await store().byId(g.id);
    assert.deepEqual([after?.status, after?.resultSealed], ['delivered', null]);
  });

  test('expired requests are deleted', async () => {
    const old = sampleGrant({ expiresAt: T0 - 1 });
    const live = sampleGrant();
    await store().create(old);
    await store().create(live);
    assert.ok((await store().deleteExpired(T0)) >= 1);
    assert.equal(await store().byId(old.id), undefined);
    assert.ok(await store().byId(live.id));
  });
}

for (const kind of databaseKinds()) {
  describe(`DeviceGrantStore on ${kind}`, () => {
    const open = useStores(kind);
    contract(() => open().stores.deviceGrants);
  });
}
