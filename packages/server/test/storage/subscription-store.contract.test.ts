// Contract tests for SubscriptionStore, run on every database kind: records round-trip, an account's listing, and the
// one SQL form of the "active" rule agreeing with statusAt at its edges.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statusAt, type SubscriptionStore } from '../../src/licensing/index.js';
import { T0, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { DAY, licensingFixtures } from './licensing-fixtures.js';

function subscriptionStoreContract(open: () => OpenStores) {
  const store = (): SubscriptionStore => open().stores.subscriptions;
  const f = licensingFixtures(open);
  const ids = (list: Array<{ subscription: { id: string } }>) => list.map((x) => x.subscription.id);

  test('createSubscription then findSubscription returns every field, times as numbers', async () => {
    const owner = await f.account();
    const s = await f.subscription(owner.id, { endsAt: T0 + 365 * DAY, seatsUsed: 0, sourceRef: null });
    const forever = await f.subscription(owner.id, { endsAt: null, source: 'activation_code', revokedAt: T0 + 5 });
    const found = await store().findSubscription(s.id);
    assert.deepEqual(found, s);
    assert.equal(typeof found?.endsAt, 'number');
    assert.equal(typeof found?.createdAt, 'number');
    assert.deepEqual(await store().findSubscription(forever.id), forever);
    assert.equal(await store().findSubscription('sub_missing'), undefined);
  });

  test('listSubscriptions gives owned and shared ones with the role, newest first, whatever their status', async () => {
    const me = await f.account();
    const other = await f.account();
    const old = await f.subscription(me.id, { createdAt: T0 });
    const revoked = await f.subscription(me.id, { createdAt: T0 + 2, revokedAt: T0 + 3 });
    const theirs = await f.subscription(other.id, { createdAt: T0 + 1 });
    const notMine = await f.subscription(other.id, { createdAt: T0 + 4 });
    await f.join(theirs.id, me);
    const listed = await store().listSubscriptions(me.id);
    assert.deepEqual(ids(listed), [revoked.id, theirs.id, old.id]);
    assert.deepEqual(
      listed.map((x) => x.role),
      ['owner', 'member', 'owner'],
    );
    assert.equal(listed[1]?.subscription.membersUsed, 1);
    assert.deepEqual(ids(await store().listSubscriptions(other.id)), [notMine.id, theirs.id]);
    assert.deepEqual(await store().listSubscriptions('acc_missing'), []);
  });

  test('with activeAt, only active subscriptions are listed: ends after now (or never), not revoked', async () => {
    const me = await f.account();
    const other = await f.account();
    const now = T0 + 10 * DAY;
    const endless = await f.subscription(me.id, { endsAt: null, createdAt: T0 + 1 });
    const endsLater = await f.subscription(me.id, { endsAt: now + 1, createdAt: T0 + 2 });
    await f.subscription(me.id, { endsAt: now, createdAt: T0 + 3 });
    await f.subscription(me.id, { endsAt: now - 1, createdAt: T0 + 4 });
    await f.subscription(me.id, { endsAt: null, revokedAt: T0 + 5, createdAt: T0 + 5 });
    const sharedActive = await f.subscription(other.id, { endsAt: null, createdAt: T0 + 6 });
    const sharedEnded = await f.subscription(other.id, { endsAt: now, createdAt: T0 + 7 });
    await f.join(sharedActive.id, me);
    await f.join(sharedEnded.id, me);
    const active = await store().listSubscriptions(me.id, { activeAt: now });
    assert.deepEqual(ids(active), [sharedActive.id, endsLater.id, endless.id]);
    assert.equal((await store().listSubscriptions(me.id)).length, 7);
  });

  test('the SQL rule and statusAt agree for every edge, at every time', async () => {
    const me = await f.account();
    const edges = [null, T0 - 1, T0, T0 + 1];
    const records = [];
    for (const endsAt of edges)
      for (const revokedAt of [null, T0 - 5, T0 + 5])
        records.push(await f.subscription(me.id, { endsAt, revokedAt, createdAt: T0 + records.length }));
    for (const now of [T0 - 2, T0 - 1, T0, T0 + 1, T0 + 2]) {
      const stored = new Set(ids(await store().listSubscriptions(me.id, { activeAt: now })));
      for (const r of records)
        assert.equal(
          stored.has(r.id),
          statusAt(r, now) === 'active',
          `endsAt ${r.endsAt}, revokedAt ${r.revokedAt}, now ${now}`,
        );
    }
  });

  test('concurrent creations for one account are all stored and listed once', async () => {
    const me = await f.account();
    const { id: planId } = await f.plan();
    const created = await together(12, (i) => f.subscription(me.id, { planId, createdAt: T0 + i }));
    const listed = await store().listSubscriptions(me.id, { activeAt: T0 });
    assert.deepEqual(ids(listed), created.map((s) => s.id).reverse());
  });
}

for (const kind of databaseKinds()) {
  describe(`SubscriptionStore on ${kind}`, () => {
    subscriptionStoreContract(useStores(kind));
  });
}
