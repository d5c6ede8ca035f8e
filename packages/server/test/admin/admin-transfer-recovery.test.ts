// /admin/v1 subscription transfer and "start recovery" on every database: a transfer moves the owner, frees the old
// owner's seats (their app falls back at check-in, with no `subscription.ended`), ends the new owner's membership,
// is audited on both accounts with one webhook event; refusals. Recovery emails the account's own address the
// portal's reset link, answers the same whatever the account's state, and is audited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, connectApp, outboxCount, signUp } from '../support/journey.js';
import { admin, ensurePlan, operatorToken, outboxEvents, PRO } from './admin-support.js';

const PASSWORD = 'lantern-harbour-42';

async function auditOf(s: TestServer, accountId: string, type: string) {
  const rows = await s.tessera.database.db
    .selectFrom('audit_events')
    .selectAll()
    .where('account_id', '=', accountId)
    .where('type', '=', type)
    .execute();
  return rows.map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, any>);
}

for (const db of databaseKinds()) {
  describe(`operator API: transfer and recovery (${db})`, () => {
    let s: TestServer;
    let subs: string;
    let accounts: string;
    before(async () => {
      s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
      subs = await operatorToken(s, ['subscriptions:write']);
      accounts = await operatorToken(s, ['accounts:write']);
      await ensurePlan(s);
    });
    after(async () => {
      await s.close();
    });

    test("transfer: the new owner has it, the old owner's device lost its seat and falls back at check-in", async () => {
      const from = { email: `from@${db}.example`, password: PASSWORD };
      const to = { email: `to@${db}.example`, password: PASSWORD };
      const { accountId: fromId } = await signUp(s, from);
      const { accountId: toId } = await signUp(s, to);
      const granted = await admin(s, subs, 'POST', `/admin/v1/accounts/${fromId}/subscriptions`, { planId: 'pro' });
      const id = granted.body.subscription.id as string;
      const onOld = await connectApp(s, from);
      assert.equal(onOld.body.result!.license!.plan, 'pro', JSON.stringify(onOld.body));
      const oldDevice = onOld.body.result!.device!.id as string;

      const moved = await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/transfer`, { toAccountId: toId });
      assert.equal(moved.status, 200, moved.raw);
      assert.equal(moved.body.subscription.ownerAccountId, toId);
      assert.equal(moved.body.subscription.seatsUsed, 0);
      assert.equal(moved.body.fromAccountId, fromId);
      assert.deepEqual(moved.body.freedDeviceIds, [oldDevice]);

      // The old owner's app learns at its next check-in (its cached answer was dropped by the change notice).
      const checkIn = await call(s, 'POST', '/v1/check-in', { credential: onOld.body.result!.deviceCredential });
      assert.equal(checkIn.body.outcome, 'FELL_BACK_TO_FREE', JSON.stringify(checkIn.body));
      // A seat lost in a live subscription is not its end: the one `subscription.ended` stays for the real end.
      assert.equal((await outboxEvents(s, 'subscription.ended', fromId)).length, 0);
      assert.equal((await outboxEvents(s, 'subscription.ended', toId)).length, 0);

      // The new owner's device takes a seat.
      const onNew = await connectApp(s, to);
      assert.equal(onNew.body.result!.license!.plan, 'pro', JSON.stringify(onNew.body));
      assert.equal((await admin(s, subs, 'GET', `/admin/v1/subscriptions/${id}`)).body.subscription.seatsUsed, 1);
      assert.equal((await admin(s, subs, 'GET', `/admin/v1/accounts/${fromId}/subscriptions`)).body.items.length, 0);
      assert.equal((await admin(s, subs, 'GET', `/admin/v1/accounts/${toId}/subscriptions`)).body.items.length, 1);

      const [event] = await outboxEvents(s, 'subscription.transferred', toId);
      assert.deepEqual(JSON.parse(event!.payload).data, {
        accountId: toId,
        fromAccountId: fromId,
        subscriptionId: id,
        planId: 'pro',
        seatsFreed: 1,
      });
      const tokenId = (await s.tessera.operatorTokens.list()).find((t) => t.scopes.includes('subscriptions:write'))!.id;
      for (const accountId of [fromId, toId]) {
        const [entry] = await auditOf(s, accountId, 'subscription.transferred');
        assert.equal(entry?.operatorTokenId, tokenId);
        assert.equal(entry?.fromAccountId, fromId);
        assert.equal(entry?.toAccountId, toId);
      }
    });

    test("an invitation the old owner sent before a transfer admits nobody to the new owner's plan", async () => {
      const from = await signUp(s, { email: `inv-from@${db}.example`, password: PASSWORD });
      const to = await signUp(s, { email: `inv-to@${db}.example`, password: PASSWORD });
      const toId = to.accountId;
      const guest = await signUp(s, { email: `inv-guest@${db}.example`, password: PASSWORD });
      await ensurePlan(s, { ...PRO, id: 'pro-family', name: 'Pro Family', memberLimit: 3 });
      const granted = await s.tessera.licensing.operator.grant({ accountId: from.accountId, planId: 'pro-family' });
      assert.ok(granted.ok);
      const id = granted.subscription.id;
      const invited = await call(
        s,
        'POST',
        `/v1/subscriptions/${id}/invitations`,
        { email: `inv-guest@${db}.example` },
        { token: from.token },
      );
      assert.equal(invited.status, 201, JSON.stringify(invited.body));
      const moved = await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/transfer`, { toAccountId: toId });
      assert.equal(moved.status, 200, moved.raw);
      const members = await call(s, 'GET', `/v1/subscriptions/${id}/members`, undefined, { token: to.token });
      assert.equal(members.status, 200, JSON.stringify(members.body));
      assert.deepEqual(members.body.invitations, [], "the old owner's invitation is not listed as pending");
      const offered = await s.tessera.licensing.invitationsFor({
        accountId: guest.accountId,
        email: `inv-guest@${db}.example`,
      });
      assert.deepEqual(offered, [], 'nor offered to the person invited');
      const accepted = await call(
        s,
        'POST',
        '/v1/invitations/accept',
        { token: invited.body.invitation.token },
        { token: guest.token },
      );
      assert.equal(accepted.body.error?.code, 'INVITATION_INVALID', JSON.stringify(accepted.body));
      assert.equal((await admin(s, subs, 'GET', `/admin/v1/subscriptions/${id}`)).body.subscription.membersUsed, 0);
    });

    test('transfer to a family member makes them the owner and ends their membership', async () => {
      const { accountId: ownerId } = await signUp(s, { email: `fam-owner@${db}.example`, password: PASSWORD });
      const { accountId: memberId } = await signUp(s, { email: `fam-member@${db}.example`, password: PASSWORD });
      const granted = await s.tessera.licensing.operator.grant({ accountId: ownerId, planId: 'pro' });
      assert.ok(granted.ok);
      const id = granted.subscription.id;
      await s.tessera.database.db
        .insertInto('subscription_members')
        .values({ subscription_id: id, account_id: memberId, joined_at: s.clock.now() })
        .execute();
      await s.tessera.database.db.updateTable('subscriptions').set({ members_used: 1 }).where('id', '=', id).execute();
      const moved = await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/transfer`, { toAccountId: memberId });
      assert.equal(moved.status, 200, moved.raw);
      assert.equal(moved.body.subscription.membersUsed, 0);
      const members = await s.tessera.database.db
        .selectFrom('subscription_members')
        .selectAll()
        .where('subscription_id', '=', id)
        .execute();
      assert.deepEqual(members, []);
    });

    test('transfer refusals: unknown subscription or account 404, same owner or revoked 409, bad bodies 400', async () => {
      const { accountId } = await signUp(s, { email: `refusals@${db}.example`, password: PASSWORD });
      const { accountId: otherId } = await signUp(s, { email: `refusals2@${db}.example`, password: PASSWORD });
      const granted = await admin(s, subs, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, { planId: 'pro' });
      const id = granted.body.subscription.id as string;
      const url = `/admin/v1/subscriptions/${id}/transfer`;
      const noSub = await admin(s, subs, 'POST', '/admin/v1/subscriptions/sub_nobody/transfer', {
        toAccountId: otherId,
      });
      assert.equal(noSub.status, 404);
      assert.equal(noSub.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
      const noAccount = await admin(s, subs, 'POST', url, { toAccountId: 'acc_nobody' });
      assert.equal(noAccount.status, 404);
      assert.equal(noAccount.body.error.code, 'ACCOUNT_NOT_FOUND');
      const same = await admin(s, subs, 'POST', url, { toAccountId: accountId });
      assert.equal(same.status, 409);
      assert.equal(same.body.error.code, 'OPERATION_REFUSED');
      for (const body of [{}, { toAccountId: '' }, { toAccountId: 'acc x' }, { toAccountId: otherId, extra: 1 }, []]) {
        const r = await admin(s, subs, 'POST', url, body);
        assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.raw}`);
        assert.equal(r.body.error.code, 'VALIDATION_FAILED');
      }
      assert.equal((await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/revoke`)).status, 200);
      const revoked = await admin(s, subs, 'POST', url, { toAccountId: otherId });
      assert.equal(revoked.status, 409);
      assert.equal((await outboxEvents(s, 'subscription.transferred', otherId)).length, 0, 'nothing was transferred');
    });

    test("recovery: 202, the reset link to the account's own address, audited with the token", async () => {
      const email = `recover@${db}.example`;
      const { accountId } = await signUp(s, { email, password: PASSWORD });
      const before = await outboxCount(s, email);
      const r = await admin(s, accounts, 'POST', `/admin/v1/accounts/${accountId}/recovery`);
      assert.equal(r.status, 202, r.raw);
      assert.deepEqual(r.body, { accepted: true });
      assert.equal(await outboxCount(s, email), before + 1);
      const [message] = await s.tessera.stores.outbox.list({ limit: 1, to: email });
      assert.match(message!.subject ?? '', /Reset the password/);
      assert.match(message!.body, /\/recovery\b/);
      const [entry] = await auditOf(s, accountId, 'recovery.started_by_operator');
      assert.equal(entry?.sent, true);
      assert.match(String(entry?.operatorTokenId), /^opt_/);
    });

    test('recovery answers the same for a disabled account and once the quota is spent; unknown ids 404', async () => {
      const email = `recover-disabled@${db}.example`;
      const { accountId } = await signUp(s, { email, password: PASSWORD });
      assert.equal((await admin(s, accounts, 'POST', `/admin/v1/accounts/${accountId}/disable`)).status, 200);
      const before = await outboxCount(s, email);
      const replies = [];
      for (let i = 0; i < 25; i++)
        replies.push(await admin(s, accounts, 'POST', `/admin/v1/accounts/${accountId}/recovery`));
      assert.deepEqual(new Set(replies.map((r) => r.raw)), new Set([JSON.stringify({ accepted: true })]));
      assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([202]));
      // The per-address email quota bounds what support can send; the audit says which were held back.
      const sent = (await outboxCount(s, email)) - before;
      assert.ok(sent >= 1 && sent < 25, `sent ${sent}`);
      const entries = await auditOf(s, accountId, 'recovery.started_by_operator');
      assert.equal(entries.length, 25);
      assert.equal(entries.filter((e) => e.sent === true).length, sent);
      const unknown = await admin(s, accounts, 'POST', '/admin/v1/accounts/acc_nobody/recovery');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'ACCOUNT_NOT_FOUND');
    });
  });
}
