// Connecting an app: regional data statement, license token verified against the published keys, check-in, disconnect.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, connectApp, nodeNames, signUp, startFlow, submit } from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';

async function verify(s: TestServer, token: string, appId: string) {
  const jwks = createLocalJWKSet((await call(s, 'GET', '/v1/keys')).body);
  return jwtVerify(token, jwks, { algorithms: ['EdDSA'], audience: appId, currentDate: new Date(s.clock.now()) });
}

for (const db of databaseKinds()) {
  describe(`connect, consent and check-in on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('statement for the region → consent step → accepted → new version → asked again', async () => {
      const email = 'linh@example.vn';
      await signUp(s, { email, password: PASSWORD, country: 'VN' });
      const v1 = await s.tessera.services.consent.publish({
        region: 'VN',
        locale: 'vi',
        title: 'Tuyên bố về cung cấp dữ liệu',
        body: 'Nội dung v1',
      });
      await s.tessera.services.consent.publish({
        region: 'VN',
        locale: 'en',
        title: 'Statement on the provision of data',
        body: 'Text v1',
        version: 1,
      });
      assert.ok(v1.ok);

      const flow = await startFlow(s, {
        kind: 'connect',
        locale: 'vi',
        appId: 'app.secure',
        device: { name: 'Laptop', platform: 'linux' },
      });
      const consent = await submit(s, flow.body.flow.id, { step: 'credentials', email, password: PASSWORD });
      assert.equal(consent.body.step, 'consent');
      assert.deepEqual(nodeNames(consent.body), ['statement_title', 'statement_body', 'version', 'accept', 'decline']);
      assert.equal(consent.body.ui.nodes[0]!.label!.text, 'Tuyên bố về cung cấp dữ liệu');
      assert.equal(consent.body.ui.nodes.find((n) => n.name === 'accept')!.label!.text, 'Chấp nhận và kết nối');

      const outdated = await submit(s, flow.body.flow.id, { step: 'consent', action: 'accept', version: 7 });
      assert.equal(outdated.body.error!.code, 'STATEMENT_OUTDATED');
      const declined = await submit(s, flow.body.flow.id, { step: 'consent', action: 'decline', version: 1 });
      assert.equal(declined.body.error!.code, 'CONSENT_DECLINED');
      const done = await submit(s, flow.body.flow.id, { step: 'consent', action: 'accept', version: 1 });
      assert.equal(done.body.step, 'done');
      const accepted = await s.tessera.services.consent.acceptances(done.body.result!.account!.id);
      assert.equal(accepted.length, 1);
      assert.equal(accepted[0]!.deviceId, done.body.result!.device!.id);
      assert.equal(accepted[0]!.appId, 'app.secure');

      assert.equal(
        (await connectApp(s, { email, password: PASSWORD, appId: 'app.vpn' })).body.step,
        'done',
        'accepted once is enough',
      );
      await s.tessera.services.consent.publish({
        region: 'VN',
        locale: 'vi',
        title: 'Tuyên bố v2',
        body: 'Nội dung v2',
      });
      assert.equal(
        (await connectApp(s, { email, password: PASSWORD, appId: 'app.kids' })).body.step,
        'consent',
        'a new version asks again',
      );
    });

    test('the license token verifies offline with the key set; check-in rotates the credential', async () => {
      const email = 'minh@example.com';
      await signUp(s, { email, password: PASSWORD, country: 'US' });
      const done = await connectApp(s, { email, password: PASSWORD, appId: 'app.secure' });
      const license = done.body.result!.license!;
      assert.equal(license.plan, 'free');
      // The first token of a fresh server verifies at once: its key is in the key set straight away.
      const { payload, protectedHeader } = await verify(s, license.token, 'app.secure');
      assert.equal(protectedHeader.alg, 'EdDSA');
      assert.equal(payload.device, done.body.result!.device!.id);
      assert.equal(payload.app, 'app.secure');
      assert.equal(payload.plan, 'free');
      assert.equal(payload.sub, done.body.result!.account!.id);
      assert.ok(typeof payload.grace === 'number' && payload.grace > 0);

      const first = done.body.result!.deviceCredential!;
      const checked = await call(s, 'POST', '/v1/check-in', { credential: first });
      assert.equal(checked.status, 200, JSON.stringify(checked.body));
      assert.equal(checked.body.outcome, 'VALID');
      assert.notEqual(checked.body.deviceCredential, first);
      await verify(s, checked.body.license.token, 'app.secure');

      const second = await call(s, 'POST', '/v1/check-in', { credential: checked.body.deviceCredential });
      assert.equal(second.status, 200);
      s.clock.advance(5 * 60_000);
      const stale = await call(s, 'POST', '/v1/check-in', { credential: first });
      assert.equal(stale.status, 401);
      assert.equal(stale.body.error.code, 'DEVICE_CREDENTIAL_INVALID');
      const garbage = await call(s, 'POST', '/v1/check-in', { credential: 'tdc_nope' });
      assert.equal(garbage.body.error.code, 'DEVICE_CREDENTIAL_INVALID');
    });

    test('a device disconnected in the account is refused at its next check-in', async () => {
      const email = 'nga@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD, country: 'US' });
      const done = await connectApp(s, {
        email,
        password: PASSWORD,
        appId: 'app.secure',
        device: { name: 'Old phone', platform: 'android' },
      });
      const list = await call(s, 'GET', '/v1/devices', undefined, { token });
      assert.equal(list.body.devices.length, 1);
      assert.equal(list.body.devices[0].apps[0].appId, 'app.secure');
      assert.equal(
        (await call(s, 'PATCH', `/v1/devices/${done.body.result!.device!.id}`, { name: 'Phone (2019)' }, { token }))
          .status,
        200,
      );
      assert.equal(
        (await call(s, 'POST', `/v1/devices/${done.body.result!.device!.id}/disconnect`, undefined, { token })).status,
        200,
      );
      const refused = await call(s, 'POST', '/v1/check-in', { credential: done.body.result!.deviceCredential });
      assert.equal(refused.status, 401);
      assert.equal(refused.body.error.code, 'DEVICE_DISCONNECTED');
      const again = await call(s, 'POST', `/v1/devices/${done.body.result!.device!.id}/disconnect`, undefined, {
        token,
      });
      assert.equal(again.status, 404);
    });

    test('keys rotate without breaking tokens already issued', async () => {
      const email = 'oanh@example.com';
      await signUp(s, { email, password: PASSWORD, country: 'US' });
      const before = (await connectApp(s, { email, password: PASSWORD, appId: 'app.secure' })).body.result!;
      const oldKid = decodeProtectedHeader(before.license!.token).kid;
      const newKid = await s.tessera.services.signingKeys.rotate();
      assert.notEqual(newKid, oldKid);
      await verify(s, before.license!.token, 'app.secure');
      const after = await call(s, 'POST', '/v1/check-in', { credential: before.deviceCredential });
      assert.equal(decodeProtectedHeader(after.body.license.token).kid, newKid);
      const keys = (await call(s, 'GET', '/v1/keys')).body.keys.map((k: { kid: string }) => k.kid);
      assert.ok(keys.includes(oldKid) && keys.includes(newKid));
      s.clock.advance((24 + 72) * 3600_000 + 1000);
      const later = (await call(s, 'GET', '/v1/keys')).body.keys.map((k: { kid: string }) => k.kid);
      assert.ok(!later.includes(oldKid), 'a retired key leaves once its tokens have expired');
    });
  });
}
