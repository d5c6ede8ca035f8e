// Passkeys end to end over HTTP with a software authenticator: registration, the second factor of sign-in and connect
// flows (offered before SMS), passwordless sign-in, naming, listing and removing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { addPhone, call, nodeNames, outboxCount, signInWithPassword, signUp, submit } from '../support/journey.js';
import {
  newAuthenticator,
  passwordlessOptions,
  registerPasskey,
  RP_ID,
  startPasskeyServer,
} from './passkey-support.js';

const PASSWORD = 'lantern-harbour-42';
const PHONE = '+12015550123';
let seq = 0;
const email = () => `passkey${++seq}@example.com`;

const optionsOf = (view: any) => {
  const node = view.ui.nodes.find((n: any) => n.name === 'passkey_options');
  assert.ok(node, `no passkey options in ${JSON.stringify(view.ui.nodes)}`);
  assert.equal(node.meta.webauthn, 'get');
  return JSON.parse(node.value);
};

for (const db of databaseKinds()) {
  describe(`passkey journeys on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startPasskeyServer(db);
    });
    after(async () => {
      await s.close();
    });

    test('register with a name, list, rename; the options name the relying party and exclude known keys', async () => {
      const address = email();
      const { token } = await signUp(s, { email: address, password: PASSWORD });
      const auth = newAuthenticator();
      const first = await registerPasskey(s, token, auth, 'Work laptop');
      assert.equal(first.passkey.name, 'Work laptop');
      const again = await call(s, 'POST', '/v1/account/passkeys/options', undefined, { token });
      assert.equal(again.body.options.rp.id, RP_ID);
      assert.equal(again.body.options.authenticatorSelection.residentKey, 'required');
      assert.deepEqual(
        again.body.options.excludeCredentials.map((c: any) => c.id),
        [first.key.id.toString('base64url')],
      );
      const renamed = await call(s, 'PATCH', `/v1/account/passkeys/${first.passkey.id}`, { name: 'Phone' }, { token });
      assert.equal(renamed.status, 200);
      const list = await call(s, 'GET', '/v1/account/passkeys', undefined, { token });
      assert.deepEqual(
        list.body.passkeys.map((p: any) => [p.name, p.lastUsedAt]),
        [['Phone', null]],
      );
    });

    test('sign-in: the passkey is offered before SMS (no SMS sent), verifies, and the flow is done', async () => {
      const address = email();
      const { token } = await signUp(s, { email: address, password: PASSWORD });
      await addPhone(s, token, PHONE, PASSWORD);
      const auth = newAuthenticator();
      await registerPasskey(s, token, auth);
      const sent = await outboxCount(s, PHONE);
      const step = await signInWithPassword(s, address, PASSWORD);
      assert.equal(step.body.step, 'second_factor');
      assert.deepEqual(nodeNames(step.body), ['passkey_options', 'passkey', 'use_sms']);
      assert.equal(await outboxCount(s, PHONE), sent, 'no SMS while the passkey is offered');
      const assertion = auth.get(optionsOf(step.body));
      const done = await submit(s, step.body.flow.id, {
        step: 'second_factor',
        action: 'passkey',
        assertion: JSON.stringify(assertion),
      });
      assert.equal(done.status, 200, JSON.stringify(done.body));
      assert.equal(done.body.step, 'done');
      assert.match(done.body.result!.session!.token, /^tss_/);
      const list = await call(s, 'GET', '/v1/account/passkeys', undefined, { token });
      assert.notEqual(list.body.passkeys[0].lastUsedAt, null);
    });

    test('sign-in: falling back to SMS from the passkey prompt, and back to the passkey', async () => {
      const address = email();
      const { token } = await signUp(s, { email: address, password: PASSWORD });
      await addPhone(s, token, '+12015550124', PASSWORD);
      const auth = newAuthenticator();
      await registerPasskey(s, token, auth);
      const step = await signInWithPassword(s, address, PASSWORD);
      const id = step.body.flow.id;
      const sms = await submit(s, id, { step: 'second_factor', action: 'use_sms' });
      assert.deepEqual(nodeNames(sms.body), ['code', 'verify', 'resend', 'help', 'use_passkey']);
      const back = await submit(s, id, { step: 'second_factor', action: 'use_passkey' });
      const done = await submit(s, id, {
        step: 'second_factor',
        action: 'passkey',
        assertion: JSON.stringify(auth.get(optionsOf(back.body))),
      });
      assert.equal(done.body.step, 'done');
    });

    test('connect: a passkey as the second factor of an app connection', async () => {
      const address = email();
      const { token } = await signUp(s, { email: address, password: PASSWORD });
      const auth = newAuthenticator();
      await registerPasskey(s, token, auth);
      const flow = await call(s, 'POST', '/v1/flows', {
        kind: 'connect',
        appId: 'app.secure',
        device: { name: 'Laptop', platform: 'linux' },
      });
      const id = flow.body.flow.id;
      const step = await submit(s, id, { step: 'credentials', email: address, password: PASSWORD });
      assert.equal(step.body.step, 'second_factor');
      const done = await submit(s, id, {
        step: 'second_factor',
        action: 'passkey',
        assertion: JSON.stringify(auth.get(optionsOf(step.body))),
      });
      assert.equal(done.body.step, 'done', JSON.stringify(done.body));
      assert.match(done.body.result!.deviceCredential!, /^tdc_/);
    });

    test('passwordless: a discoverable passkey alone signs in', async () => {
      const address = email();
      const { token, accountId } = await signUp(s, { email: address, password: PASSWORD });
      const auth = newAuthenticator();
      await registerPasskey(s, token, auth);
      const { challengeId, options } = await passwordlessOptions(s);
      assert.equal(options.userVerification, 'required');
      assert.equal(options.allowCredentials, undefined, 'discoverable: no credential list');
      const signedIn = await call(s, 'POST', '/v1/passkeys/sign-in', { challengeId, credential: auth.get(options) });
      assert.equal(signedIn.status, 200, JSON.stringify(signedIn.body));
      assert.equal(signedIn.body.account.id, accountId);
      const me = await call(s, 'GET', '/v1/account', undefined, { token: signedIn.body.session.token });
      assert.equal(me.body.email, address);
    });

    test('removing the last strong factor needs a fresh sign-in, and is audited', async () => {
      const address = email();
      const { token } = await signUp(s, { email: address, password: PASSWORD });
      const auth = newAuthenticator();
      const { passkey } = await registerPasskey(s, token, auth);
      const second = await registerPasskey(s, token, auth, 'Key 2');
      // Not the last one: removed without a fresh sign-in.
      s.clock.advance(10 * 60_000);
      const removed = await call(s, 'DELETE', `/v1/account/passkeys/${second.passkey.id}`, undefined, { token });
      assert.equal(removed.status, 200);
      const refused = await call(s, 'DELETE', `/v1/account/passkeys/${passkey.id}`, undefined, { token });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'PASSKEY_LAST_FACTOR');
      const fresh = await signInWithPassword(s, address, PASSWORD);
      const freshToken = fresh.body.step === 'done' ? fresh.body.result!.session!.token : undefined;
      const signedIn =
        freshToken ??
        (
          await submit(s, fresh.body.flow.id, {
            step: 'second_factor',
            action: 'passkey',
            assertion: JSON.stringify(auth.get(optionsOf(fresh.body))),
          })
        ).body.result!.session!.token;
      const ok = await call(s, 'DELETE', `/v1/account/passkeys/${passkey.id}`, undefined, { token: signedIn });
      assert.equal(ok.status, 200, JSON.stringify(ok.body));
      const events = await s.tessera.services.audit.recent(
        (await call(s, 'GET', '/v1/account', undefined, { token: signedIn })).body.id,
        20,
      );
      const removal = events.filter((e) => e.type === 'passkey.removed');
      assert.equal(removal.length, 2);
      // Both at the same (manual) clock time: the order between them is not the point.
      assert.deepEqual(removal.map((e) => e.details.lastStrongFactor).sort(), [false, true]);
    });
  });
}
