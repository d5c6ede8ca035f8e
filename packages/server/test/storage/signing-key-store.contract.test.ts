// Contract tests for SigningKeyStore, run on every database kind: keys round-trip oldest first, a rotation never moves
// an earlier retirement, and creations and rotations at once (many connections on PostgreSQL) leave one active key.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SigningKeyRecord, SigningKeyStore } from '../../src/licensing/index.js';
import { T0, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';

let n = 0;
function key(overrides: Partial<SigningKeyRecord> = {}): SigningKeyRecord {
  n += 1;
  return {
    kid: `kid_${n}`,
    publicJwk: JSON.stringify({ kty: 'OKP', crv: 'Ed25519', x: `x${n}` }),
    privateSealed: `sealed.${n}.${'a'.repeat(40)}`,
    createdAt: T0 + n,
    retiredAt: null,
    ...overrides,
  };
}

function signingKeyStoreContract(open: () => OpenStores) {
  const store = (): SigningKeyStore => open().stores.signingKeys;

  test('insert then list returns every field, oldest first, times as numbers', async () => {
    const newer = key({ createdAt: T0 + 10 });
    const older = key({ createdAt: T0, retiredAt: T0 + 5 });
    await store().insert(newer);
    await store().insert(older);
    const listed = await store().list();
    assert.deepEqual(listed, [older, newer]);
    assert.equal(typeof listed[0]?.retiredAt, 'number');
  });

  test('a kid is inserted once', async () => {
    const k = key();
    await store().insert(k);
    await assert.rejects(store().insert({ ...k, publicJwk: '{}' }));
    assert.deepEqual(await store().list(), [k]);
  });

  test('rotateTo adds the key and retires every other, keeping earlier retirement times', async () => {
    const retired = key({ retiredAt: T0 });
    const a = key();
    const b = key();
    for (const k of [retired, a, b]) await store().insert(k);
    const next = key();
    await store().rotateTo(next, T0 + 100);
    const last = key();
    await store().rotateTo(last, T0 + 200);
    assert.deepEqual(await store().list(), [
      retired,
      { ...a, retiredAt: T0 + 100 },
      { ...b, retiredAt: T0 + 100 },
      { ...next, retiredAt: T0 + 200 },
      last,
    ]);
  });

  test('rotations at once leave exactly one active key, never none', async () => {
    await store().insert(key());
    const rotations = Array.from({ length: 10 }, () => key());
    await together(10, (i) => store().rotateTo(rotations[i]!, T0 + 1000 + i));
    const active = (await store().list()).filter((k) => k.retiredAt === null);
    assert.equal(active.length, 1);
    assert.ok(rotations.some((k) => k.kid === active[0]!.kid));
  });

  test('the first key: twenty creations at once insert one, and every caller gets that one', async () => {
    const offered = Array.from({ length: 20 }, () => key());
    const got = await together(20, (i) => store().insertIfNoneActive(offered[i]!));
    const listed = await store().list();
    assert.equal(listed.length, 1);
    for (const k of got) assert.deepEqual(k, listed[0]);
  });

  test('with an active key, insertIfNoneActive inserts nothing and returns the newest active one', async () => {
    const retired = key({ retiredAt: T0 });
    const older = key({ createdAt: T0 + 1 });
    const newer = key({ createdAt: T0 + 2 });
    for (const k of [retired, older, newer]) await store().insert(k);
    assert.deepEqual(await store().insertIfNoneActive(key()), newer);
    assert.equal((await store().list()).length, 3);
  });

  test('only retired keys: insertIfNoneActive inserts the new key', async () => {
    await store().insert(key({ retiredAt: T0 }));
    const fresh = key();
    assert.deepEqual(await store().insertIfNoneActive(fresh), fresh);
    assert.equal((await store().list()).filter((k) => k.retiredAt === null).length, 1);
  });
}

for (const kind of databaseKinds()) {
  describe(`SigningKeyStore on ${kind}`, () => {
    signingKeyStoreContract(useStores(kind));
  });
}
