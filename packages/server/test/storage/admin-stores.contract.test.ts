// Contract tests for the operator API's store ports on every database: the account directory's filters and id pages,
// disabling an account once, and subscription extends and revokes as single conditional statements under races.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T0, countTrue, databaseKinds, sampleAccount, together, useStores } from './store-harness.js';
import { licensingFixtures } from './licensing-fixtures.js';

const DAY = 86_400_000;

for (const kind of databaseKinds()) {
  describe(`AccountDirectory and setDisabled on ${kind}`, () => {
    const open = useStores(kind);
    const stores = () => open().stores;

    test('filters by id, email prefix (wildcards match themselves) and phone; pages by id', async () => {
      const made = [];
      for (const [email, phone] of [
        ['ann@example.com', '+84900000001'],
        ['anna@example.com', null],
        ['bob@example.com', null],
        ['a%b@example.com', null],
      ] as const) {
        const a = sampleAccount({ email, emailNormalized: email, phoneE164: phone });
        assert.ok((await stores().accounts.create(a)).created);
        made.push(a);
      }
      const search = (q: object) => stores().accountDirectory.search({ limit: 10, ...q });
      const emails = async (q: object) => (await search(q)).map((a) => a.emailNormalized).sort();
      assert.deepEqual(await emails({ email: 'ann' }), ['ann@example.com', 'anna@example.com']);
      assert.deepEqual(await emails({ email: 'a%' }), ['a%b@example.com']);
      assert.deepEqual(await emails({ email: '_' }), []);
      assert.deepEqual(await emails({ phone: '+84900000001' }), ['ann@example.com']);
      assert.deepEqual(await emails({ id: made[2]!.id }), ['bob@example.com']);
      assert.deepEqual(await emails({ id: made[2]!.id, email: 'ann' }), [], 'filters combine');
      const ids = made.map((a) => a.id).sort();
      const first = await stores().accountDirectory.search({ limit: 2 });
      assert.deepEqual(
        first.map((a) => a.id),
        ids.slice(0, 2),
      );
      const rest = await stores().accountDirectory.search({ limit: 10, afterId: first[1]!.id });
      assert.deepEqual(
        rest.map((a) => a.id),
        ids.slice(2),
      );
    });

    test('setDisabled changes once each way, races included; unknown ids change nothing', async () => {
      const a = sampleAccount();
      await stores().accounts.create(a);
      assert.equal(countTrue(await together(10, () => stores().accounts.setDisabled(a.id, T0))), 1);
      assert.equal((await stores().accounts.findById(a.id))?.disabledAt, T0);
      assert.equal(countTrue(await together(10, () => stores().accounts.setDisabled(a.id, null))), 1);
      assert.equal((await stores().accounts.findById(a.id))?.disabledAt, null);
      assert.equal(await stores().accounts.setDisabled('acc_missing', T0), false);
    });
  });

  describe(`SubscriptionChangeStore on ${kind}`, () => {
    const open = useStores(kind);
    const fx = licensingFixtures(open);
    const changes = () => open().stores.subscriptionChanges;

    test('extend adds to the end (from now once ended); 10 racing extends all land', async () => {
      const owner = await fx.account();
      const sub = await fx.subscription(owner.id);
      assert.equal((await changes().extend(sub.id, DAY, T0))?.endsAt, sub.endsAt! + DAY);
      const later = sub.endsAt! + 100 * DAY;
      assert.equal((await changes().extend(sub.id, DAY, later))?.endsAt, later + DAY);
      await together(10, () => changes().extend(sub.id, DAY, T0));
      assert.equal((await open().stores.subscriptions.findSubscription(sub.id))?.endsAt, later + 11 * DAY);
      const forever = await fx.subscription(owner.id, { endsAt: null });
      assert.equal(await changes().extend(forever.id, DAY, T0), undefined, 'no end, nothing to extend');
      assert.equal(await changes().extend('sub_missing', DAY, T0), undefined);
    });

    test('revoke once under a race; a revoked subscription is not extended', async () => {
      const owner = await fx.account();
      const sub = await fx.subscription(owner.id);
      const results = await together(10, () => changes().revoke(sub.id, T0));
      assert.equal(results.filter(Boolean).length, 1);
      assert.equal(results.find(Boolean)?.revokedAt, T0);
      assert.equal(await changes().extend(sub.id, DAY, T0), undefined);
    });
  });
}
