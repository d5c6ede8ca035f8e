// Account service: same outcome for unknown email and wrong password, and rehash when parameters change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/index.js';
import { createAccountService, createPasswordHasher } from '../../src/identity/index.js';
import { migrateToLatest, openDatabase, sqlAccountStore, sqlCounterStore } from '../../src/storage/index.js';
import { createAttemptBudgets } from '../../src/risk/index.js';
import { noEvents } from '../../src/webhooks/index.js';
import { createTestDatabase } from '../support/databases.js';

test('a stored hash is upgraded at the next successful sign-in when the parameters change', async () => {
  const tdb = await createTestDatabase('sqlite');
  const handle = openDatabase({ dataDir: tdb.dataDir });
  try {
    await migrateToLatest(handle.db);
    const store = sqlAccountStore(handle.db);
    const clock = new ManualClock();
    const confirmations = {
      budgets: createAttemptBudgets({ counters: sqlCounterStore(handle.db), clock }),
      limit: 10,
      windowMs: 3_600_000,
    };
    const old = createAccountService({
      store,
      clock,
      confirmations,
      events: noEvents,
      unitOfWork: { run: (work) => work() },
      hasher: createPasswordHasher({ memoryCost: 1024, timeCost: 1, parallelism: 1 }),
    });
    const prepared = await old.preparePassword('lantern-harbour-42', 'olga@example.com');
    assert.ok(prepared.ok);
    const account = await old.register({
      email: 'olga@example.com',
      passwordHash: prepared.hash,
      country: 'VN',
      locale: 'en',
    });
    assert.ok(account);
    assert.match(account.passwordHash, /m=1024,t=1/);

    const current = createAccountService({
      store,
      clock,
      confirmations,
      events: noEvents,
      unitOfWork: { run: (work) => work() },
      hasher: createPasswordHasher({ memoryCost: 2048, timeCost: 2, parallelism: 1 }),
    });
    assert.deepEqual(await current.verifyPassword('olga@example.com', 'wrong-password-1'), {
      ok: false,
      accountId: account.id,
    });
    assert.match((await store.findById(account.id))!.passwordHash, /m=1024,t=1/, 'a failed attempt changes nothing');
    const ok = await current.verifyPassword('olga@example.com', 'lantern-harbour-42');
    assert.equal(ok.ok, true);
    assert.match((await store.findById(account.id))!.passwordHash, /m=2048,t=2/);
    assert.deepEqual(await current.verifyPassword('nobody@example.com', 'lantern-harbour-42'), {
      ok: false,
      accountId: null,
    });
  } finally {
    await handle.close();
    await tdb.drop();
  }
});
