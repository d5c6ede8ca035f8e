// /admin/v1 accounts on every database: search by id, email prefix and phone with cursor paging, an account with its
// factors, devices and subscriptions, reset of second factors, sign out everywhere, deletion with the grace period.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, connectApp, signInWithPassword, signUp } from '../support/journey.js';
import { admin, ensurePlan, operatorToken } from './admin-support.js';

const PASSWORD = 'lantern-harbour-42';

for (const db of databaseKinds()) {
  describe(`operator API: accounts (${db})`, () => {
    let s: TestServer;
    let read: string;
    let write: string;
    before(async () => {
      s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
      read = await operatorToken(s, ['accounts:read']);
      write = await operatorToken(s, ['accounts:write']);
      await ensurePlan(s);
    });
    after(async () => {
      await s.close();
    });

    test('search pages through every account once by id, and filters by email prefix, phone and id', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 7; i++)
        ids.push((await signUp(s, { email: `page${i}@shop-${db}.example`, password: PASSWORD })).accountId);
      await s.tessera.stores.accounts.setPhone(ids[3]!, '+84901234567', s.clock.now());
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const r: { status: number; body: { items: Array<{ id: string }>; next_cursor: string | null } } = await admin(
          s,
          read,
          'GET',
          `/admin/v1/accounts?limit=3&email=page${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.equal(r.status, 200);
        seen.push(...r.body.items.map((a) => a.id));
        cursor = r.body.next_cursor;
        pages += 1;
      } while (cursor);
      assert.equal(pages, 3);
      assert.deepEqual(seen, [...ids].sort());
      const byPhone = await admin(s, read, 'GET', `/admin/v1/accounts?phone=%2B84901234567`);
      assert.deepEqual(
        byPhone.body.items.map((a: { id: string }) => a.id),
        [ids[3]],
      );
      assert.equal(byPhone.body.items[0].factors.phone, true);
      const byEmail = await admin(s, read, 'GET', `/admin/v1/accounts?email=PAGE5@shop-${db}.example`);
      assert.deepEqual(
        byEmail.body.items.map((a: { id: string }) => a.id),
        [ids[5]],
      );
      const byId = await admin(s, read, 'GET', `/admin/v1/accounts?id=${ids[1]}`);
      assert.equal(byId.body.items[0].email, `page1@shop-${db}.example`);
      const wildcard = await admin(s, read, 'GET', `/admin/v1/accounts?email=%25`);
      assert.deepEqual(wildcard.body.items, [], 'a typed % matches itself, not everything');
    });

    test('bad queries and cursors are 400 VALIDATION_FAILED, never 500', async () => {
      for (const query of [
        'limit=0',
        'limit=101',
        'limit=abc',
        'cursor=!!',
        'cursor=bm90LWpzb24',
        'phone=0901',
        'id=a%00b',
        'unknown=1',
        `email=${'x'.repeat(300)}`,
      ]) {
        const r = await admin(s, read, 'GET', `/admin/v1/accounts?${query}`);
        assert.equal(r.status, 400, `${query}: ${r.raw}`);
        assert.equal(r.body.error.code, 'VALIDATION_FAILED');
      }
      const missing = await admin(s, read, 'GET', '/admin/v1/accounts/acc_nobody');
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'ACCOUNT_NOT_FOUND');
    });

    test('an account with its factors, devices (with apps) and subscriptions', async () => {
      const email = `full@${db}.example`;
      const { accountId } = await signUp(s, { email, password: PASSWORD });
      const granted = await s.tessera.licensing.operator.grant({ accountId, planId: 'pro' });
      assert.ok(granted.ok);
      const connected = await connectApp(s, { email, password: PASSWORD });
      assert.equal(connected.body.step, 'done', JSON.stringify(connected.body));
      const r = await admin(s, read, 'GET', `/admin/v1/accounts/${accountId}`);
      assert.equal(r.status, 200, r.raw);
      assert.equal(r.body.account.email, email);
      assert.deepEqual(r.body.account.factors, { phone: false, totp: false });
      assert.equal(r.body.deletion, null);
      assert.ok(
        r.body.subscriptions.some((x: { subscription: { planId: string } }) => x.subscription.planId === 'pro'),
      );
    });

    test('reset second factors removes phone and authenticator, ends sessions, and is in the account trail', async () => {
      const { accountId, token } = await signUp(s, { email: `lost@${db}.example`, password: PASSWORD });
      await s.tessera.stores.accounts.setPhone(accountId, '+84909999999', s.clock.now());
      await s.tessera.stores.accounts.setTotp(accountId, 'sealed-secret');
      const r = await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/second-factors/reset`);
      assert.equal(r.status, 200, r.raw);
      assert.deepEqual(r.body, { removed: { phone: true, totp: true }, sessionsEnded: 1 });
      const account = await s.tessera.stores.accounts.findById(accountId);
      assert.equal(account?.phoneE164, null);
      assert.equal(account?.totpSecretSealed, null);
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token })).status, 401);
      const trail = await s.tessera.services.audit.recent(accountId, 10);
      assert.ok(trail.some((e: { type: string }) => e.type === 'second_factors.reset'));
      const again = await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/second-factors/reset`);
      assert.deepEqual(again.body, { removed: { phone: false, totp: false }, sessionsEnded: 0 });
    });

    test('disabled: no sign-in (after the right password only), no check-in, sessions ended; enabled: both again', async () => {
      const email = `disabled@${db}.example`;
      const { accountId, token } = await signUp(s, { email, password: PASSWORD });
      const connected = await connectApp(s, { email, password: PASSWORD });
      const credential = connected.body.result!.deviceCredential as string;
      const disabled = await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/disable`);
      assert.deepEqual(disabled.body, { changed: true, sessionsEnded: 1 });
      assert.deepEqual((await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/disable`)).body, {
        changed: false,
        sessionsEnded: 0,
      });
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token })).status, 401);
      const signIn = await signInWithPassword(s, email, PASSWORD);
      assert.equal(signIn.status, 403, JSON.stringify(signIn.body));
      assert.equal(signIn.body.error?.code, 'ACCOUNT_DISABLED');
      const wrong = await signInWithPassword(s, email, 'not-the-password-1');
      assert.equal(wrong.body.error?.code, 'CREDENTIALS_INVALID', 'a stranger learns nothing');
      const checkIn = await call(s, 'POST', '/v1/check-in', { credential });
      assert.equal(checkIn.status, 403);
      assert.equal(checkIn.body.error.code, 'ACCOUNT_DISABLED');
      const shown = await admin(s, read, 'GET', `/admin/v1/accounts/${accountId}`);
      assert.equal(typeof shown.body.account.disabledAt, 'string');
      const enabled = await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/enable`);
      assert.deepEqual(enabled.body, { changed: true, sessionsEnded: 0 });
      assert.equal((await signInWithPassword(s, email, PASSWORD)).body.step, 'done');
      assert.equal((await call(s, 'POST', '/v1/check-in', { credential })).status, 200);
      const trail = (await s.tessera.services.audit.recent(accountId, 20)).map((e) => e.type);
      assert.ok(trail.includes('account.disabled') && trail.includes('account.enabled'));
    });

    test('sign out everywhere ends every session', async () => {
      const email = `many@${db}.example`;
      const { accountId, token } = await signUp(s, { email, password: PASSWORD });
      const r = await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/sign-out`);
      assert.deepEqual(r.body, { sessionsEnded: 1 });
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token })).status, 401);
      const missing = await admin(s, write, 'POST', `/admin/v1/accounts/acc_nobody/sign-out`);
      assert.equal(missing.body.error.code, 'ACCOUNT_NOT_FOUND');
    });

    test('deletion: scheduled with the self-service grace, once; cancelled; purged when due', async () => {
      const { accountId } = await signUp(s, { email: `gone@${db}.example`, password: PASSWORD });
      const first = await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/deletion`);
      assert.equal(first.status, 200, first.raw);
      assert.equal(Date.parse(first.body.purgeAt) - s.clock.now(), s.tessera.services.accountDeletion.graceMs);
      s.clock.advance(1000);
      const second = await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/deletion`);
      assert.deepEqual(second.body, { purgeAt: first.body.purgeAt, already: true });
      const got = await admin(s, read, 'GET', `/admin/v1/accounts/${accountId}`);
      assert.equal(got.body.deletion.purgeAt, first.body.purgeAt);
      assert.deepEqual((await admin(s, write, 'DELETE', `/admin/v1/accounts/${accountId}/deletion`)).body, {
        cancelled: true,
      });
      assert.deepEqual((await admin(s, write, 'DELETE', `/admin/v1/accounts/${accountId}/deletion`)).body, {
        cancelled: false,
      });
      await admin(s, write, 'POST', `/admin/v1/accounts/${accountId}/deletion`);
      s.clock.advance(s.tessera.services.accountDeletion.graceMs + 1);
      assert.ok((await s.tessera.services.accountDeletion.purgeDue()) >= 1);
      assert.equal((await admin(s, read, 'GET', `/admin/v1/accounts/${accountId}`)).status, 404);
    });
  });
}
