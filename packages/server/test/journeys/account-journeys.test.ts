// Recovery, connect, the authenticator factor, sessions and password changes, on every database.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { totpCode } from '../../src/identity/index.js';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import {
  addPhone,
  call,
  connectApp,
  latestCode,
  outboxCount,
  signInWithPassword,
  signUp,
  startFlow,
  submit,
} from '../support/journey.js';

const PASSWORD = 'lantern-harbour-42';
const NEW_PASSWORD = 'quiet-meadow-river-7';

for (const db of databaseKinds()) {
  describe(`account journeys on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('recovery: email code, then the SMS factor, then a new password; other sessions end', async () => {
      const email = 'carol@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      const phone = await addPhone(s, token, '+84912345678', PASSWORD);
      const flow = await startFlow(s, { kind: 'recovery' });
      const id = flow.body.flow.id;
      const identified = await submit(s, id, { step: 'identify', email });
      assert.equal(identified.body.step, 'verify_code');
      assert.ok(
        identified.body.ui.messages.some((m) => m.id === 1200111),
        'the code-sent notice reaches the code step',
      );
      const code = await latestCode(s, email);
      const verified = await submit(s, id, { step: 'verify_code', action: 'verify', code });
      assert.equal(verified.body.step, 'second_factor', 'an emailed code never bypasses the second factor');
      const sms = await latestCode(s, phone);
      const factor = await submit(s, id, { step: 'second_factor', action: 'verify', code: sms });
      assert.equal(factor.body.step, 'new_password');
      const common = await submit(s, id, { step: 'new_password', password: 'password123' });
      assert.equal(common.body.error!.code, 'PASSWORD_TOO_COMMON');
      const done = await submit(s, id, { step: 'new_password', password: NEW_PASSWORD });
      assert.equal(done.body.step, 'done');
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token })).status, 401, 'the old session ended');
      assert.equal((await signInWithPassword(s, email, PASSWORD)).body.error!.code, 'CREDENTIALS_INVALID');
      assert.equal((await signInWithPassword(s, email, NEW_PASSWORD)).body.step, 'second_factor');
    });

    test('recovery for an unknown address looks the same and no code ever works', async () => {
      const known = await submit(s, (await startFlow(s, { kind: 'recovery' })).body.flow.id, {
        step: 'identify',
        email: 'carol@example.com',
      });
      const flow = await startFlow(s, { kind: 'recovery' });
      const unknown = await submit(s, flow.body.flow.id, { step: 'identify', email: 'nobody-here@example.com' });
      assert.equal(unknown.status, known.status);
      assert.deepEqual(unknown.body.ui.nodes, known.body.ui.nodes);
      assert.equal(await outboxCount(s, 'nobody-here@example.com'), 0);
      const guess = await submit(s, flow.body.flow.id, { step: 'verify_code', action: 'verify', code: '123456' });
      assert.equal(guess.body.error!.code, 'CODE_INVALID');
    });

    test('sign-up with an existing address sends a notice, not a code, and looks the same', async () => {
      await signUp(s, { email: 'dave@example.com', password: PASSWORD });
      const flow = await startFlow(s, { kind: 'sign_up' });
      const again = await submit(s, flow.body.flow.id, {
        step: 'details',
        email: 'dave@example.com',
        password: NEW_PASSWORD,
        country: 'VN',
      });
      assert.equal(again.body.step, 'verify_email');
      const [notice] = await s.tessera.stores.outbox.list({ limit: 1, to: 'dave@example.com' });
      assert.equal(notice!.purpose, 'signup_existing');
      assert.doesNotMatch(notice!.body, /\b\d{6}\b/);
    });

    test('connect: credentials → done with a device credential on the Free plan', async () => {
      await signUp(s, { email: 'erin@example.com', password: PASSWORD });
      const done = await connectApp(s, { email: 'erin@example.com', password: PASSWORD, appId: 'app.vpn' });
      assert.equal(done.body.step, 'done');
      assert.equal(done.body.result!.connection!.plan, 'free');
      assert.match(done.body.result!.deviceCredential!, /^tdc_/);
      const stored = await s.tessera.stores.devices.listDevices(done.body.result!.account!.id);
      assert.equal(stored.length, 1);
      const [connection] = await s.tessera.stores.devices.listConnections(stored[0]!.id);
      assert.notEqual(connection!.credentialHash, done.body.result!.deviceCredential, 'only a keyed hash is stored');
    });

    test('authenticator: set up with a code, then sign-in asks for it; a code works once', async () => {
      const email = 'frank@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      const setup = await call(s, 'POST', '/v1/account/totp', { password: PASSWORD }, { token });
      assert.equal(setup.status, 200);
      const secret = setup.body.totp.secret as string;
      assert.match(setup.body.totp.uri, /^otpauth:\/\/totp\//);
      const enabled = await call(
        s,
        'POST',
        '/v1/account/totp/verify',
        { code: totpCode(secret, s.clock.now()) },
        { token },
      );
      assert.equal(enabled.status, 200);

      s.clock.advance(30_000);
      const signIn = await signInWithPassword(s, email, PASSWORD);
      assert.equal(signIn.body.step, 'second_factor');
      assert.deepEqual(
        signIn.body.ui.nodes.map((n) => n.name),
        ['code', 'verify'],
      );
      const code = totpCode(secret, s.clock.now());
      const done = await submit(s, signIn.body.flow.id, { step: 'second_factor', action: 'verify', code });
      assert.equal(done.body.step, 'done');
      const again = await signInWithPassword(s, email, PASSWORD);
      const replay = await submit(s, again.body.flow.id, { step: 'second_factor', action: 'verify', code });
      assert.equal(replay.body.error!.code, 'CODE_INVALID', 'a TOTP code is accepted once');
      const events = await call(s, 'GET', '/v1/account/events', undefined, { token });
      assert.ok(events.body.events.some((e: { type: string }) => e.type === 'totp.enabled'));
    });

    test('sessions: list, sign out everywhere; a password change ends the others', async () => {
      const email = 'grace@example.com';
      const { token: first } = await signUp(s, { email, password: PASSWORD });
      const second = (await signInWithPassword(s, email, PASSWORD)).body.result!.session!.token;
      const list = await call(s, 'GET', '/v1/sessions', undefined, { token: first });
      assert.equal(list.body.sessions.length, 2);
      assert.equal(list.body.sessions.filter((x: { current: boolean }) => x.current).length, 1);

      const changed = await call(
        s,
        'POST',
        '/v1/account/password',
        { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
        { token: first },
      );
      assert.equal(changed.status, 200);
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token: second })).status, 401);
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token: first })).status, 200);

      const third = (await signInWithPassword(s, email, NEW_PASSWORD)).body.result!.session!.token;
      const all = await call(s, 'POST', '/v1/sessions/revoke-all', {}, { token: third });
      assert.equal(all.body.revoked, 2);
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token: first })).status, 401);
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token: third })).status, 401);
    });

    test('the same SMS code cannot be used by two racing submissions', async () => {
      const email = 'heidi@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      const phone = await addPhone(s, token, '+12015550177', PASSWORD);
      const signIn = await signInWithPassword(s, email, PASSWORD);
      const code = await latestCode(s, phone);
      const replies = await Promise.all(
        Array.from({ length: 10 }, () =>
          submit(s, signIn.body.flow.id, { step: 'second_factor', action: 'verify', code }),
        ),
      );
      assert.equal(
        replies.filter((r) => r.body.step === 'done' && r.body.result?.session).length,
        1,
        JSON.stringify(replies.map((r) => [r.status, r.body.error?.code])),
      );
      const sessions = await s.tessera.stores.sessions.listForAccount(
        signIn.body.result?.account?.id ?? (await call(s, 'GET', '/v1/account', undefined, { token })).body.id,
        s.clock.now(),
      );
      assert.equal(sessions.length, 2, 'sign-up session + exactly one from the racing codes');
    });
  });
}
