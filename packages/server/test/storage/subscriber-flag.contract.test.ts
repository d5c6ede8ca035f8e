// The "has had a subscription" flag a check-in of an app on Free reads (migration 017), on every database kind: raised
// by every write that gives an account a subscription, before it, and by concurrent ones without a deadlock.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { T0, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { licensingFixtures } from './licensing-fixtures.js';

function subscriberFlagContract(open: () => OpenStores) {
  const f = licensingFixtures(open);
  const stores = () => open().stores;
  const flagged = async (accountId: string) =>
    Number(
      (
        await open()
          .handle.db.selectFrom('accounts')
          .select('ever_subscribed')
          .where('id', '=', accountId)
          .executeTakeFirstOrThrow()
      ).ever_subscribed,
    ) === 1;
  async function redeemed(accountId: string) {
    const code = f.unique('code');
    await f.batch((await f.plan()).id, [code]);
    const r = await stores().activationCodes.redeem({
      codeHash: code,
      accountId,
      subscriptionId: f.unique('sub'),
      now: T0 + 100,
      maxActive: 10,
    });
    assert.ok(r.ok, JSON.stringify(r));
  }

  test('given, redeemed, joined or received by transfer: the account is flagged; otherwise not', async () => {
    const [given, redeemer, member, receiver, bystander] = await Promise.all(Array.from({ length: 5 }, f.account));
    assert.equal(await flagged(given!.id), false, 'a new account has had no subscription');
    const sub = await f.subscription(given!.id);
    assert.equal(await flagged(given!.id), true, 'given by an operator');
    await redeemed(redeemer!.id);
    assert.equal(await flagged(redeemer!.id), true, 'redeemed a code');
    await f.join(sub.id, member!);
    assert.equal(await flagged(member!.id), true, 'joined a family');
    const moved = await stores().subscriptionChanges.transfer(sub.id, receiver!.id);
    assert.equal(typeof moved, 'object', String(moved));
    assert.equal(await flagged(receiver!.id), true, 'received by transfer');
    assert.equal(await flagged(bystander!.id), false);
  });

  test('one account given, redeeming, joining and receiving at once: every write lands, the flag is up', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const [owner, other] = await Promise.all([f.account(), f.account()]);
      const me = await f.account();
      const family = await f.subscription(owner.id);
      const gift = await f.subscription(other.id);
      const code = f.unique('code');
      await f.batch((await f.plan()).id, [code]);
      const done = await together(4, async (i) => {
        if (i === 0) return f.subscription(me.id).then(() => 'given');
        if (i === 1)
          return stores()
            .activationCodes.redeem({
              codeHash: code,
              accountId: me.id,
              subscriptionId: f.unique('sub'),
              now: T0 + 100,
              maxActive: 10,
            })
            .then((r) => (r.ok ? 'redeemed' : JSON.stringify(r)));
        if (i === 2) return f.join(family.id, me).then(() => 'joined');
        return stores()
          .subscriptionChanges.transfer(gift.id, me.id)
          .then((r) => (typeof r === 'object' ? 'received' : r));
      });
      assert.deepEqual(done, ['given', 'redeemed', 'joined', 'received']);
      assert.equal(await flagged(me.id), true);
    }
  });
}

for (const kind of databaseKinds()) {
  describe(`subscriber flag on ${kind}`, () => {
    subscriberFlagContract(useStores(kind));
  });
}
