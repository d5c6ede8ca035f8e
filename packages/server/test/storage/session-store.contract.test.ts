// Contract tests for SessionStore, run on every database kind: round-trips, listing live sessions and revocation.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SessionRecord, SessionStore } from '../../src/sessions/index.js';
import { T0, countTrue, databaseKinds, sampleAccount, together, useStores, type OpenStores } from './store-harness.js';

const DAY = 24 * 3600_000;
/** A cap no test here reaches, except the one about the cap. */
const ROOMY = 1000;
let n = 0;
function sampleSession(accountId: string, overrides: Partial<SessionRecord> = {}): SessionRecord {
  n += 1;
  return {
    id: `ses_${n}`,
    tokenHash: `hash_${n}_${T0}`,
    accountId,
    createdAt: T0,
    lastSeenAt: T0 + n,
    expiresAt: T0 + 30 * DAY,
    ip: '203.0.113.7',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
    revokedAt: null,
    ...overrides,
  };
}

const byId = (list: SessionRecord[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

function sessionStoreContract(open: () => OpenStores) {
  const store = (): SessionStore => open().stores.sessions;
  const account = async () => {
    const a = sampleAccount();
    await open().stores.accounts.create(a);
    return a.id;
  };

  test('create then findByTokenHash returns every field, times as numbers', async () => {
    const s = sampleSession(await account());
    await store().create(s, ROOMY);
    const found = await store().findByTokenHash(s.tokenHash);
    assert.deepEqual(found, s);
    assert.equal(typeof found?.expiresAt, 'number');
    const bare = sampleSession(s.accountId, { ip: null, userAgent: null });
    await store().create(bare, ROOMY);
    assert.deepEqual(await store().findByTokenHash(bare.tokenHash), bare);
    assert.equal(await store().findByTokenHash('hash_missing'), undefined);
  });

  test('listForAccount gives the live sessions of that account only', async () => {
    const me = await account();
    const other = await account();
    const live1 = sampleSession(me);
    const live2 = sampleSession(me, { expiresAt: T0 + 1 });
    const expired = sampleSession(me, { expiresAt: T0 });
    const revoked = sampleSession(me, { revokedAt: T0 - 1 });
    const theirs = sampleSession(other);
    for (const s of [live1, live2, expired, revoked, theirs]) await store().create(s, ROOMY);
    assert.deepEqual(byId(await store().listForAccount(me, T0)), byId([live1, live2]));
    assert.deepEqual(await store().listForAccount(me, T0 + 1), [live1]);
    assert.deepEqual(await store().listForAccount(other, T0), [theirs]);
    assert.deepEqual(await store().listForAccount('acc_missing', T0), []);
  });

  test('touch moves lastSeenAt', async () => {
    const s = sampleSession(await account());
    await store().create(s, ROOMY);
    await store().touch(s.id, T0 + DAY);
    assert.deepEqual(await store().findByTokenHash(s.tokenHash), { ...s, lastSeenAt: T0 + DAY });
  });

  test('revoke marks one live session of the account, once', async () => {
    const me = await account();
    const s = sampleSession(me);
    await store().create(s, ROOMY);
    assert.equal(await store().revoke(s.id, 'acc_someone_else', T0 + 5), false, 'only its own account may revoke it');
    assert.equal((await store().findByTokenHash(s.tokenHash))?.revokedAt, null);
    assert.equal(await store().revoke(s.id, me, T0 + 10), true);
    assert.equal(await store().revoke(s.id, me, T0 + 20), false, 'already revoked');
    assert.deepEqual(await store().findByTokenHash(s.tokenHash), { ...s, revokedAt: T0 + 10 });
    assert.deepEqual(await store().listForAccount(me, T0), []);
    assert.equal(await store().revoke('ses_missing', me, T0), false);
  });

  test('concurrent revokes of one session: exactly one reports it', async () => {
    const me = await account();
    const s = sampleSession(me);
    await store().create(s, ROOMY);
    assert.equal(countTrue(await together(10, (i) => store().revoke(s.id, me, T0 + i))), 1);
  });

  test('revokeAll revokes every live session of the account and says how many', async () => {
    const me = await account();
    const other = await account();
    const mine = [sampleSession(me), sampleSession(me), sampleSession(me)];
    const earlier = sampleSession(me, { revokedAt: T0 - 1 });
    const expired = sampleSession(me, { expiresAt: T0 });
    const theirs = sampleSession(other);
    for (const s of [...mine, earlier, expired, theirs]) await store().create(s, ROOMY);
    assert.equal(await store().revokeAll(me, T0 + 100), 3);
    for (const s of mine) assert.equal((await store().findByTokenHash(s.tokenHash))?.revokedAt, T0 + 100);
    assert.equal(
      (await store().findByTokenHash(earlier.tokenHash))?.revokedAt,
      T0 - 1,
      'an earlier revocation keeps its time',
    );
    assert.deepEqual(await store().listForAccount(me, T0), []);
    assert.deepEqual(await store().listForAccount(other, T0), [theirs]);
    assert.equal(await store().revokeAll(me, T0 + 200), 0);
  });

  test('revokeAll with exceptId keeps that session', async () => {
    const me = await account();
    const [keep, drop1, drop2] = [sampleSession(me), sampleSession(me), sampleSession(me)];
    for (const s of [keep, drop1, drop2]) await store().create(s, ROOMY);
    assert.equal(await store().revokeAll(me, T0 + 100, keep.id), 2);
    assert.deepEqual(await store().listForAccount(me, T0), [keep]);
    assert.equal((await store().findByTokenHash(drop1.tokenHash))?.revokedAt, T0 + 100);
    assert.equal(await store().revokeAll(me, T0 + 200, keep.id), 0);
  });

  test('past the cap of live sessions the oldest end, however many are created at once', async () => {
    const me = await account();
    const other = await account();
    await store().create(sampleSession(other), 3);
    const early = [1, 2, 3].map((i) => sampleSession(me, { createdAt: T0 + i }));
    for (const s of early) await store().create(s, 3);
    await store().create(sampleSession(me, { createdAt: T0 + 4 }), 3);
    assert.equal(
      (await store().findByTokenHash(early[0]!.tokenHash))?.revokedAt,
      T0 + 4,
      'the oldest ended when the fourth began',
    );
    assert.equal((await store().listForAccount(me, T0 + 5)).length, 3);
    // 20 sign-ins at once against a cap of 5: 5 stay live, the newest ones.
    const burst = Array.from({ length: 20 }, (_, i) => sampleSession(me, { createdAt: T0 + 100 + i }));
    await Promise.all(burst.map((s) => store().create(s, 5)));
    const live = await store().listForAccount(me, T0 + 200);
    assert.equal(live.length, 5);
    assert.deepEqual(
      live.map((s) => s.id).sort(),
      burst
        .slice(15)
        .map((s) => s.id)
        .sort(),
    );
    assert.equal((await store().listForAccount(other, T0 + 200)).length, 1, 'another account is untouched');
  });
}

for (const kind of databaseKinds()) {
  describe(`SessionStore on ${kind}`, () => {
    sessionStoreContract(useStores(kind));
  });
}
