// A second app on the same device connects with the account found there; a new account connects with its session.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, call, connectApp, latestCode, nodeNames, signUp, startFlow, submit } from '../support/journey.js';
import { mintCodes } from '../licensing/licensing-support.js';

const PASSWORD = 'lantern-harbour-42';
const DEVICE = { name: 'Laptop', platform: 'linux' };

for (const db of databaseKinds()) {
  describe(`auto-connect on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('the account found on the device → Connect → same device, one seat, no password and no SMS', async () => {
      const email = 'son@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      await addPhone(s, token, '+12015550111', PASSWORD);
      const { codes } = await mintCodes(s, 'personal', 1);
      await call(s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token });

      const first = await connectApp(s, { email, password: PASSWORD, appId: 'app.secure' });
      const firstDone = await submit(s, first.body.flow.id, {
        step: 'second_factor',
        action: 'verify',
        code: await latestCode(s, '+12015550111'),
      });
      const a = firstDone.body.result!;
      assert.equal(a.license!.plan, 'personal');

      const flow = await startFlow(s, {
        kind: 'connect',
        appId: 'app.vpn',
        device: DEVICE,
        deviceCredential: a.deviceCredential,
      });
      assert.equal(flow.body.step, 'confirm_account');
      assert.deepEqual(nodeNames(flow.body), ['account', 'connect', 'use_another_account']);
      assert.match(flow.body.ui.nodes[0]!.label!.text, /^Account s•••@example\.com found/);
      const done = await submit(s, flow.body.flow.id, { step: 'confirm_account', action: 'connect' });
      assert.equal(done.body.step, 'done', JSON.stringify(done.body));
      assert.equal(done.body.result!.device!.id, a.device!.id, 'the same device');
      assert.equal(done.body.result!.license!.plan, 'personal');
      assert.notEqual(done.body.result!.deviceCredential, a.deviceCredential, 'each app has its own credential');
      const subs = await call(s, 'GET', '/v1/subscriptions', undefined, { token });
      assert.equal(subs.body.subscriptions[0].seats.used, 1, 'one device, one seat, however many apps');

      // Disconnecting one app leaves the other connected and the seat taken.
      assert.equal(
        (await call(s, 'POST', '/v1/connections/disconnect', { credential: done.body.result!.deviceCredential }))
          .status,
        200,
      );
      assert.equal((await call(s, 'POST', '/v1/check-in', { credential: a.deviceCredential })).body.outcome, 'VALID');
      assert.equal(
        (await call(s, 'GET', '/v1/subscriptions', undefined, { token })).body.subscriptions[0].seats.used,
        1,
      );
    });

    test('"use another account" goes to the password; a revoked shared credential starts the normal journey', async () => {
      const email = 'tam@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      const a = (await connectApp(s, { email, password: PASSWORD, appId: 'app.secure' })).body.result!;
      const other = await startFlow(s, {
        kind: 'connect',
        appId: 'app.vpn',
        device: DEVICE,
        deviceCredential: a.deviceCredential,
      });
      const declined = await submit(s, other.body.flow.id, { step: 'confirm_account', action: 'use_another_account' });
      assert.equal(declined.body.step, 'credentials');

      await call(s, 'POST', `/v1/devices/${a.device!.id}/disconnect`, undefined, { token });
      const revoked = await startFlow(s, {
        kind: 'connect',
        appId: 'app.vpn',
        device: DEVICE,
        deviceCredential: a.deviceCredential,
      });
      assert.equal(revoked.body.step, 'credentials');
      const forged = await startFlow(s, {
        kind: 'connect',
        appId: 'app.vpn',
        device: DEVICE,
        deviceCredential: 'tdc_forged',
      });
      assert.equal(forged.body.step, 'credentials');
    });

    test('right after sign-up an app connects with the session, without the password again', async () => {
      const { token } = await signUp(s, { email: 'uyen@example.com', password: PASSWORD });
      const flow = await s.tessera.app.inject({
        method: 'POST',
        url: '/v1/flows',
        headers: { authorization: `Bearer ${token}` },
        payload: { kind: 'connect', appId: 'app.secure', device: DEVICE },
      });
      const body = JSON.parse(flow.body);
      assert.equal(body.step, 'done');
      assert.equal(body.result.license.plan, 'free');
      const bad = await s.tessera.app.inject({
        method: 'POST',
        url: '/v1/flows',
        headers: { authorization: 'Bearer tss_expired' },
        payload: { kind: 'connect', appId: 'app.secure', device: DEVICE },
      });
      assert.equal(bad.statusCode, 401);
    });
  });
}

describe('the device limit per account', () => {
  test('a new device past the limit is refused; an app joining a connected device is not', async () => {
    const s = await startTestServer({ db: 'sqlite', overrides: { licensing: { maxDevicesPerAccount: 2 } } });
    try {
      const email = 'vinh@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      const first = (await connectApp(s, { email, password: PASSWORD, appId: 'app.one' })).body.result!;
      assert.ok(first.deviceCredential);
      assert.equal((await connectApp(s, { email, password: PASSWORD, appId: 'app.two' })).body.step, 'done');
      const third = await connectApp(s, { email, password: PASSWORD, appId: 'app.three' });
      assert.equal(third.status, 409);
      assert.equal(third.body.error!.code, 'DEVICE_LIMIT_REACHED');
      assert.equal(third.body.step, 'credentials');
      const joined = await startFlow(s, {
        kind: 'connect',
        appId: 'app.three',
        device: DEVICE,
        deviceCredential: first.deviceCredential,
      });
      assert.equal(
        (await submit(s, joined.body.flow.id, { step: 'confirm_account', action: 'connect' })).body.step,
        'done',
      );
      await call(s, 'POST', `/v1/devices/${first.device!.id}/disconnect`, undefined, { token });
      assert.equal(
        (await connectApp(s, { email, password: PASSWORD, appId: 'app.four' })).body.step,
        'done',
        'disconnecting frees a place',
      );
    } finally {
      await s.close();
    }
  });
});
