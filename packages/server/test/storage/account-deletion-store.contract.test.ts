// Contract tests for AccountDeletionStore, run on every database kind: one pending request per account, due ones in
// order, and a purge that runs once however many instances try, giving back what the account held in others' plans.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountDeletionStore } from '../../src/identity/index.js';
import { T0, countTrue, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { licensingFixtures } from './licensing-fixtures.js';

const DAY = 86_400_000;

function accountDeletionStoreContract(open: () => OpenStores) {
  const store = (): AccountDeletionStore => open().stores.accountDeletions;
  const f = licensingFixtures(open);
  const request = (accountId: string, requestedAt = T0, purgeAt = T0 + 30 * DAY) => ({
    accountId,
    requestedAt,
    purgeAt,
  });

  test('schedule then find returns every field; the first request stands', async () => {
    const me = await f.account();
    assert.equal(await store().schedule(request(me.id)), true);
    assert.equal(await store().schedule(request(me.id, T0 + 5, T0 + 99 * DAY)), false);
    const found = await store().find(me.id);
    assert.deepEqual(found, request(me.id));
    assert.equal(typeof found?.purgeAt, 'number');
    assert.equal(await store().find('acc_missing'), undefined);
  });

  test('cancel ends a pending request once; a new one may follow', async () => {
    const me = await f.account();
    await store().schedule(request(me.id));
    assert.equal(await store().cancel(me.id), true);
    assert.equal(await store().cancel(me.id), false);
    assert.equal(await store().find(me.id), undefined);
    assert.equal(await store().schedule(request(me.id, T0 + 1, T0 + 2)), true);
  });

  test('due gives the requests whose time has come, oldest purge first, at most `limit`', async () => {
    const [a, b, c] = [await f.account(), await f.account(), await f.account()];
    await store().schedule(request(a.id, T0, T0 + 3 * DAY));
    await store().schedule(request(b.id, T0, T0 + DAY));
    await store().schedule(request(c.id, T0, T0 + 9 * DAY));
    assert.deepEqual(await store().due(T0 + 3 * DAY, 10), [
      request(b.id, T0, T0 + DAY),
      request(a.id, T0, T0 + 3 * DAY),
    ]);
    assert.deepEqual(await store().due(T0 + 3 * DAY, 1), [request(b.id, T0, T0 + DAY)]);
    assert.deepEqual(await store().due(T0, 10), []);
  });

  test('purge does nothing before the time or without a request', async () => {
    const me = await f.account();
    assert.equal(await store().purge(me.id, T0 + 100 * DAY), false, 'no request');
    await store().schedule(request(me.id));
    assert.equal(await store().purge(me.id, T0 + DAY), false, 'not due yet');
    assert.ok(await open().stores.accounts.findById(me.id));
    assert.ok(await store().find(me.id));
  });

  test("purge removes the account, its devices and audit trail, and gives back its places in others' plans", async () => {
    const me = await f.account();
    const owner = await f.account();
    const shared = await f.subscription(owner.id);
    const mine = await f.subscription(me.id);
    await f.join(shared.id, me);
    const seat = (deviceId: string, accountId: string) =>
      open().stores.seats.claimSeat({ subscriptionId: shared.id, deviceId, accountId, now: T0 + 10 });
    assert.equal(await seat('dev_mine', me.id), 'claimed');
    assert.equal(await seat('dev_owner', owner.id), 'claimed');
    await open().stores.devices.createDevice({
      id: 'dev_mine',
      accountId: me.id,
      name: 'Phone',
      platform: 'ios',
      createdAt: T0,
      lastSeenAt: T0,
      disconnectedAt: null,
    });
    const event = { ip: null, userAgent: null, details: {}, createdAt: T0, type: 'sign_in.succeeded' as const };
    await open().stores.audit.append({ ...event, id: 'aud_me', accountId: me.id });
    await open().stores.audit.append({ ...event, id: 'aud_owner', accountId: owner.id });
    // A console mint of each (the account may have been an operator): the purged one's goes, with its sealed CSV.
    const mint = (id: string, operatorId: string) =>
      open().stores.mintJobs.create({ id, operatorId, planId: 'pro', count: 10, createdAt: T0 });
    await mint('mint_mine', me.id);
    await mint('mint_owner', owner.id);
    await store().schedule(request(me.id));

    assert.equal(await store().purge(me.id, T0 + 30 * DAY), true);
    assert.equal(await open().stores.accounts.findById(me.id), undefined);
    assert.equal(await store().find(me.id), undefined);
    assert.equal(await open().stores.devices.findDevice('dev_mine'), undefined);
    assert.equal(await open().stores.subscriptions.findSubscription(mine.id), undefined, 'its own plans go with it');
    const after = await open().stores.subscriptions.findSubscription(shared.id);
    assert.equal(after?.seatsUsed, 1);
    assert.equal(after?.membersUsed, 0);
    assert.deepEqual((await open().stores.family.people(shared.id))?.members, []);
    assert.deepEqual(await open().stores.seats.seatsOfDevice('dev_mine'), []);
    assert.deepEqual(await open().stores.audit.listForAccount(me.id, { limit: 10 }), []);
    assert.equal((await open().stores.audit.listForAccount(owner.id, { limit: 10 })).length, 1);
    assert.equal(await open().stores.mintJobs.find('mint_mine'), undefined);
    assert.equal((await open().stores.mintJobs.find('mint_owner'))?.operatorId, owner.id);
  });

  test('concurrent purges of one account purge it once; concurrent requests schedule once', async () => {
    const me = await f.account();
    const owner = await f.account();
    const shared = await f.subscription(owner.id);
    await f.join(shared.id, me);
    assert.equal(countTrue(await together(10, (i) => store().schedule(request(me.id, T0 + i)))), 1);
    assert.equal(countTrue(await together(8, () => store().purge(me.id, T0 + 31 * DAY))), 1);
    assert.equal((await open().stores.subscriptions.findSubscription(shared.id))?.membersUsed, 0);
  });
}

for (const kind of databaseKinds()) {
  describe(`AccountDeletionStore on ${kind}`, () => {
    accountDeletionStoreContract(useStores(kind));
  });
}
