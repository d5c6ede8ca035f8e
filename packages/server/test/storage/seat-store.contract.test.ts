// Contract tests for SeatStore, run on every database kind: one seat per device, never more than the plan's device limit
// (whatever the concurrency), only while the subscription is active and only for its owner and members.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SeatStore } from '../../src/licensing/index.js';
import { T0, countTrue, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { licensingFixtures } from './licensing-fixtures.js';

function seatStoreContract(open: () => OpenStores) {
  const store = (): SeatStore => open().stores.seats;
  const f = licensingFixtures(open);
  const now = T0 + 100;
  const seatsUsed = async (id: string) => (await open().stores.subscriptions.findSubscription(id))?.seatsUsed;
  /** An owner's subscription of a plan with `deviceLimit` seats. */
  const owned = async (deviceLimit: number, overrides = {}) => {
    const owner = await f.account();
    const plan = await f.plan({ deviceLimit });
    return { owner, sub: await f.subscription(owner.id, { planId: plan.id, ...overrides }) };
  };
  const claim = (subscriptionId: string, deviceId: string, accountId: string, at = now) =>
    store().claimSeat({ subscriptionId, deviceId, accountId, now: at });

  test('a device claims a seat once; a second claim finds it held; the count follows', async () => {
    const { owner, sub } = await owned(2);
    assert.equal(await claim(sub.id, 'dev_a', owner.id), 'claimed');
    assert.equal(await claim(sub.id, 'dev_a', owner.id), 'held');
    assert.equal(await seatsUsed(sub.id), 1);
    assert.equal(await claim(sub.id, 'dev_b', owner.id), 'claimed');
    assert.equal(await claim(sub.id, 'dev_c', owner.id), 'full');
    assert.equal(await claim(sub.id, 'dev_b', owner.id), 'held', 'a device holding a seat is never told it is full');
    assert.equal(await seatsUsed(sub.id), 2);
  });

  test('members claim seats; strangers, ended, revoked and missing subscriptions give none', async () => {
    const { owner, sub } = await owned(5, { endsAt: now + 1 });
    const member = await f.account();
    const stranger = await f.account();
    await f.join(sub.id, member);
    assert.equal(await claim(sub.id, 'dev_m', member.id), 'claimed');
    assert.equal(await claim(sub.id, 'dev_s', stranger.id), 'not_usable');
    assert.equal(await claim(sub.id, 'dev_late', owner.id, now + 1), 'not_usable', 'ended at its end time');
    const revoked = await f.subscription(owner.id, { revokedAt: T0 });
    assert.equal(await claim(revoked.id, 'dev_r', owner.id), 'not_usable');
    assert.equal(await claim('sub_missing', 'dev_x', owner.id), 'not_usable');
    assert.equal(await seatsUsed(sub.id), 1);
    assert.equal(await seatsUsed(revoked.id), 0);
  });

  test('releaseSeat frees the place once; seatsOfDevice lists where a device holds one', async () => {
    const { owner, sub } = await owned(1);
    const other = await f.subscription(owner.id);
    assert.equal(await claim(sub.id, 'dev_a', owner.id), 'claimed');
    assert.equal(await claim(other.id, 'dev_a', owner.id), 'claimed');
    assert.deepEqual((await store().seatsOfDevice('dev_a')).sort(), [sub.id, other.id].sort());
    assert.equal(await store().releaseSeat(sub.id, 'dev_a'), true);
    assert.equal(await store().releaseSeat(sub.id, 'dev_a'), false);
    assert.equal(await store().releaseSeat(sub.id, 'dev_never'), false);
    assert.equal(await seatsUsed(sub.id), 0);
    assert.deepEqual(await store().seatsOfDevice('dev_a'), [other.id]);
    assert.deepEqual(await store().seatsOfDevice('dev_none'), []);
    assert.equal(await claim(sub.id, 'dev_b', owner.id), 'claimed', 'the freed seat is there to take');
  });

  test("many devices claiming at once get exactly the plan's seats", async () => {
    const { owner, sub } = await owned(3);
    const results = await together(16, (i) => claim(sub.id, `dev_${i}`, owner.id));
    assert.equal(results.filter((r) => r === 'claimed').length, 3);
    assert.ok(results.every((r) => r === 'claimed' || r === 'full'));
    assert.equal(await seatsUsed(sub.id), 3);
    assert.equal((await Promise.all(results.map((_, i) => store().seatsOfDevice(`dev_${i}`)))).flat().length, 3);
  });

  test('one device claiming many times at once takes one seat', async () => {
    const { owner, sub } = await owned(1);
    const results = await together(12, () => claim(sub.id, 'dev_same', owner.id));
    assert.equal(results.filter((r) => r === 'claimed').length, 1);
    assert.ok(results.every((r) => r === 'claimed' || r === 'held'));
    assert.equal(await seatsUsed(sub.id), 1);
  });

  test('concurrent releases of one seat free it once', async () => {
    const { owner, sub } = await owned(2);
    await claim(sub.id, 'dev_a', owner.id);
    await claim(sub.id, 'dev_b', owner.id);
    assert.equal(countTrue(await together(10, () => store().releaseSeat(sub.id, 'dev_a'))), 1);
    assert.equal(await seatsUsed(sub.id), 1);
  });
}

for (const kind of databaseKinds()) {
  describe(`SeatStore on ${kind}`, () => {
    seatStoreContract(useStores(kind));
  });
}
