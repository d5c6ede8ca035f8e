// /admin/v1 devices and subscriptions on every database: grant without a code (with its event), list with seats and
// the devices holding them, extend, revoke (refused twice), disconnect a device freeing its seat, bad bodies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, connectApp, signUp } from '../support/journey.js';
import { admin, ensurePlan, operatorToken, outboxEvents } from './admin-support.js';

const PASSWORD = 'lantern-harbour-42';
const DAY = 86_400_000;

for (const db of databaseKinds()) {
  describe(`operator API: devices and subscriptions (${db})`, () => {
    let s: TestServer;
    let subs: string;
    let devices: string;
    before(async () => {
      s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
      subs = await operatorToken(s, ['subscriptions:write', 'plans:read']);
      devices = await operatorToken(s, ['devices:write']);
      await ensurePlan(s);
    });
    after(async () => {
      await s.close();
    });

    test('grant after payment: 201, the subscription, and a subscription.created event with source grant', async () => {
      const { accountId } = await signUp(s, { email: `shop@${db}.example`, password: PASSWORD });
      const r = await admin(s, subs, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, {
        planId: 'pro',
        termDays: 365,
        note: 'order 1001',
      });
      assert.equal(r.status, 201, r.raw);
      assert.equal(r.body.subscription.planId, 'pro');
      assert.equal(r.body.subscription.status, 'active');
      assert.equal(Date.parse(r.body.subscription.endsAt) - s.clock.now(), 365 * DAY);
      const events = await outboxEvents(s, 'subscription.created', accountId);
      assert.equal(events.length, 1);
      assert.equal(JSON.parse(events[0]!.payload).data.source, 'grant');
      const listed = await admin(s, subs, 'GET', `/admin/v1/accounts/${accountId}/subscriptions`);
      assert.equal(listed.body.items.length, 1);
      assert.equal((await admin(s, subs, 'GET', '/admin/v1/plans')).body.items[0].id, 'pro');
    });

    test('grant refusals: unknown plan 404 PLAN_NOT_FOUND, unknown account 404, bad bodies 400', async () => {
      const { accountId } = await signUp(s, { email: `refused@${db}.example`, password: PASSWORD });
      const url = `/admin/v1/accounts/${accountId}/subscriptions`;
      const noPlan = await admin(s, subs, 'POST', url, { planId: 'gold' });
      assert.equal(noPlan.status, 404);
      assert.equal(noPlan.body.error.code, 'PLAN_NOT_FOUND');
      const noAccount = await admin(s, subs, 'POST', '/admin/v1/accounts/acc_nobody/subscriptions', { planId: 'pro' });
      assert.equal(noAccount.body.error.code, 'ACCOUNT_NOT_FOUND');
      for (const body of [
        {},
        { planId: '' },
        { planId: 'PRO' },
        { planId: 'pro', termDays: -1 },
        { planId: 'pro', termDays: 1.5 },
        { planId: 'pro', termDays: '30' },
        { planId: 'pro', extra: true },
        { planId: 'pro', note: 'x'.repeat(501) },
        { planId: 'pro\u0000' },
        [],
      ]) {
        const r = await admin(s, subs, 'POST', url, body);
        assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.raw}`);
        assert.equal(r.body.error.code, 'VALIDATION_FAILED');
      }
      const text = await admin(s, subs, 'POST', url, 'pro');
      assert.equal(text.status, 415);
      assert.equal(text.body.error.code, 'UNSUPPORTED_MEDIA_TYPE');
      const notJson = await s.tessera.app.inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${subs}`, 'content-type': 'application/json' },
        payload: '{"planId":',
      });
      assert.equal(notJson.statusCode, 400);
      assert.equal((await admin(s, subs, 'GET', url)).body.items.length, 0, 'nothing was granted');
    });

    test('extend adds days (from now once ended); revoke once, then 409; unknown ids 404', async () => {
      const { accountId } = await signUp(s, { email: `extend@${db}.example`, password: PASSWORD });
      const granted = await admin(s, subs, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, {
        planId: 'pro',
        termDays: 10,
      });
      const id = granted.body.subscription.id as string;
      const end = Date.parse(granted.body.subscription.endsAt);
      const extended = await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/extend`, { days: 5 });
      assert.equal(extended.status, 200, extended.raw);
      assert.equal(Date.parse(extended.body.subscription.endsAt), end + 5 * DAY);
      s.clock.advance(20 * DAY);
      const expired = await admin(s, subs, 'GET', `/admin/v1/subscriptions/${id}`);
      assert.equal(expired.body.subscription.status, 'expired');
      const revived = await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/extend`, { days: 3 });
      assert.equal(Date.parse(revived.body.subscription.endsAt), s.clock.now() + 3 * DAY);
      assert.equal(revived.body.subscription.status, 'active');
      const revoked = await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/revoke`);
      assert.equal(revoked.body.subscription.status, 'revoked');
      const again = await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/revoke`);
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'OPERATION_REFUSED');
      assert.equal((await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/extend`, { days: 1 })).status, 409);
      assert.equal((await outboxEvents(s, 'subscription.revoked', accountId)).length, 1);
      for (const [method, url, body] of [
        ['POST', '/admin/v1/subscriptions/sub_nobody/revoke', undefined],
        ['POST', '/admin/v1/subscriptions/sub_nobody/extend', { days: 1 }],
        ['GET', '/admin/v1/subscriptions/sub_nobody', undefined],
      ] as const) {
        const r = await admin(s, subs, method, url, body);
        assert.equal(r.status, 404, url);
        assert.equal(r.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
      }
      for (const body of [{}, { days: 0 }, { days: 36_501 }, { days: 'x' }])
        assert.equal((await admin(s, subs, 'POST', `/admin/v1/subscriptions/${id}/extend`, body)).status, 400);
    });

    test('disconnecting a device frees its seat; its app is told at check-in; a second call changes nothing', async () => {
      const email = `device@${db}.example`;
      const { accountId } = await signUp(s, { email, password: PASSWORD });
      const granted = await admin(s, subs, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, { planId: 'pro' });
      const connected = await connectApp(s, { email, password: PASSWORD });
      assert.equal(connected.body.step, 'done', JSON.stringify(connected.body));
      const credential = connected.body.result!.deviceCredential as string;
      const listed = await admin(s, devices, 'GET', `/admin/v1/accounts/${accountId}/devices`);
      assert.equal(listed.body.items.length, 1);
      const deviceId = listed.body.items[0].id as string;
      const seatsBefore = await admin(s, subs, 'GET', `/admin/v1/subscriptions/${granted.body.subscription.id}`);
      assert.equal(seatsBefore.body.subscription.seatsUsed, 1);
      const r = await admin(s, devices, 'POST', `/admin/v1/accounts/${accountId}/devices/${deviceId}/disconnect`);
      assert.deepEqual(r.body, { disconnected: true });
      const seatsAfter = await admin(s, subs, 'GET', `/admin/v1/subscriptions/${granted.body.subscription.id}`);
      assert.equal(seatsAfter.body.subscription.seatsUsed, 0);
      const checkIn = await call(s, 'POST', '/v1/check-in', { credential });
      assert.equal(checkIn.body.error?.code, 'DEVICE_DISCONNECTED', JSON.stringify(checkIn.body));
      const again = await admin(s, devices, 'POST', `/admin/v1/accounts/${accountId}/devices/${deviceId}/disconnect`);
      assert.deepEqual(again.body, { disconnected: false });
      assert.equal((await outboxEvents(s, 'device.disconnected', accountId)).length, 1);
      const other = await signUp(s, { email: `other@${db}.example`, password: PASSWORD });
      const foreign = await admin(
        s,
        devices,
        'POST',
        `/admin/v1/accounts/${other.accountId}/devices/${deviceId}/disconnect`,
      );
      assert.equal(foreign.status, 404, 'a device is found only under its own account');
    });
  });
}
