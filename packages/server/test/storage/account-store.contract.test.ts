// Contract tests for AccountStore, run on every database kind: round-trips, duplicate emails and TOTP replay races.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountStore } from '../../src/identity/index.js';
import { T0, countTrue, databaseKinds, sampleAccount, storedAccount, together, useStores } from './store-harness.js';

function accountStoreContract(store: () => AccountStore) {
  test('create then find by id and by email returns every field, times as numbers', async () => {
    const a = sampleAccount();
    assert.deepEqual(await store().create(a), { created: true });
    const byId = await store().findById(a.id);
    assert.deepEqual(byId, storedAccount(a));
    assert.deepEqual(await store().findByEmail(a.emailNormalized), byId);
    for (const field of ['createdAt', 'passwordChangedAt', 'emailVerifiedAt', 'phoneVerifiedAt'] as const) {
      assert.equal(typeof byId?.[field], 'number', field);
    }
  });

  test('optional fields left out come back as null', async () => {
    const { phoneE164: _p, phoneVerifiedAt: _v, ...bare } = sampleAccount({ emailVerifiedAt: null });
    assert.deepEqual(await store().create(bare), { created: true });
    const found = await store().findById(bare.id);
    assert.deepEqual(found, {
      ...bare,
      phoneE164: null,
      phoneVerifiedAt: null,
      totpSecretSealed: null,
      totpLastStep: null,
      emailVerifiedAt: null,
      disabledAt: null,
    });
  });

  test('unknown id or email finds nothing', async () => {
    assert.equal(await store().findById('acc_missing'), undefined);
    assert.equal(await store().findByEmail('nobody@example.com'), undefined);
  });

  test('a taken normalised email is a value, not a throw, and leaves the first account alone', async () => {
    const first = sampleAccount();
    await store().create(first);
    const second = sampleAccount({ email: first.email.toUpperCase(), emailNormalized: first.emailNormalized });
    assert.deepEqual(await store().create(second), { created: false, reason: 'EMAIL_TAKEN' });
    assert.equal(await store().findById(second.id), undefined);
    assert.deepEqual(await store().findByEmail(first.emailNormalized), storedAccount(first));
    assert.equal(await store().count(), 1);
  });

  test('concurrent creates of one email: exactly one is created, the others are told EMAIL_TAKEN', async () => {
    const emailNormalized = 'race@example.com';
    const results = await together(10, () =>
      store().create(sampleAccount({ email: 'Race@example.com', emailNormalized })),
    );
    assert.equal(results.filter((r) => r.created).length, 1);
    for (const r of results) if (!r.created) assert.deepEqual(r, { created: false, reason: 'EMAIL_TAKEN' });
    assert.equal(await store().count(), 1);
    assert.equal((await store().findByEmail(emailNormalized))?.emailNormalized, emailNormalized);
  });

  test('updatePasswordHash sets the hash and the change time', async () => {
    const a = sampleAccount();
    await store().create(a);
    await store().updatePasswordHash(a.id, '$argon2id$new', T0 + 5000);
    assert.deepEqual(await store().findById(a.id), {
      ...storedAccount(a),
      passwordHash: '$argon2id$new',
      passwordChangedAt: T0 + 5000,
    });
  });

  test('setPhone sets and clears the phone and its verification time', async () => {
    const { phoneE164: _p, phoneVerifiedAt: _v, ...a } = sampleAccount();
    await store().create(a);
    await store().setPhone(a.id, '+14155550100', T0 + 7);
    const set = await store().findById(a.id);
    assert.equal(set?.phoneE164, '+14155550100');
    assert.equal(set?.phoneVerifiedAt, T0 + 7);
    await store().setPhone(a.id, null, null);
    const cleared = await store().findById(a.id);
    assert.equal(cleared?.phoneE164, null);
    assert.equal(cleared?.phoneVerifiedAt, null);
  });

  test('setTotp stores and clears the sealed secret', async () => {
    const a = sampleAccount();
    await store().create(a);
    await store().setTotp(a.id, 'sealed:secret');
    assert.equal((await store().findById(a.id))?.totpSecretSealed, 'sealed:secret');
    await store().setTotp(a.id, null);
    assert.equal((await store().findById(a.id))?.totpSecretSealed, null);
  });

  test('advanceTotpStep only moves forward', async () => {
    const a = sampleAccount();
    await store().create(a);
    await store().setTotp(a.id, 'sealed:secret');
    const step = 58_974_200;
    assert.equal(await store().advanceTotpStep(a.id, step), true);
    assert.equal((await store().findById(a.id))?.totpLastStep, step);
    assert.equal(await store().advanceTotpStep(a.id, step), false, 'the same step again is a replay');
    assert.equal(await store().advanceTotpStep(a.id, step - 1), false, 'an older step never wins');
    assert.equal((await store().findById(a.id))?.totpLastStep, step);
    assert.equal(await store().advanceTotpStep(a.id, step + 1), true);
    assert.equal((await store().findById(a.id))?.totpLastStep, step + 1);
    assert.equal(await store().advanceTotpStep('acc_missing', step), false);
  });

  test('concurrent advances to the same step: exactly one wins', async () => {
    const a = sampleAccount();
    await store().create(a);
    const results = await together(10, () => store().advanceTotpStep(a.id, 58_974_200));
    assert.equal(countTrue(results), 1);
    assert.equal((await store().findById(a.id))?.totpLastStep, 58_974_200);
  });

  test('concurrent advances to different steps leave the highest', async () => {
    const a = sampleAccount();
    await store().create(a);
    await together(10, (i) => store().advanceTotpStep(a.id, 1000 + ((i * 7) % 10)));
    assert.equal((await store().findById(a.id))?.totpLastStep, 1009);
  });

  test('list pages by normalised email and count counts every account', async () => {
    const emails = ['d@example.com', 'a@example.com', 'c@example.com', 'b@example.com', 'e@example.com'];
    for (const e of emails) await store().create(sampleAccount({ email: e, emailNormalized: e }));
    assert.equal(await store().count(), 5);
    const page1 = await store().list({ limit: 2 });
    assert.deepEqual(
      page1.map((a) => a.emailNormalized),
      ['a@example.com', 'b@example.com'],
    );
    const page2 = await store().list({ limit: 2, afterEmail: 'b@example.com' });
    assert.deepEqual(
      page2.map((a) => a.emailNormalized),
      ['c@example.com', 'd@example.com'],
    );
    const page3 = await store().list({ limit: 2, afterEmail: 'd@example.com' });
    assert.deepEqual(
      page3.map((a) => a.emailNormalized),
      ['e@example.com'],
    );
    assert.deepEqual(await store().list({ limit: 2, afterEmail: 'e@example.com' }), []);
    assert.equal(typeof page1[0]?.createdAt, 'number');
  });

  test('count is zero on an empty store', async () => {
    assert.equal(await store().count(), 0);
    assert.deepEqual(await store().list({ limit: 10 }), []);
  });
}

for (const kind of databaseKinds()) {
  describe(`AccountStore on ${kind}`, () => {
    const open = useStores(kind);
    accountStoreContract(() => open().stores.accounts);
  });
}
