// RFC 8628 in-process on every database: the device asks and polls, the person answers on /activate; approve, deny,
// expiry, reuse, slow_down's growing interval, unknown codes, and approval by whoever is signed in.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signUp } from '../support/journey.js';
import { formFields, PortalClient, textOf } from '../portal/portal-client.js';
import { askForCode, continueOnActivate, PASSWORD, poll, pollLater, signedInBrowser } from './device-code-support.js';

for (const db of databaseKinds()) {
  describe(`device authorization (RFC 8628) on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, overrides: { baseUrl: 'https://id.example.com' } });
      await signUp(s, { email: 'an@example.com', password: PASSWORD });
      await signUp(s, { email: 'binh@example.com', password: PASSWORD });
    });
    after(async () => {
      await s.close();
    });

    test('the code: 8 unambiguous characters as XXXX-XXXX, the portal URL, lifetime and interval', async () => {
      const code = await askForCode(s);
      assert.match(code.user_code, /^[34679ACDEFGHJKMNPQRTWXY]{4}-[34679ACDEFGHJKMNPQRTWXY]{4}$/);
      assert.equal(code.verification_uri, 'https://id.example.com/activate');
      assert.equal(code.verification_uri_complete, `https://id.example.com/activate?code=${code.user_code}`);
      assert.equal(code.expires_in, 600);
      assert.equal(code.interval, 5);
      assert.ok(code.device_code.length > 40);
      // Only keyed hashes are stored.
      const rows = await s.tessera.database.db.selectFrom('device_grants').selectAll().execute();
      const stored = JSON.stringify(rows);
      assert.ok(!stored.includes(code.device_code) && !stored.includes(code.user_code.replace('-', '')));
    });

    test('approve: pending until the person approves, then the connect result once, then invalid_grant', async () => {
      const code = await askForCode(s);
      const pending = await poll(s, code.device_code);
      assert.equal(pending.status, 400);
      assert.deepEqual(pending.body, {
        error: 'authorization_pending',
        error_description: pending.body.error_description,
        interval: 5,
      });

      const browser = await signedInBrowser(s, 'an@example.com');
      // Forgiving input: lower case, no dash.
      const typed = code.user_code.replace('-', '').toLowerCase();
      const request = await browser.get(`/activate?code=${typed}`);
      const text = textOf(request);
      assert.match(text, /app\.tv on “Living-room TV” \(tvos\) asks to connect/);
      assert.match(text, /The request came from 203\.0\.113\.7/);
      assert.match(text, /Approving connects it to an@example\.com/);

      const step = await continueOnActivate(browser, typed);
      assert.equal(formFields(step, '/activate/flow').step, 'approve_device');
      assert.equal((await pollLater(s, code)).body.error, 'authorization_pending');

      const approved = await browser.submit(step, '/activate/flow', { action: 'approve' });
      assert.equal(approved.status, 303);
      const done = await browser.follow(approved);
      assert.match(textOf(done), /The device is connected/);
      // The browser never sees the device's credential.
      assert.ok(!done.body.includes('tdc_'));

      const taken = await pollLater(s, code);
      assert.equal(taken.status, 200, JSON.stringify(taken.body));
      const { result } = taken.body;
      assert.equal(result.account.email, 'an@example.com');
      assert.equal(result.device.name, 'Living-room TV');
      assert.equal(result.connection.appId, 'app.tv');
      assert.match(result.deviceCredential, /^tdc_/);
      assert.equal(result.license.plan, 'free');
      const checkIn = await call(s, 'POST', '/v1/check-in', { credential: result.deviceCredential });
      assert.equal(checkIn.status, 200, JSON.stringify(checkIn.body));

      // Single use: the result is handed out once, and the code is spent for the portal too.
      assert.equal((await pollLater(s, code)).body.error, 'invalid_grant');
      const again = await browser.get(`/activate?code=${typed}`);
      assert.equal(again.status, 400);
      assert.match(textOf(again), /not valid or has expired/);
    });

    test('deny from the request page, and from the last step: the device gets access_denied', async () => {
      const first = await askForCode(s);
      const browser = await signedInBrowser(s, 'an@example.com');
      const request = await browser.get(`/activate?code=${first.user_code}`);
      const denied = await browser.submit(request, '/activate/deny');
      assert.equal(denied.status, 200);
      assert.match(textOf(denied), /The device was not connected/);
      assert.equal((await pollLater(s, first)).body.error, 'access_denied');

      const second = await askForCode(s);
      const step = await continueOnActivate(browser, second.user_code);
      const deniedAtStep = await browser.submit(step, '/activate/flow', { action: 'deny' });
      assert.equal(deniedAtStep.status, 200);
      assert.match(textOf(deniedAtStep), /The device was not connected/);
      assert.equal((await pollLater(s, second)).body.error, 'access_denied');
    });

    test('expiry: expired_token for the device, an invalid code on /activate, and no late approval', async () => {
      const code = await askForCode(s);
      const browser = await signedInBrowser(s, 'an@example.com');
      const step = await continueOnActivate(browser, code.user_code);
      s.clock.advance(601_000);
      assert.equal((await poll(s, code.device_code)).body.error, 'expired_token');
      const late = await browser.submit(step, '/activate/flow', { action: 'approve' });
      assert.equal(late.status, 409);
      assert.match(textOf(late), /already been answered or has expired/);
      assert.equal((await poll(s, code.device_code)).body.error, 'expired_token');
      const page = await browser.get(`/activate?code=${code.user_code}`);
      assert.equal(page.status, 400);
    });

    test('slow_down: each poll sooner than the interval adds 5 seconds, which the device must keep', async () => {
      const code = await askForCode(s);
      assert.equal((await poll(s, code.device_code)).body.interval, 5);
      const fast = await poll(s, code.device_code);
      assert.deepEqual([fast.body.error, fast.body.interval], ['slow_down', 10]);
      s.clock.advance(6_000);
      const stillFast = await poll(s, code.device_code);
      assert.deepEqual([stillFast.body.error, stillFast.body.interval], ['slow_down', 15]);
      s.clock.advance(15_000);
      const patient = await poll(s, code.device_code);
      assert.deepEqual([patient.body.error, patient.body.interval], ['authorization_pending', 15]);
    });

    test('a generic RFC 8628 client polls with a form (grant_type, client_id); a name sent twice is refused', async () => {
      const code = await askForCode(s);
      const form = (payload: string) =>
        s.tessera.app.inject({
          method: 'POST',
          url: '/v1/device/token',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          payload,
        });
      const grant = encodeURIComponent('urn:ietf:params:oauth:grant-type:device_code');
      const pending = await form(`grant_type=${grant}&device_code=${code.device_code}&client_id=app.tv`);
      assert.deepEqual([pending.statusCode, pending.json().error], [400, 'authorization_pending']);
      const twice = await form(`device_code=${code.device_code}&device_code=${code.device_code}`);
      assert.deepEqual([twice.statusCode, twice.json().error.code], [400, 'VALIDATION_FAILED']);
    });

    test('unknown and malformed device codes', async () => {
      const unknown = await poll(s, `tdg_${'A'.repeat(43)}`);
      assert.deepEqual([unknown.status, unknown.body.error], [400, 'invalid_grant']);
      assert.equal((await poll(s, 'nonsense')).body.error, 'invalid_grant');
      const broken = await call(s, 'POST', '/v1/device/token', { device_code: 1 });
      assert.equal(broken.body.error.code, 'VALIDATION_FAILED');
      const badBody = await call(s, 'POST', '/v1/device/code', { appId: 'app.tv' });
      assert.equal(badBody.body.error.code, 'VALIDATION_FAILED');
      const typo = await (await signedInBrowser(s, 'an@example.com')).get('/activate?code=OOOO-1111');
      assert.equal(typo.status, 400);
    });

    test('a code entered on another account’s session approves for that account, as the page says', async () => {
      const code = await askForCode(s);
      // The device's owner meant an@…, but this browser is signed in as binh@…: the page names binh@… before anything.
      const browser = await signedInBrowser(s, 'binh@example.com');
      const request = await browser.get(`/activate?code=${code.user_code}`);
      assert.match(textOf(request), /Approving connects it to binh@example\.com/);
      const step = await continueOnActivate(browser, code.user_code);
      assert.match(textOf(step), /Approving connects it to binh@example\.com/);
      await browser.submit(step, '/activate/flow', { action: 'approve' });
      const taken = await pollLater(s, code);
      assert.equal(taken.body.result.account.email, 'binh@example.com');
    });

    test('signed out: the request page leads to sign-in and back', async () => {
      const code = await askForCode(s);
      const browser = new PortalClient(s);
      const page = await browser.get(`/activate?code=${code.user_code}`);
      assert.equal(page.status, 200);
      assert.match(page.body, /href="\/sign-in\?next=%2Factivate%3Fcode%3D/);
      const continueUnsigned = await browser.post('/activate', { code: code.user_code, _csrf: 'x' });
      assert.notEqual(continueUnsigned.status, 303);
    });
  });
}
