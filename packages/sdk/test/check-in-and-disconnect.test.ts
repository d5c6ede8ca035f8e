// After connecting: status offline, check-in rotating the credential, the grace period, a device disconnected
// in the account, and disconnect() handing the shared credential to another app of the device.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { DEVICE_AFFINITY_HEADER, LICENSE_HELD_HEADER, licenseFingerprint } from '@tessera/protocol';
import type { TesseraClient } from '@tessera/sdk';
import { call } from '@tessera/server/testing';
import {
  appClient,
  expectStep,
  makeAccount,
  PASSWORD,
  startLiveServer,
  tempHome,
  useLiveServer,
} from './support/harness.js';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const HOUR = 3600_000;

async function connectWithPassword(app: TesseraClient, email: string) {
  const first = await app.connect();
  const step = first.kind === 'confirm_account' ? await first.useAnotherAccount() : first;
  return expectStep(await expectStep(step, 'credentials').submit({ email, password: PASSWORD }), 'done');
}

describe('check-in, offline status and disconnect', () => {
  const server = useLiveServer();

  test('check-in rotates the credential (the shared one too) and renews the token; the jitter stays within ±20%', async () => {
    await makeAccount(server(), { email: 'minh@example.com' });
    const home = tempHome();
    const app = appClient(server(), home, 'app.secure');
    const done = await connectWithPassword(app, 'minh@example.com');
    const before = json(join(home, 'apps', 'app.secure.json'));
    server().s.clock.advance(HOUR);
    const result = await app.checkIn();
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.outcome, 'VALID');
    assert.equal(result.status.plan, 'free');
    assert.ok(Date.parse(result.status.expiresAt) > Date.parse(done.status.expiresAt), 'a later expiry');
    const afterState = json(join(home, 'apps', 'app.secure.json'));
    assert.notEqual(afterState.credential, before.credential);
    assert.notEqual(afterState.licenseToken, before.licenseToken);
    assert.equal(afterState.lastCheckInAt, new Date(server().s.clock.now()).toISOString());
    assert.deepEqual(json(join(home, 'device.json')).shared, {
      appId: 'app.secure',
      credential: afterState.credential,
    });
    // The old credential is dead for auto-connect purposes; the new shared one still finds the account.
    expectStep(await appClient(server(), home, 'app.other').connect(), 'confirm_account');

    for (let i = 0; i < 200; i++) {
      const delay = app.nextCheckInDelay(result.nextCheckInSeconds);
      assert.ok(delay >= result.nextCheckInSeconds * 800 && delay <= result.nextCheckInSeconds * 1200, String(delay));
    }
  });

  test('a check-in carries the device id in a header for the load balancer, the same across rotations', async () => {
    await makeAccount(server(), { email: 'khoa@example.com' });
    const home = tempHome();
    const sent: (string | null)[] = [];
    const recording: typeof fetch = (input, init) => {
      if (String(input).endsWith('/v1/check-in')) sent.push(new Headers(init?.headers).get(DEVICE_AFFINITY_HEADER));
      return fetch(input, init);
    };
    const app = appClient(server(), home, 'app.secure', { fetch: recording });
    await connectWithPassword(app, 'khoa@example.com');
    const { deviceId } = json(join(home, 'apps', 'app.secure.json'));
    for (let i = 0; i < 2; i++) {
      server().s.clock.advance(HOUR);
      assert.ok((await app.checkIn()).ok);
    }
    assert.deepEqual(sent, [deviceId, deviceId]);
  });

  test('an unchanged check-in names the token held and gets a few bytes: credential and token stay, the time moves', async () => {
    await makeAccount(server(), { email: 'lan@example.com' });
    const home = tempHome();
    const exchanges: Array<{ held: string | null; answer: string }> = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (!String(input).endsWith('/v1/check-in')) return response;
      const answer = await response.clone().text();
      exchanges.push({ held: new Headers(init?.headers).get(LICENSE_HELD_HEADER), answer });
      return response;
    };
    const app = appClient(server(), home, 'app.secure', { fetch: recording });
    await connectWithPassword(app, 'lan@example.com');
    server().s.clock.advance(HOUR);
    assert.ok((await app.checkIn()).ok, 'the first check-in re-issues');
    const reissued = json(join(home, 'apps', 'app.secure.json'));
    server().s.clock.advance(HOUR);
    const result = await app.checkIn();
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.outcome, 'VALID');
    assert.equal(result.status.state, 'connected');
    const last = exchanges.at(-1)!;
    assert.equal(last.held, licenseFingerprint(reissued.licenseToken));
    assert.equal(JSON.parse(last.answer).unchanged, true);
    assert.ok(last.answer.length < 120, last.answer);
    const after = json(join(home, 'apps', 'app.secure.json'));
    assert.equal(after.credential, reissued.credential);
    assert.equal(after.licenseToken, reissued.licenseToken);
    assert.equal(after.lastCheckInAt, new Date(server().s.clock.now()).toISOString());
  });

  test('the credential goes as a bearer with no body; a server that refuses that form gets the body from then on', async () => {
    await makeAccount(server(), { email: 'hoa@example.com' });
    const sent: Array<{ bearer: boolean; body: boolean; refused: boolean }> = [];
    let older = false;
    // An older server refused the bearer form as invalid input before doing anything: that refusal, then the real one.
    const recording: typeof fetch = async (input, init) => {
      if (!String(input).endsWith('/v1/check-in')) return fetch(input, init);
      const bearer = new Headers(init?.headers).has('authorization');
      const refused = older && bearer;
      sent.push({ bearer, body: init?.body !== undefined, refused });
      if (refused)
        return new Response(JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'body must be object' } }), {
          status: 400,
          headers: { 'content-type': 'application/json' },
        });
      return fetch(input, init);
    };
    const app = appClient(server(), tempHome(), 'app.secure', { fetch: recording });
    await connectWithPassword(app, 'hoa@example.com');
    server().s.clock.advance(HOUR);
    assert.ok((await app.checkIn()).ok);
    assert.deepEqual(sent, [{ bearer: true, body: false, refused: false }]);

    older = true;
    const other = appClient(server(), tempHome(), 'app.secure', { fetch: recording });
    await connectWithPassword(other, 'hoa@example.com');
    sent.length = 0;
    for (let i = 0; i < 2; i++) {
      server().s.clock.advance(HOUR);
      assert.ok((await other.checkIn()).ok);
    }
    assert.deepEqual(sent, [
      { bearer: true, body: false, refused: true },
      { bearer: false, body: true, refused: false },
      { bearer: false, body: true, refused: false },
    ]);
  });

  test('offline: status() needs no server; past expiry the grace period keeps the app working, then it ends', async () => {
    const own = await startLiveServer();
    try {
      await makeAccount(own, { email: 'nam@example.com' });
      const app = appClient(own, tempHome(), 'app.secure');
      const done = await connectWithPassword(app, 'nam@example.com');
      await own.close();

      const offline = await app.status();
      assert.equal(offline.state, 'connected');
      const unreachable = await app.checkIn();
      assert.equal(unreachable.ok, false);
      assert.equal(!unreachable.ok && unreachable.code, 'UNREACHABLE');
      assert.equal(unreachable.status.state, 'connected', 'the offline status comes with it');

      own.s.clock.set(Date.parse(done.status.expiresAt) + 1000);
      const grace = await app.status();
      assert.equal(grace.state, 'connected');
      assert.equal(grace.state === 'connected' && grace.inGrace, true);
      own.s.clock.set(Date.parse(done.status.graceUntil));
      const over = await app.status();
      assert.equal(over.state === 'not_connected' && over.reason, 'TOKEN_EXPIRED');
    } finally {
      await own.close();
    }
  });

  test('a server shedding load: UNREACHABLE with its wait, the app still connected and its state kept; later it checks in', async () => {
    const own = await startLiveServer({
      overrides: { checkIn: { shedAfterLagMs: 50, shedRetryAfterSeconds: 30 } },
    });
    try {
      await makeAccount(own, { email: 'phuong@example.com' });
      const home = tempHome();
      const app = appClient(own, home, 'app.secure');
      await connectWithPassword(app, 'phuong@example.com');
      const state = json(join(home, 'apps', 'app.secure.json'));
      // The server runs in this process: keeping the loop busy makes it late, as a burst of check-ins would.
      const until = performance.now() + 300;
      while (performance.now() < until);
      await sleep(1);
      const busy = await app.checkIn();
      assert.equal(!busy.ok && busy.code, 'UNREACHABLE', JSON.stringify(busy));
      const wait = !busy.ok ? busy.retryAfterSeconds : undefined;
      assert.ok(wait !== undefined && wait >= 30 && wait < 60, `the server's wait: ${wait}`);
      assert.equal(busy.status.state, 'connected', 'the app keeps working on the token it holds');
      assert.deepEqual(json(join(home, 'apps', 'app.secure.json')), state, 'nothing stored changed');
      let later = busy;
      for (let i = 0; i < 250 && !later.ok; i++) {
        await sleep(20);
        later = await app.checkIn();
      }
      assert.equal(later.ok, true, JSON.stringify(later));
    } finally {
      await own.close();
    }
  });

  test('a device disconnected in the account: check-in says DEVICE_DISCONNECTED and the app is no longer connected', async () => {
    const { token } = await makeAccount(server(), { email: 'nga@example.com' });
    const home = tempHome();
    const app = appClient(server(), home, 'app.secure');
    const done = await connectWithPassword(app, 'nga@example.com');
    const r = await call(server().s, 'POST', `/v1/devices/${done.status.deviceId}/disconnect`, undefined, { token });
    assert.equal(r.status, 200);
    assert.equal((await app.status()).state, 'connected', 'offline, the app cannot know before it checks in');
    // Another app finds the (now revoked) shared credential: the server starts it at the password instead.
    expectStep(await appClient(server(), home, 'app.vpn').connect(), 'credentials');

    const result = await app.checkIn();
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.code, 'DEVICE_DISCONNECTED');
    assert.equal(result.status.state === 'not_connected' && result.status.reason, 'DISCONNECTED');
    assert.equal(existsSync(join(home, 'apps', 'app.secure.json')), false, "the app's state is gone");
    assert.equal(json(join(home, 'device.json')).shared, null, 'its credential is no longer offered to other apps');

    // Another process (a fresh client) still says why.
    const later = await appClient(server(), home, 'app.secure').status();
    assert.equal(later.state === 'not_connected' && later.reason, 'DISCONNECTED');
    const again = await app.checkIn();
    assert.equal(!again.ok && again.code, 'NOT_CONNECTED');

    // Connecting again starts with the password (the device's credentials are revoked) and clears the mark.
    expectStep(await app.connect(), 'credentials');
    await connectWithPassword(app, 'nga@example.com');
    assert.equal(json(join(home, 'device.json')).endedApps, undefined);
  });

  test('keys rotated on the server: check-in fetches the new key set, and the new token verifies offline', async () => {
    await makeAccount(server(), { email: 'quynh@example.com' });
    const home = tempHome();
    const app = appClient(server(), home, 'app.secure');
    await connectWithPassword(app, 'quynh@example.com');
    const kidOf = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid as string;
    const oldKid = kidOf(json(join(home, 'apps', 'app.secure.json')).licenseToken);
    const newKid = await server().s.tessera.services.signingKeys.rotate();
    const result = await app.checkIn();
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(kidOf(json(join(home, 'apps', 'app.secure.json')).licenseToken), newKid);
    const [keyFile] = readdirSync(join(home, 'keys'));
    const kids = json(join(home, 'keys', keyFile!)).keys.map((k: { kid: string }) => k.kid);
    assert.ok(kids.includes(newKid) && kids.includes(oldKid), 'the retired key stays while its tokens live');
  });

  test('a credential the server does not know: check-in says DEVICE_CREDENTIAL_INVALID and the shared credential passes on', async () => {
    await makeAccount(server(), { email: 'rang@example.com' });
    const home = tempHome();
    const secure = appClient(server(), home, 'app.secure');
    const vpn = appClient(server(), home, 'app.vpn');
    await connectWithPassword(secure, 'rang@example.com');
    expectStep(await expectStep(await vpn.connect(), 'confirm_account').confirm(), 'done');
    const file = join(home, 'apps', 'app.vpn.json');
    writeFileSync(file, JSON.stringify({ ...json(file), credential: 'tdc_forged' }), { mode: 0o600 });
    const result = await vpn.checkIn();
    assert.equal(!result.ok && result.code, 'DEVICE_CREDENTIAL_INVALID');
    assert.equal(result.status.state === 'not_connected' && result.status.reason, 'DISCONNECTED');
    assert.equal(json(join(home, 'device.json')).shared.appId, 'app.secure');
    assert.ok((await secure.checkIn()).ok);
  });

  test('disconnect() ends only this app, hands the shared credential to another app of the device, then clears it', async () => {
    await makeAccount(server(), { email: 'oanh@example.com' });
    const home = tempHome();
    const secure = appClient(server(), home, 'app.secure');
    const vpn = appClient(server(), home, 'app.vpn');
    await connectWithPassword(secure, 'oanh@example.com');
    expectStep(await expectStep(await vpn.connect(), 'confirm_account').confirm(), 'done');
    assert.equal(json(join(home, 'device.json')).shared.appId, 'app.vpn');
    const vpnCredential = json(join(home, 'apps', 'app.vpn.json')).credential;

    await vpn.disconnect();
    const gone = await vpn.status();
    assert.equal(gone.state === 'not_connected' && gone.reason, 'NO_CREDENTIAL');
    assert.equal(
      (await call(server().s, 'POST', '/v1/check-in', { credential: vpnCredential })).body.error.code,
      'DEVICE_DISCONNECTED',
      'ended on the server',
    );
    const secureState = json(join(home, 'apps', 'app.secure.json'));
    assert.deepEqual(
      json(join(home, 'device.json')).shared,
      { appId: 'app.secure', credential: secureState.credential },
      'handed over',
    );
    assert.equal((await secure.status()).state, 'connected');
    const checked = await secure.checkIn();
    assert.ok(checked.ok, 'the other app is still connected on the server');

    // A third app still auto-connects through the handed-over credential.
    expectStep(await appClient(server(), home, 'app.kids').connect(), 'confirm_account');

    await secure.disconnect();
    assert.equal(json(join(home, 'device.json')).shared, null, 'nobody left to share');
    expectStep(await appClient(server(), home, 'app.kids').connect(), 'credentials');
    await secure.disconnect();
  });
});
