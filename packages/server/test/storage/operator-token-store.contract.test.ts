// Contract tests for OperatorTokenStore, run on every database kind: lookup by keyed hash, revocation once, and the
// last-use time written at most once per interval however many requests race.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { OperatorTokenRecord, OperatorTokenStore } from '../../src/operators/index.js';
import { T0, countTrue, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';

let n = 0;
function token(overrides: Partial<OperatorTokenRecord> = {}): OperatorTokenRecord {
  n += 1;
  return {
    id: `otk_${n}`,
    name: `Shop ${n}`,
    tokenHash: `hash-${n}`,
    scopes: ['accounts:read', 'codes:write'],
    createdAt: T0 + n,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

function operatorTokenStoreContract(open: () => OpenStores) {
  const store = (): OperatorTokenStore => open().stores.operatorTokens;

  test('insert then find by id and by hash returns every field; unknown ones are undefined', async () => {
    const t = token();
    await store().insert(t);
    assert.deepEqual(await store().find(t.id), t);
    assert.deepEqual(await store().findByHash(t.tokenHash), t);
    assert.equal(await store().find('otk_missing'), undefined);
    assert.equal(await store().findByHash('hash-missing'), undefined);
  });

  test('list is newest first, and `live` leaves revoked tokens out', async () => {
    const older = token();
    const newer = token();
    await store().insert(older);
    await store().insert(newer);
    assert.deepEqual(
      (await store().list()).map((t) => t.id),
      [newer.id, older.id],
    );
    assert.equal(await store().revoke(newer.id, T0 + 100), true);
    assert.deepEqual(
      (await store().list({ live: true })).map((t) => t.id),
      [older.id],
    );
    assert.equal((await store().find(newer.id))?.revokedAt, T0 + 100);
  });

  test('revoke answers false for an unknown or already revoked token and keeps the first time', async () => {
    const t = token();
    await store().insert(t);
    assert.equal(await store().revoke('otk_missing', T0), false);
    assert.equal(await store().revoke(t.id, T0 + 5), true);
    assert.equal(await store().revoke(t.id, T0 + 9), false);
    assert.equal((await store().find(t.id))?.revokedAt, T0 + 5);
  });

  test('touch records the use unless one after notBefore is already recorded', async () => {
    const t = token();
    await store().insert(t);
    await store().touch(t.id, T0 + 1_000, T0);
    assert.equal((await store().find(t.id))?.lastUsedAt, T0 + 1_000);
    await store().touch(t.id, T0 + 2_000, T0 + 500);
    assert.equal((await store().find(t.id))?.lastUsedAt, T0 + 1_000, 'a use within the interval is not rewritten');
    await store().touch(t.id, T0 + 70_000, T0 + 10_000);
    assert.equal((await store().find(t.id))?.lastUsedAt, T0 + 70_000);
  });

  test('of many concurrent revocations of one token, exactly one reports it', async () => {
    const t = token();
    await store().insert(t);
    const results = await together(12, (i) => store().revoke(t.id, T0 + i));
    assert.equal(countTrue(results), 1);
  });
}

for (const kind of databaseKinds()) {
  describe(`OperatorTokenStore on ${kind}`, () => {
    operatorTokenStoreContract(useStores(kind));
  });
}
