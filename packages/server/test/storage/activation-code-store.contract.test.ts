// Contract tests for ActivationCodeStore, run on every database kind: batches, revocation, and a redemption that holds
// under concurrency (a code gives one subscription; an account never passes its cap).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActivationCodeStore } from '../../src/licensing/index.js';
import { T0, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { DAY, licensingFixtures } from './licensing-fixtures.js';

function activationCodeStoreContract(open: () => OpenStores) {
  const store = (): ActivationCodeStore => open().stores.activationCodes;
  const f = licensingFixtures(open);
  const codes = (n: number) => Array.from({ length: n }, () => f.unique('code'));
  const redeem = (codeHash: string, accountId: string, overrides: { now?: number; maxActive?: number } = {}) =>
    store().redeem({
      codeHash,
      accountId,
      subscriptionId: f.unique('sub'),
      now: overrides.now ?? T0 + 100,
      maxActive: overrides.maxActive ?? 10,
    });

  test('redeem creates the subscription the batch describes and spends the code', async () => {
    const me = await f.account();
    const plan = await f.plan();
    const [code, forever] = codes(2);
    const b = await f.batch(plan.id, [code!], { termDays: 14 });
    const bf = await f.batch(plan.id, [forever!], { termDays: 0 });
    const now = T0 + 100;
    const r = await redeem(code!, me.id, { now });
    assert.ok(r.ok);
    assert.deepEqual(await open().stores.subscriptions.findSubscription(r.subscription.id), r.subscription);
    assert.equal(r.subscription.ownerAccountId, me.id);
    assert.equal(r.subscription.planId, plan.id);
    assert.equal(r.subscription.startsAt, now);
    assert.equal(r.subscription.endsAt, now + 14 * DAY);
    assert.equal(r.subscription.source, 'activation_code');
    assert.equal(r.subscription.sourceRef, b.id);
    const r2 = await redeem(forever!, me.id, { now });
    assert.ok(r2.ok);
    assert.equal(r2.subscription.endsAt, null, 'a term of 0 days never ends');
    assert.equal(r2.subscription.sourceRef, bf.id);
    assert.deepEqual(await redeem(code!, me.id), { ok: false, reason: 'invalid' }, 'a code is spent once');
    assert.deepEqual(await redeem('code_unknown', me.id), { ok: false, reason: 'invalid' });
  });

  test('the cap counts active subscriptions only, and a refusal leaves the code unspent', async () => {
    const me = await f.account();
    const plan = await f.plan();
    const now = T0 + 10 * DAY;
    await f.subscription(me.id, { endsAt: null });
    await f.subscription(me.id, { endsAt: now, planId: plan.id });
    await f.subscription(me.id, { endsAt: null, revokedAt: T0, planId: plan.id });
    const [a, b] = codes(2);
    await f.batch(plan.id, [a!, b!]);
    assert.deepEqual(await redeem(a!, me.id, { now, maxActive: 1 }), { ok: false, reason: 'limit' });
    const listed = await open().stores.subscriptions.listSubscriptions(me.id);
    assert.equal(listed.length, 3, 'nothing was created');
    assert.ok((await redeem(a!, me.id, { now, maxActive: 2 })).ok, 'the refused code is still redeemable');
    assert.deepEqual(await redeem(b!, me.id, { now, maxActive: 2 }), { ok: false, reason: 'limit' });
  });

  test('listBatches gives every batch newest first with how many of its codes were redeemed', async () => {
    const me = await f.account();
    const plan = await f.plan();
    const batchCodes = codes(3);
    const first = await f.batch(plan.id, batchCodes, { createdAt: T0 });
    const second = await f.batch(plan.id, codes(2), { createdAt: T0 + 1, note: null });
    await redeem(batchCodes[0]!, me.id);
    await redeem(batchCodes[2]!, me.id);
    const listed = await store().listBatches();
    assert.deepEqual(listed, [
      { ...second, redeemed: 0 },
      { ...first, redeemed: 2 },
    ]);
  });

  test('insertCodes reports its progress and every code becomes redeemable', async () => {
    const me = await f.account();
    const plan = await f.plan();
    const many = codes(2_500);
    const b = { id: f.unique('bat'), planId: plan.id, termDays: 1, count: many.length, note: null, createdAt: T0 };
    await store().createBatch({ ...b, revokedAt: null });
    const progress: number[] = [];
    await store().insertCodes(b.id, many, (inserted) => progress.push(inserted));
    assert.equal(progress.at(-1), many.length);
    assert.deepEqual(
      progress,
      [...progress].sort((x, y) => x - y),
    );
    assert.ok((await redeem(many.at(-1)!, me.id)).ok);
  });

  test('revokeBatch stops its unredeemed codes; redeemed ones keep their subscriptions', async () => {
    const me = await f.account();
    const plan = await f.plan();
    const [used, unused] = codes(2);
    const b = await f.batch(plan.id, [used!, unused!]);
    const r = await redeem(used!, me.id);
    assert.ok(r.ok);
    assert.deepEqual(await store().revokeBatch(b.id, T0 + 200), { found: true, redeemed: 1 });
    assert.deepEqual(await redeem(unused!, me.id), { ok: false, reason: 'invalid' });
    assert.equal((await open().stores.subscriptions.findSubscription(r.subscription.id))?.revokedAt, null);
    assert.deepEqual(await store().revokeBatch(b.id, T0 + 300), { found: true, redeemed: 1 });
    assert.equal(
      (await store().listBatches()).find((x) => x.id === b.id)?.revokedAt,
      T0 + 200,
      'the first time stands',
    );
    assert.deepEqual(await store().revokeBatch('bat_missing', T0), { found: false, redeemed: 0 });
  });

  test('revokeCode stops one code, and revokes the subscription it gave', async () => {
    const me = await f.account();
    const plan = await f.plan();
    const [used, unused, sibling] = codes(3);
    await f.batch(plan.id, [used!, unused!, sibling!]);
    const r = await redeem(used!, me.id);
    assert.ok(r.ok);
    assert.deepEqual(await store().revokeCode(unused!, T0 + 200), { found: true, subscriptionId: null });
    assert.deepEqual(await redeem(unused!, me.id), { ok: false, reason: 'invalid' });
    assert.deepEqual(await store().revokeCode(used!, T0 + 300), { found: true, subscriptionId: r.subscription.id });
    assert.equal((await open().stores.subscriptions.findSubscription(r.subscription.id))?.revokedAt, T0 + 300);
    await store().revokeCode(used!, T0 + 400);
    assert.equal(
      (await open().stores.subscriptions.findSubscription(r.subscription.id))?.revokedAt,
      T0 + 300,
      'revoking again keeps the first time',
    );
    assert.deepEqual(await store().revokeCode('code_missing', T0), { found: false, subscriptionId: null });
    assert.ok((await redeem(sibling!, me.id)).ok, "the batch's other codes still work");
  });

  test('one code redeemed by many accounts at once gives exactly one subscription', async () => {
    const plan = await f.plan();
    const [code] = codes(1);
    await f.batch(plan.id, [code!]);
    const racers = await together(12, () => f.account());
    const results = await together(racers.length, (i) => redeem(code!, racers[i]!.id));
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.ok(results.every((r) => r.ok || r.reason === 'invalid'));
    const owned = await Promise.all(racers.map((a) => open().stores.subscriptions.listSubscriptions(a.id)));
    assert.equal(owned.flat().length, 1);
  });

  test('one account redeeming many codes at once never passes its cap', async () => {
    const me = await f.account();
    const plan = await f.plan();
    const many = codes(16);
    await f.batch(plan.id, many);
    const results = await together(many.length, (i) => redeem(many[i]!, me.id, { maxActive: 5 }));
    assert.equal(results.filter((r) => r.ok).length, 5);
    assert.ok(results.every((r) => r.ok || r.reason === 'limit'));
    assert.equal((await open().stores.subscriptions.listSubscriptions(me.id)).length, 5);
    assert.equal((await store().listBatches())[0]?.redeemed, 5, 'refused codes were left unspent');
  });
}

for (const kind of databaseKinds()) {
  describe(`ActivationCodeStore on ${kind}`, () => {
    activationCodeStoreContract(useStores(kind));
  });
}
