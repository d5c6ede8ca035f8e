// Contract tests for PasskeyStore on every database kind: credentials unique across accounts, compare-and-set
// counters, and challenges taken once (of racing takers exactly one wins).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { PasskeyChallenge, PasskeyRecord, PasskeyStore } from '../../src/identity/index.js';
import { T0, countTrue, databaseKinds, sampleAccount, together, useStores, type OpenStores } from './store-harness.js';

function passkeyStoreContract(open: () => OpenStores) {
  const store = (): PasskeyStore => open().stores.passkeys;
  let seq = 0;
  const account = async () => {
    const a = sampleAccount();
    await open().stores.accounts.create(a);
    return a.id;
  };
  const passkey = (accountId: string, overrides: Partial<PasskeyRecord> = {}): PasskeyRecord => {
    seq += 1;
    return {
      id: `pk_${seq}`,
      accountId,
      credentialId: `cred-${seq}_AbC`,
      publicKey: 'pQECAyYgASFYIA',
      signCount: 0,
      transports: ['internal', 'hybrid'],
      backedUp: true,
      name: `Key ${seq}`,
      createdAt: T0 + seq,
      lastUsedAt: null,
      ...overrides,
    };
  };
  const challenge = (overrides: Partial<PasskeyChallenge> = {}): PasskeyChallenge => {
    seq += 1;
    return {
      id: `pkc_${seq}`,
      challenge: `challenge-${seq}`,
      purpose: 'authenticate',
      boundTo: 'flow:flw_1',
      accountId: null,
      expiresAt: T0 + 60_000,
      ...overrides,
    };
  };

  test('insert then read back every field; list is oldest first and per account', async () => {
    const a = await account();
    const b = await account();
    const one = passkey(a, { signCount: 7, lastUsedAt: T0 + 9 });
    const two = passkey(a, { backedUp: false, transports: [] });
    const theirs = passkey(b);
    for (const p of [two, one, theirs]) assert.equal(await store().insert(p, 20), 'inserted');
    const got = await store().findByCredentialId(one.credentialId);
    assert.deepEqual(got, one);
    assert.equal(typeof got?.createdAt, 'number');
    assert.equal(typeof got?.signCount, 'number');
    assert.deepEqual(await store().listForAccount(a), [one, two]);
    assert.deepEqual(await store().listForAccount(b), [theirs]);
    assert.equal(await store().findByCredentialId('nope'), undefined);
  });

  test('a credential id is registered once, across accounts', async () => {
    const a = await account();
    const b = await account();
    const p = passkey(a);
    assert.equal(await store().insert(p, 20), 'inserted');
    assert.equal(await store().insert({ ...passkey(b), credentialId: p.credentialId }, 20), 'duplicate');
    assert.deepEqual(await store().listForAccount(b), []);
  });

  test('the per-account limit holds for racing registrations', async () => {
    const a = await account();
    await store().insert(passkey(a), 3);
    const results = await together(10, () => store().insert(passkey(a), 3));
    assert.equal(results.filter((r) => r === 'inserted').length, 2);
    assert.equal(results.filter((r) => r === 'limit').length, 8);
    assert.equal((await store().listForAccount(a)).length, 3);
  });

  test('rename and remove touch only the owner’s passkey', async () => {
    const a = await account();
    const b = await account();
    const p = passkey(a);
    await store().insert(p, 20);
    assert.equal(await store().rename(b, p.id, 'Mine now'), false);
    assert.equal(await store().remove(b, p.id), false);
    assert.equal(await store().rename(a, p.id, 'Phone'), true);
    assert.equal((await store().findByCredentialId(p.credentialId))?.name, 'Phone');
    assert.equal(await store().remove(a, p.id), true);
    assert.equal(await store().remove(a, p.id), false);
    assert.deepEqual(await store().listForAccount(a), []);
  });

  test('recordUse is compare-and-set on the counter: of racing uses of one value one wins', async () => {
    const a = await account();
    const p = passkey(a, { signCount: 3 });
    await store().insert(p, 20);
    assert.equal(await store().recordUse(p.id, 2, 4, T0 + 5), false);
    const wins = await together(10, (i) => store().recordUse(p.id, 3, 4 + i, T0 + 10));
    assert.equal(countTrue(wins), 1);
    const after = await store().findByCredentialId(p.credentialId);
    assert.equal(after?.signCount, 4 + wins.indexOf(true));
    assert.equal(after?.lastUsedAt, T0 + 10);
  });

  test('a challenge is taken once, only for its purpose and binding, and not once expired', async () => {
    const c = challenge({ accountId: null });
    await store().putChallenge(c);
    const now = T0;
    assert.equal(await store().takeChallenge(c.id, { purpose: 'register', boundTo: c.boundTo, now }), undefined);
    assert.equal(await store().takeChallenge(c.id, { purpose: 'authenticate', boundTo: 'flow:other', now }), undefined);
    assert.deepEqual(await store().takeChallenge(c.id, { purpose: 'authenticate', boundTo: c.boundTo, now }), c);
    assert.equal(await store().takeChallenge(c.id, { purpose: 'authenticate', boundTo: c.boundTo, now }), undefined);
    const late = challenge();
    await store().putChallenge(late);
    assert.equal(
      await store().takeChallenge(late.id, { purpose: 'authenticate', boundTo: late.boundTo, now: late.expiresAt }),
      undefined,
    );
  });

  test('racing takers of one challenge: exactly one gets it', async () => {
    const c = challenge({ purpose: 'register', boundTo: 'session:ses_1', accountId: await account() });
    await store().putChallenge(c);
    const got = await together(12, () =>
      store().takeChallenge(c.id, { purpose: 'register', boundTo: c.boundTo, now: T0 }),
    );
    assert.equal(got.filter(Boolean).length, 1);
  });

  test('sweep drops expired challenges only; deleting an account drops its passkeys', async () => {
    await store().putChallenge(challenge({ expiresAt: T0 - 1 }));
    const live = challenge({ expiresAt: T0 + 1000 });
    await store().putChallenge(live);
    assert.equal(await store().sweepChallenges(T0), 1);
    assert.ok(await store().takeChallenge(live.id, { purpose: 'authenticate', boundTo: live.boundTo, now: T0 }));
    const a = await account();
    const p = passkey(a);
    await store().insert(p, 20);
    await open().handle.db.deleteFrom('accounts').where('id', '=', a).execute();
    assert.equal(await store().findByCredentialId(p.credentialId), undefined);
  });
}

for (const kind of databaseKinds()) {
  describe(`PasskeyStore contract on ${kind}`, () => passkeyStoreContract(useStores(kind)));
}
