// Contract tests for SigningKeyStore, run on every database kind: keys round-trip oldest first, and retiring the others
// never touches the kept key nor moves an earlier retirement.
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

  test('retireOthers retires every key but the kept one, and keeps earlier retirement times', async () => {
    const retired = key({ retiredAt: T0 });
    const a = key();
    const b = key();
    const keep = key();
    for (const k of [retired, a, b, keep]) await store().insert(k);
    await store().retireOthers(keep.kid, T0 + 100);
    await store().retireOthers(keep.kid, T0 + 200);
    assert.deepEqual(await store().list(), [
      retired,
      { ...a, retiredAt: T0 + 100 },
      { ...b, retiredAt: T0 + 100 },
      keep,
    ]);
  });

  test('concurrent retirements keeping one key retire each other key once, at one of their times', async () => {
    const others = [key(), key(), key()];
    const keep = key();
    for (const k of [...others, keep]) await store().insert(k);
    await together(10, (i) => store().retireOthers(keep.kid, T0 + 1000 + i));
    const listed = await store().list();
    assert.equal(listed.find((k) => k.kid === keep.kid)?.retiredAt, null);
    for (const k of listed.filter((x) => x.kid !== keep.kid)) {
      assert.ok(k.retiredAt !== null && k.retiredAt >= T0 + 1000 && k.retiredAt < T0 + 1010);
    }
  });
}

for (const kind of databaseKinds()) {
  describe(`SigningKeyStore on ${kind}`, () => {
    signingKeyStoreContract(useStores(kind));
  });
}
