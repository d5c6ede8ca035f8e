// Contract tests for PendingFactorStore, run on every database kind: put replaces, attempts are compare-and-set.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PendingFactor, PendingFactorStore } from '../../src/identity/index.js';
import { T0, countTrue, databaseKinds, sampleAccount, together, useStores, type OpenStores } from './store-harness.js';

function pendingFactorStoreContract(open: () => OpenStores) {
  const store = (): PendingFactorStore => open().stores.pendingFactors;
  const account = async () => {
    const a = sampleAccount();
    await open().stores.accounts.create(a);
    return a.id;
  };
  const phone = (accountId: string, overrides: Partial<PendingFactor> = {}): PendingFactor => ({
    accountId,
    kind: 'phone',
    valueSealed: 'sealed:+84912345678',
    codeHash: 'hmac:123456',
    attempts: 0,
    sentAt: T0,
    expiresAt: T0 + 10 * 60_000,
    ...overrides,
  });
  const totp = (accountId: string, overrides: Partial<PendingFactor> = {}): PendingFactor => ({
    accountId,
    kind: 'totp',
    valueSealed: 'sealed:JBSWY3DPEHPK3PXP',
    codeHash: null,
    attempts: 0,
    sentAt: T0,
    expiresAt: T0 + 10 * 60_000,
    ...overrides,
  });

  test('put then get returns every field, times and attempts as numbers', async () => {
    const id = await account();
    const p = phone(id, { attempts: 2 });
    const t = totp(id);
    await store().put(p);
    await store().put(t);
    const got = await store().get(id, 'phone');
    assert.deepEqual(got, p);
    assert.equal(typeof got?.sentAt, 'number');
    assert.equal(typeof got?.attempts, 'number');
    assert.deepEqual(await store().get(id, 'totp'), t);
  });

  test('get of nothing pending is undefined', async () => {
    const id = await account();
    assert.equal(await store().get(id, 'phone'), undefined);
    await store().put(totp(id));
    assert.equal(await store().get(id, 'phone'), undefined, 'kinds are separate');
    assert.equal(await store().get('acc_missing', 'totp'), undefined);
  });

  test('put replaces the pending factor of the same kind, attempts included, and leaves the other kind', async () => {
    const id = await account();
    const t = totp(id);
    await store().put(phone(id, { attempts: 4 }));
    await store().put(t);
    const fresh = phone(id, {
      valueSealed: 'sealed:+14155550100',
      codeHash: 'hmac:654321',
      attempts: 0,
      sentAt: T0 + 60_000,
      expiresAt: T0 + 11 * 60_000,
    });
    await store().put(fresh);
    assert.deepEqual(await store().get(id, 'phone'), fresh);
    assert.deepEqual(await store().get(id, 'totp'), t);
  });

  test('pending factors of different accounts are separate', async () => {
    const a = await account();
    const b = await account();
    await store().put(phone(a));
    await store().put(phone(b, { valueSealed: 'sealed:b' }));
    assert.equal((await store().get(a, 'phone'))?.valueSealed, 'sealed:+84912345678');
    assert.equal((await store().get(b, 'phone'))?.valueSealed, 'sealed:b');
  });

  test('recordAttempt counts a try only from the attempts the caller saw', async () => {
    const id = await account();
    await store().put(phone(id));
    assert.equal(await store().recordAttempt(id, 'phone', 0), true);
    assert.equal((await store().get(id, 'phone'))?.attempts, 1);
    assert.equal(await store().recordAttempt(id, 'phone', 0), false, 'a stale read loses');
    assert.equal((await store().get(id, 'phone'))?.attempts, 1);
    assert.equal(await store().recordAttempt(id, 'phone', 1), true);
    assert.equal((await store().get(id, 'phone'))?.attempts, 2);
    assert.equal(await store().recordAttempt(id, 'totp', 0), false, 'nothing pending of that kind');
    assert.equal(await store().recordAttempt('acc_missing', 'phone', 0), false);
  });

  test('10 concurrent attempts from the same seen value: exactly one counts', async () => {
    const id = await account();
    await store().put(totp(id, { attempts: 3 }));
    const results = await together(10, () => store().recordAttempt(id, 'totp', 3));
    assert.equal(countTrue(results), 1);
    assert.equal((await store().get(id, 'totp'))?.attempts, 4);
  });

  test('delete removes only that kind, and deleting nothing is fine', async () => {
    const id = await account();
    const t = totp(id);
    await store().put(phone(id));
    await store().put(t);
    await store().delete(id, 'phone');
    assert.equal(await store().get(id, 'phone'), undefined);
    assert.deepEqual(await store().get(id, 'totp'), t);
    await store().delete(id, 'phone');
    assert.equal(await store().recordAttempt(id, 'phone', 0), false);
  });
}

for (const kind of databaseKinds()) {
  describe(`PendingFactorStore on ${kind}`, () => {
    pendingFactorStoreContract(useStores(kind));
  });
}
