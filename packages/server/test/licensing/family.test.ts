// Family sharing through HTTP, on every database: invite by email, accept from that address's account, members see it, removal frees seats.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signUp } from '../support/journey.js';
import { assertRefused, send } from '../http/http-support.js';
import { createAccounts, mintCodes } from './licensing-support.js';

const PASSWORD = 'lantern-harbour-42';
const DAY = 86_400_000;

for (const db of databaseKinds()) {
  describe(`family sharing on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    const redeemFamily = async (token: string) => {
      const {
        codes: [code],
      } = await mintCodes(s, 'family', 1);
      const redeemed = await call(s, 'POST', '/v1/subscriptions/redeem', { code }, { token });
      assert.equal(redeemed.status, 201);
      return redeemed.body.subscription.id as string;
    };
    const invite = (id: string, email: string, token: string) =>
      send(s, { method: 'POST', url: `/v1/subscriptions/${id}/invitations`, payload: { email }, token });
    const accept = (invitationToken: string, token: string) =>
      send(s, { method: 'POST', url: '/v1/invitations/accept', payload: { token: invitationToken }, token });

    test('owner invites by email → accepted from another account → the member sees it and uses its seats → owner removes them', async () => {
      const owner = await signUp(s, { email: 'mai@example.vn', password: PASSWORD });
      const id = await redeemFamily(owner.token);

      const invited = await invite(id, 'Nam@Example.VN', owner.token);
      assert.equal(invited.status, 201, invited.text);
      assert.equal(invited.body.invitation.email, 'nam@example.vn');
      assert.equal(invited.body.invitation.emailed, true);
      assert.equal(invited.body.invitation.expiresAt, new Date(s.clock.now() + 7 * DAY).toISOString());
      const [mail] = await s.tessera.stores.outbox.list({ limit: 1, to: 'nam@example.vn' });
      assert.equal(mail!.purpose, 'family_invitation');
      assert.ok(mail!.body.includes(invited.body.invitation.token), 'the emailed token is the one returned');
      assert.ok(mail!.body.includes('mai@example.vn'), 'the email names who invites');

      // The link alone is not enough: an account under another address holding it is refused, and the invitation
      // stays usable for the person it was sent to (the address compared as normalised: case does not matter).
      const holder = await signUp(s, { email: 'nam.work@example.vn', password: PASSWORD });
      assertRefused(
        await accept(invited.body.invitation.token, holder.token),
        'another address',
        'INVITATION_EMAIL_MISMATCH',
      );
      const member = await signUp(s, { email: 'NAM@example.vn', password: PASSWORD });
      const joined = await accept(invited.body.invitation.token, member.token);
      assert.equal(joined.status, 200, joined.text);
      assert.equal(joined.body.subscription.role, 'member');
      assert.deepEqual(joined.body.subscription.members, { used: 1, total: 5 });
      const listed = await call(s, 'GET', '/v1/subscriptions', undefined, { token: member.token });
      assert.deepEqual(
        listed.body.subscriptions.map((x: { id: string; role: string }) => [x.id, x.role]),
        [[id, 'member']],
      );
      const usable = await s.tessera.licensing.usableSubscriptions(member.accountId, s.clock.now());
      assert.deepEqual(
        usable.map((u) => [u.subscription.id, u.role, u.seatsTotal]),
        [[id, 'member', 10]],
      );

      const ownerView = await call(s, 'GET', `/v1/subscriptions/${id}/members`, undefined, { token: owner.token });
      assert.deepEqual(ownerView.body.owner, { accountId: owner.accountId, email: 'mai@example.vn' });
      assert.deepEqual(
        ownerView.body.members.map((m: { email: string }) => m.email.toLowerCase()),
        ['nam@example.vn'],
      );
      const memberView = await call(s, 'GET', `/v1/subscriptions/${id}/members`, undefined, { token: member.token });
      assert.deepEqual(memberView.body.invitations, [], "pending invitations are the owner's business");

      assertRefused(
        await accept(
          invited.body.invitation.token,
          (await signUp(s, { email: 'oanh@example.vn', password: PASSWORD })).token,
        ),
        'used twice',
        'INVITATION_INVALID',
      );
      assertRefused(await invite(id, 'friend@example.vn', member.token), 'a member invites', 'FORBIDDEN');
      const stranger = await signUp(s, { email: 'phuc@example.vn', password: PASSWORD });
      assertRefused(
        await send(s, { method: 'GET', url: `/v1/subscriptions/${id}/members`, token: stranger.token }),
        'a stranger looks',
        'SUBSCRIPTION_NOT_FOUND',
      );
      assertRefused(
        await send(s, {
          method: 'DELETE',
          url: `/v1/subscriptions/${id}/members/${owner.accountId}`,
          token: member.token,
        }),
        'a member removes the owner',
        'FORBIDDEN',
      );

      // The member's device takes one of the family's seats; removal gives it back.
      const claim = (accountId: string) =>
        s.tessera.licensing.claimSeat({ subscriptionId: id, deviceId: 'dev_nam_phone', accountId, now: s.clock.now() });
      assert.deepEqual(await claim(member.accountId), { ok: true });
      assert.equal((await s.tessera.licensing.getSubscription(id))!.seatsUsed, 1);

      const removed = await send(s, {
        method: 'DELETE',
        url: `/v1/subscriptions/${id}/members/${member.accountId}`,
        token: owner.token,
      });
      assert.equal(removed.status, 200, removed.text);
      const after = (await s.tessera.licensing.getSubscription(id))!;
      assert.equal(after.seatsUsed, 0);
      assert.equal(after.membersUsed, 0);
      assert.deepEqual(
        (await call(s, 'GET', '/v1/subscriptions', undefined, { token: member.token })).body.subscriptions,
        [],
      );
      assert.deepEqual(await claim(member.accountId), { ok: false, code: 'SUBSCRIPTION_NOT_USABLE' });
      assertRefused(
        await send(s, {
          method: 'DELETE',
          url: `/v1/subscriptions/${id}/members/${member.accountId}`,
          token: owner.token,
        }),
        'removed twice',
        'MEMBER_NOT_FOUND',
      );
      assertRefused(
        await send(s, {
          method: 'DELETE',
          url: `/v1/subscriptions/${id}/members/${stranger.accountId}`,
          token: owner.token,
        }),
        'not a member',
        'MEMBER_NOT_FOUND',
      );
      const events = await call(s, 'GET', '/v1/account/events', undefined, { token: owner.token });
      assert.ok(
        ['family.invited', 'family.removed'].every((t) =>
          events.body.events.some((e: { type: string }) => e.type === t),
        ),
      );
    });

    test('a member may leave; the owner cannot join their own subscription', async () => {
      const owner = await signUp(s, { email: 'quang@example.vn', password: PASSWORD });
      const id = await redeemFamily(owner.token);
      const member = await signUp(s, { email: 'ru@example.vn', password: PASSWORD });
      assert.equal(
        (await accept((await invite(id, 'ru@example.vn', owner.token)).body.invitation.token, member.token)).status,
        200,
      );
      assert.equal(
        (
          await send(s, {
            method: 'DELETE',
            url: `/v1/subscriptions/${id}/members/${member.accountId}`,
            token: member.token,
          })
        ).status,
        200,
      );
      const own = await invite(id, 'quang@example.vn', owner.token);
      assertRefused(await accept(own.body.invitation.token, owner.token), 'the owner', 'ALREADY_MEMBER');
      const again = await invite(id, 'ru@example.vn', owner.token);
      assert.equal(
        (await accept(again.body.invitation.token, member.token)).status,
        200,
        'invited again after leaving',
      );
      const twice = await invite(id, 'ru@example.vn', owner.token);
      assertRefused(await accept(twice.body.invitation.token, member.token), 'already in', 'ALREADY_MEMBER');
    });

    test('the plan caps members (family: the owner and 5); a personal plan is not shared; invitations expire', async () => {
      const owner = await signUp(s, { email: 'son@example.vn', password: PASSWORD });
      const id = await redeemFamily(owner.token);
      const accounts = await createAccounts(s, 7);
      const actor = (accountId: string) => ({ accountId, email: `${accountId}@example.vn` });
      const tokens: string[] = [];
      for (let i = 0; i < 7; i++)
        tokens.push((await invite(id, actor(accounts[i]!).email, owner.token)).body.invitation.token);
      for (let i = 0; i < 5; i++)
        assert.ok((await s.tessera.licensing.acceptInvitation(actor(accounts[i]!), tokens[i]!)).ok, `member ${i + 1}`);
      assert.deepEqual(await s.tessera.licensing.acceptInvitation(actor(accounts[5]!), tokens[5]!), {
        ok: false,
        code: 'MEMBER_LIMIT_REACHED',
      });
      assertRefused(await invite(id, 'one-more@example.vn', owner.token), 'inviting when full', 'MEMBER_LIMIT_REACHED');

      const personalOwner = await signUp(s, { email: 'tam@example.vn', password: PASSWORD });
      const {
        codes: [code],
      } = await mintCodes(s, 'personal', 1);
      const personal = (await call(s, 'POST', '/v1/subscriptions/redeem', { code }, { token: personalOwner.token }))
        .body.subscription.id;
      assertRefused(
        await invite(personal, 'friend@example.vn', personalOwner.token),
        'personal plan',
        'MEMBER_LIMIT_REACHED',
      );

      const late = await signUp(s, { email: 'uyen@example.vn', password: PASSWORD });
      const lateId = await redeemFamily(late.token);
      const pending = await invite(lateId, 'vy@example.vn', late.token);
      s.clock.advance(7 * DAY);
      assertRefused(await accept(pending.body.invitation.token, late.token), 'expired', 'INVITATION_EXPIRED');
      assertRefused(await accept('tin_not-a-real-token', late.token), 'unknown', 'INVITATION_INVALID');
    });

    test('racing acceptances of one invitation make one member; racing acceptances of many stop at the cap', async () => {
      const owner = await signUp(s, { email: 'xuan@example.vn', password: PASSWORD });
      const id = await redeemFamily(owner.token);
      const accounts = await createAccounts(s, 40);
      const actor = (accountId: string) => ({ accountId, email: `${accountId}@example.vn` });
      const one = await invite(id, actor(accounts[0]!).email, owner.token);
      // The invitee ten times at once, and ten other accounts holding the same link.
      const racers = [...Array.from({ length: 10 }, () => accounts[0]!), ...accounts.slice(1, 11)];
      const outcomes = await Promise.all(
        racers.map((a) => s.tessera.licensing.acceptInvitation(actor(a), one.body.invitation.token)),
      );
      assert.equal(outcomes.filter((o) => o.ok).length, 1);
      // None of the others got in: refused for their address (or, once it was used, as used).
      assert.ok(
        outcomes
          .slice(10)
          .every((o) => !o.ok && (o.code === 'INVITATION_EMAIL_MISMATCH' || o.code === 'INVITATION_INVALID')),
      );
      const tokens: string[] = [];
      // 19 more: with the first, the owner's 20 invitations an hour.
      for (let i = 0; i < 19; i++) {
        const issued = await s.tessera.licensing.invite(actor(owner.accountId), {
          subscriptionId: id,
          email: actor(accounts[20 + i]!).email,
          locale: 'en',
        });
        assert.ok(issued.ok);
        tokens.push(issued.token);
      }
      assertRefused(await invite(id, 'k20@example.vn', owner.token), 'the 21st invitation in an hour', 'RATE_LIMITED');
      const many = await Promise.all(
        tokens.map((t, i) => s.tessera.licensing.acceptInvitation(actor(accounts[20 + i]!), t)),
      );
      assert.equal(many.filter((o) => o.ok).length, 4, 'five members at most, one already in');
      assert.equal((await s.tessera.licensing.getSubscription(id))!.membersUsed, 5);
    });
  });
}
