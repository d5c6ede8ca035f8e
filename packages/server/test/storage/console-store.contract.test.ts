// Contract tests for the console's stores, run on every database kind: operator roles (grant changes, revoke once),
// console sessions (idle-aware touch, revocation of all of an account's), and the console's lookups across accounts
// (devices by name, with LIKE's wildcards taken literally; activation codes by hash).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConsoleSessionRecord, ConsoleStore } from '../../src/operators/index.js';
import type { DeviceRecord } from '../../src/devices/index.js';
import { T0, countTrue, databaseKinds, sampleAccount, together, useStores, type OpenStores } from './store-harness.js';
import { licensingFixtures } from './licensing-fixtures.js';

let n = 0;
function session(accountId: string, overrides: Partial<ConsoleSessionRecord> = {}): ConsoleSessionRecord {
  n += 1;
  return {
    id: `cos_${n}`,
    tokenHash: `console-hash-${n}-${T0}`,
    accountId,
    createdAt: T0,
    lastSeenAt: T0,
    confirmedAt: T0,
    revokedAt: null,
    ip: '192.0.2.1',
    userAgent: 'Firefox',
    ...overrides,
  };
}

function consoleStoreContract(open: () => OpenStores) {
  const store = (): ConsoleStore => open().stores.console;
  const account = async () => {
    const a = sampleAccount();
    await open().stores.accounts.create(a);
    return a.id;
  };
  const fixtures = licensingFixtures(open);

  test('grant sets the role and says what it was; revoke removes it once; list is by grant time', async () => {
    const [a, b] = [await account(), await account()];
    assert.deepEqual(await store().grant({ accountId: a, role: 'support', grantedAt: T0 + 1 }), { previous: null });
    assert.deepEqual(await store().grant({ accountId: b, role: 'admin', grantedAt: T0 + 2 }), { previous: null });
    assert.deepEqual(await store().grant({ accountId: a, role: 'licensing', grantedAt: T0 + 3 }), {
      previous: 'support',
    });
    assert.deepEqual(await store().find(a), { accountId: a, role: 'licensing', grantedAt: T0 + 3 });
    const listed = (await store().list()).filter((o) => o.accountId === a || o.accountId === b);
    assert.deepEqual(
      listed.map((o) => o.accountId),
      [b, a],
    );
    const results = await together(6, () => store().revoke(a));
    assert.equal(countTrue(results), 1);
    assert.equal(await store().find(a), undefined);
  });

  test('a session is found by its hash with every field; touch skips revoked and idle ones', async () => {
    const a = await account();
    const s = session(a);
    await store().createSession(s);
    assert.deepEqual(await store().findSession(s.tokenHash), s);
    assert.equal(await store().findSession('console-hash-missing'), undefined);
    assert.equal(await store().touchSession(s.id, T0 + 60_000, T0 - 1), true);
    assert.equal(await store().touchSession(s.id, T0 + 120_000, T0 + 60_000), false, 'idle since its last touch');
    await store().confirmSession(s.id, T0 + 90_000);
    const confirmed = await store().findSession(s.tokenHash);
    assert.equal(confirmed?.confirmedAt, T0 + 90_000);
    assert.equal(confirmed?.lastSeenAt, T0 + 90_000);
    await store().revokeSession(s.id, T0 + 100_000);
    assert.equal((await store().findSession(s.tokenHash))?.revokedAt, T0 + 100_000);
    assert.equal(await store().touchSession(s.id, T0 + 110_000, T0), false);
  });

  test('revoking an account’s sessions ends its live ones only, and answers how many', async () => {
    const [a, b] = [await account(), await account()];
    await store().createSession(session(a));
    await store().createSession(session(a, { revokedAt: T0 }));
    await store().createSession(session(a));
    const other = session(b);
    await store().createSession(other);
    assert.equal(await store().revokeSessionsOf(a, T0 + 5), 2);
    assert.equal(await store().revokeSessionsOf(a, T0 + 6), 0);
    assert.equal((await store().findSession(other.tokenHash))?.revokedAt, null);
  });

  test('devices are found by a part of their name in any case; % and _ match only themselves', async () => {
    const a = await account();
    const device = (id: string, name: string, lastSeenAt: number): DeviceRecord => ({
      id: `${id}_${T0}_${n++}`,
      accountId: a,
      name,
      platform: 'linux',
      createdAt: T0,
      lastSeenAt,
      disconnectedAt: null,
    });
    const laptop = device('dev_l', 'Zephyr-Laptop of Lan', T0 + 2);
    const percent = device('dev_p', 'Zephyr 100% sure', T0 + 1);
    const under = device('dev_u', 'zephyr_box', T0 + 3);
    for (const d of [laptop, percent, under]) await open().stores.devices.createDevice(d);
    const ids = async (text: string) => (await open().stores.devices.searchDevicesByName(text, 10)).map((d) => d.id);
    assert.deepEqual(await ids('zephyr'), [under.id, laptop.id, percent.id], 'most recently seen first');
    assert.deepEqual(await ids('laptop of'), [laptop.id]);
    assert.deepEqual(await ids('100%'), [percent.id]);
    assert.deepEqual(await ids('r_b'), [under.id]);
    assert.deepEqual(await ids('%'), [percent.id]);
    assert.deepEqual(await ids('zephyr'.repeat(3)), []);
  });

  test('codes are found by hash with who redeemed them; unknown hashes are left out', async () => {
    const owner = await fixtures.account();
    const plan = await fixtures.plan();
    const b = await fixtures.batch(plan.id, ['console-code-a', 'console-code-b']);
    const redeemed = await open().stores.activationCodes.redeem({
      codeHash: 'console-code-a',
      accountId: owner.id,
      subscriptionId: `sub_console_${T0}_${n++}`,
      now: T0 + 10,
      maxActive: 10,
    });
    assert.ok(redeemed.ok);
    const found = await open().stores.activationCodes.findCodes(['console-code-a', 'console-code-b', 'nope']);
    const byHash = new Map(found.map((c) => [c.codeHash, c]));
    assert.equal(found.length, 2);
    assert.equal(byHash.get('console-code-a')?.redeemedBy, owner.id);
    assert.equal(byHash.get('console-code-a')?.redeemedAt, T0 + 10);
    assert.equal(byHash.get('console-code-a')?.batchId, b.id);
    assert.equal(byHash.get('console-code-b')?.redeemedBy, null);
    assert.deepEqual(await open().stores.activationCodes.findCodes([]), []);
  });
}

for (const kind of databaseKinds()) {
  describe(`console stores on ${kind}`, () => {
    consoleStoreContract(useStores(kind));
  });
}
