// Contract tests for FamilyStore, run on every database kind: invitations used once, members never past the capacity
// (whatever the concurrency), and removal giving back the member's place and seats.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FamilyStore, InvitationRecord } from '../../src/licensing/index.js';
import { T0, countTrue, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';
import { DAY, licensingFixtures } from './licensing-fixtures.js';

function familyStoreContract(open: () => OpenStores) {
  const store = (): FamilyStore => open().stores.family;
  const f = licensingFixtures(open);
  const now = T0 + 100;
  const find = (id: string) => open().stores.subscriptions.findSubscription(id);
  const owned = async (overrides = {}) => {
    const owner = await f.account();
    return { owner, sub: await f.subscription(owner.id, overrides) };
  };
  /** An invitation from the subscription's owner (unless `overrides` says who sent it). */
  const invite = async (subscriptionId: string, email: string, overrides: Partial<InvitationRecord> = {}) => {
    const invitedBy = (await find(subscriptionId))?.ownerAccountId ?? 'acc_owner';
    const i = f.invitation(subscriptionId, email, { invitedBy, ...overrides });
    await store().createInvitation(i);
    return i;
  };
  const accept = (
    i: InvitationRecord,
    who: { id: string; email: string },
    options: { capacity?: number; at?: number; byToken?: boolean } = {},
  ) =>
    store().acceptInvitation({
      invitation: options.byToken ? { tokenHash: i.tokenHash } : { id: i.id },
      accountId: who.id,
      email: who.email,
      now: options.at ?? now,
      capacity: () => options.capacity ?? 5,
    });

  test('createInvitation then findInvitation by id or token returns every field', async () => {
    const { sub } = await owned();
    const i = await invite(sub.id, 'lan@example.vn');
    assert.deepEqual(await store().findInvitation({ id: i.id }), i);
    assert.deepEqual(await store().findInvitation({ tokenHash: i.tokenHash }), i);
    assert.equal(await store().findInvitation({ id: 'inv_missing' }), undefined);
    assert.equal(await store().findInvitation({ tokenHash: 'hash_missing' }), undefined);
  });

  test('an invitation from someone who no longer owns the subscription (a transfer since) admits nobody', async () => {
    const { sub } = await owned();
    const lan = await f.account();
    const i = await invite(sub.id, lan.email, { invitedBy: 'acc_previous_owner' });
    assert.deepEqual(await accept(i, lan), { ok: false, reason: 'invalid' });
    assert.equal((await store().findInvitation({ id: i.id }))?.acceptedAt, null);
    assert.equal((await find(sub.id))?.membersUsed, 0);
  });

  test('acceptInvitation adds the member once and uses the invitation', async () => {
    const { owner, sub } = await owned();
    const lan = await f.account();
    const i = await invite(sub.id, lan.email);
    const r = await accept(i, lan, { byToken: true });
    assert.ok(r.ok);
    assert.equal(r.subscription.membersUsed, 1);
    assert.deepEqual(await find(sub.id), r.subscription);
    assert.deepEqual(await store().findInvitation({ id: i.id }), { ...i, acceptedAt: now, acceptedBy: lan.id });
    assert.deepEqual(await accept(i, lan), { ok: false, reason: 'invalid' }, 'used once');
    const again = await invite(sub.id, lan.email);
    assert.deepEqual(await accept(again, lan), { ok: false, reason: 'already_member' });
    assert.equal((await store().findInvitation({ id: again.id }))?.acceptedAt, null, 'a refusal leaves it open');
    const self = await invite(sub.id, owner.email);
    assert.deepEqual(await accept(self, owner), { ok: false, reason: 'already_member' });
    assert.equal((await find(sub.id))?.membersUsed, 1);
  });

  test('acceptInvitation refuses expired, misaddressed, unknown, full and ended', async () => {
    const { sub } = await owned({ endsAt: now + DAY });
    const lan = await f.account();
    const minh = await f.account();
    const expired = await invite(sub.id, lan.email, { expiresAt: now });
    assert.deepEqual(await accept(expired, lan), { ok: false, reason: 'expired' });
    const forMinh = await invite(sub.id, minh.email);
    assert.deepEqual(await accept(forMinh, lan), { ok: false, reason: 'wrong_email' });
    assert.deepEqual(await accept({ ...forMinh, id: 'inv_missing' }, minh), { ok: false, reason: 'invalid' });
    assert.deepEqual(await accept(forMinh, minh, { capacity: 0 }), { ok: false, reason: 'full' });
    assert.equal((await store().findInvitation({ id: forMinh.id }))?.acceptedAt, null, 'full leaves it open');
    assert.deepEqual(await accept(forMinh, minh, { at: now + DAY }), { ok: false, reason: 'not_usable' });
    const { sub: revoked } = await owned({ revokedAt: T0 });
    const toRevoked = await invite(revoked.id, lan.email);
    assert.deepEqual(await accept(toRevoked, lan), { ok: false, reason: 'not_usable' });
    assert.equal((await find(sub.id))?.membersUsed, 0);
  });

  test('pendingInvitations and invitationsFor list the open ones; deleteOpenInvitation ends only open ones', async () => {
    const { sub } = await owned();
    const { sub: other } = await owned();
    const lan = await f.account();
    const first = await invite(sub.id, 'a@example.vn', { createdAt: T0 });
    const second = await invite(sub.id, lan.email, { createdAt: T0 + 1 });
    await invite(sub.id, 'old@example.vn', { expiresAt: now });
    const elsewhere = await invite(other.id, lan.email, { createdAt: T0 + 2 });
    assert.deepEqual(await store().pendingInvitations(sub.id, now), [first, second]);
    assert.deepEqual(await store().invitationsFor(lan.email, now), [elsewhere, second]);
    assert.deepEqual(await store().invitationsFor('nobody@example.vn', now), []);
    assert.ok((await accept(second, lan)).ok);
    assert.deepEqual(await store().pendingInvitations(sub.id, now), [first]);
    assert.equal(await store().deleteOpenInvitation(second.id), false, 'answered already');
    assert.equal(await store().deleteOpenInvitation(first.id), true);
    assert.equal(await store().deleteOpenInvitation(first.id), false);
    assert.equal(await store().findInvitation({ id: first.id }), undefined);
    assert.deepEqual(await store().pendingInvitations(sub.id, now), []);
  });

  test('people gives the owner and the members in the order they joined', async () => {
    const { owner, sub } = await owned();
    const [lan, minh] = [await f.account(), await f.account()];
    await f.join(sub.id, minh, T0 + 2);
    await f.join(sub.id, lan, T0 + 3);
    assert.deepEqual(await store().people(sub.id), {
      owner: { accountId: owner.id, email: owner.address },
      members: [
        { accountId: minh.id, email: minh.address, joinedAt: T0 + 2 },
        { accountId: lan.id, email: lan.address, joinedAt: T0 + 3 },
      ],
    });
    assert.equal(await store().people('sub_missing'), undefined);
  });

  test('removeMember takes the member out with the seats their devices held', async () => {
    const { owner, sub } = await owned();
    const lan = await f.account();
    await f.join(sub.id, lan);
    const claim = (deviceId: string, accountId: string) =>
      open().stores.seats.claimSeat({ subscriptionId: sub.id, deviceId, accountId, now });
    assert.equal(await claim('dev_lan_1', lan.id), 'claimed');
    assert.equal(await claim('dev_lan_2', lan.id), 'claimed');
    assert.equal(await claim('dev_owner', owner.id), 'claimed');
    assert.equal(await store().removeMember(sub.id, lan.id), true);
    assert.equal(await store().removeMember(sub.id, lan.id), false);
    assert.equal(await store().removeMember(sub.id, owner.id), false, 'the owner is no member');
    const after = await find(sub.id);
    assert.equal(after?.membersUsed, 0);
    assert.equal(after?.seatsUsed, 1);
    assert.deepEqual(await open().stores.seats.seatsOfDevice('dev_lan_1'), []);
    assert.deepEqual(await open().stores.seats.seatsOfDevice('dev_owner'), [sub.id]);
    assert.deepEqual((await store().people(sub.id))?.members, []);
  });

  test('one invitation accepted many times at once adds one member', async () => {
    const { sub } = await owned();
    const lan = await f.account();
    const i = await invite(sub.id, lan.email);
    const results = await together(12, () => accept(i, lan));
    assert.equal(results.filter((r) => r.ok).length, 1);
    assert.ok(results.every((r) => r.ok || r.reason === 'invalid' || r.reason === 'already_member'));
    assert.equal((await find(sub.id))?.membersUsed, 1);
  });

  test('many people accepting at once never pass the capacity', async () => {
    const { sub } = await owned();
    const people = await together(12, () => f.account());
    const invitations = await Promise.all(people.map((p) => invite(sub.id, p.email)));
    const results = await together(people.length, (i) => accept(invitations[i]!, people[i]!, { capacity: 3 }));
    assert.equal(results.filter((r) => r.ok).length, 3);
    assert.ok(results.every((r) => r.ok || r.reason === 'full'));
    assert.equal((await find(sub.id))?.membersUsed, 3);
    assert.equal((await store().people(sub.id))?.members.length, 3);
    assert.equal((await store().pendingInvitations(sub.id, now)).length, 9, 'refused invitations stay open');
  });

  test('concurrent removals of one member remove them once', async () => {
    const { sub } = await owned();
    const [lan, minh] = [await f.account(), await f.account()];
    await f.join(sub.id, lan);
    await f.join(sub.id, minh);
    assert.equal(countTrue(await together(10, () => store().removeMember(sub.id, lan.id))), 1);
    assert.equal((await find(sub.id))?.membersUsed, 1);
  });
}

for (const kind of databaseKinds()) {
  describe(`FamilyStore on ${kind}`, () => {
    familyStoreContract(useStores(kind));
  });
}
