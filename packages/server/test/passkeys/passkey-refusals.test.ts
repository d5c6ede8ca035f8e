// Passkey refusals, each a catalog error with nothing changed: wrong origin, wrong RP id, wrong, replayed or expired
// challenge, a counter going backwards, an unknown credential, another account's credential, malformed answers.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { call, signInWithPassword, signUp, submit } from '../support/journey.js';
import { newAuthenticator, passwordlessOptions, registerPasskey, startPasskeyServer } from './passkey-support.js';
import type { Bend, SoftAuthenticator, SoftCredential } from './soft-authenticator.js';

const PASSWORD = 'lantern-harbour-42';
let seq = 0;
const email = () => `refusal${++seq}@example.com`;

const optionsOf = (view: any) => JSON.parse(view.ui.nodes.find((n: any) => n.name === 'passkey_options').value);

for (const db of databaseKinds()) {
  describe(`passkey refusals on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startPasskeyServer(db);
    });
    after(async () => {
      await s.close();
    });

    async function account() {
      const address = email();
      const { token, accountId } = await signUp(s, { email: address, password: PASSWORD });
      const auth = newAuthenticator();
      const { key } = await registerPasskey(s, token, auth);
      return { address, token, accountId, auth, key };
    }

    const listOf = async (token: string) =>
      (await call(s, 'GET', '/v1/account/passkeys', undefined, { token })).body.passkeys as any[];

    /** A passwordless attempt signed with `bend`: its reply. */
    async function passwordless(auth: SoftAuthenticator, key: SoftCredential, bend: Bend = {}) {
      const { challengeId, options } = await passwordlessOptions(s);
      return call(s, 'POST', '/v1/passkeys/sign-in', { challengeId, credential: auth.get(options, key, bend) });
    }

    /** Signs in with the password up to the passkey prompt; submits an assertion made by `sign` over its options. */
    async function secondFactor(address: string, sign: (options: any) => unknown) {
      const step = await signInWithPassword(s, address, PASSWORD);
      assert.equal(step.body.step, 'second_factor');
      const r = await submit(s, step.body.flow.id, {
        step: 'second_factor',
        action: 'passkey',
        assertion: JSON.stringify(sign(optionsOf(step.body))),
      });
      return { r, before: optionsOf(step.body) };
    }

    const refused = (r: { status: number; body: any }, code: string) => {
      assert.equal(r.body.error?.code, code, JSON.stringify(r.body));
      assert.ok(r.status >= 400 && r.status < 500);
    };

    test('registration: wrong origin, wrong RP id, wrong challenge, another session’s challenge: nothing added', async () => {
      const { token } = await account();
      const other = await signInWithPassword(
        s,
        (await call(s, 'GET', '/v1/account', undefined, { token })).body.email,
        PASSWORD,
      );
      const otherToken = other.body.step === 'done' ? other.body.result!.session!.token : undefined;
      const auth = newAuthenticator();
      const attempt = async (bend: Bend, as = token) => {
        const options = await call(s, 'POST', '/v1/account/passkeys/options', undefined, { token });
        const { credential } = auth.create(options.body.options, bend);
        return call(
          s,
          'POST',
          '/v1/account/passkeys',
          { challengeId: options.body.challengeId, name: 'X', credential },
          { token: as },
        );
      };
      refused(await attempt({ origin: 'https://evil.example.net' }), 'PASSKEY_INVALID');
      refused(await attempt({ rpId: 'evil.example.net' }), 'PASSKEY_INVALID');
      refused(await attempt({ challenge: Buffer.from('not the challenge').toString('base64url') }), 'PASSKEY_INVALID');
      refused(await attempt({ type: 'webauthn.get' }), 'PASSKEY_INVALID');
      // The second-factor step only asks for a passkey, so the account is signed in again through it.
      if (otherToken) refused(await attempt({}, otherToken), 'PASSKEY_CHALLENGE_INVALID');
      assert.equal((await listOf(token)).length, 1);
    });

    test('registration: a challenge answers once, and not after it expired', async () => {
      const { token } = await account();
      const auth = newAuthenticator();
      const options = await call(s, 'POST', '/v1/account/passkeys/options', undefined, { token });
      const body = {
        challengeId: options.body.challengeId,
        name: 'Key',
        credential: auth.create(options.body.options).credential,
      };
      assert.equal((await call(s, 'POST', '/v1/account/passkeys', body, { token })).status, 200);
      const again = { ...body, credential: auth.create(options.body.options).credential };
      refused(await call(s, 'POST', '/v1/account/passkeys', again, { token }), 'PASSKEY_CHALLENGE_INVALID');
      const late = await call(s, 'POST', '/v1/account/passkeys/options', undefined, { token });
      s.clock.advance(301_000);
      const lateBody = {
        challengeId: late.body.challengeId,
        name: 'Late',
        credential: auth.create(late.body.options).credential,
      };
      refused(await call(s, 'POST', '/v1/account/passkeys', lateBody, { token }), 'PASSKEY_CHALLENGE_INVALID');
      assert.equal((await listOf(token)).length, 2);
    });

    test('passwordless: wrong origin, RP id, challenge, type; no user verification; replayed challenge', async () => {
      const { auth, key } = await account();
      refused(await passwordless(auth, key, { origin: 'https://id.example.com.evil.net' }), 'PASSKEY_INVALID');
      refused(await passwordless(auth, key, { rpId: 'example.org' }), 'PASSKEY_INVALID');
      refused(await passwordless(auth, key, { challenge: 'AAAAAAAAAAAAAAAAAAAAAA' }), 'PASSKEY_INVALID');
      refused(await passwordless(auth, key, { type: 'webauthn.create' }), 'PASSKEY_INVALID');
      refused(await passwordless(auth, key, { uv: false }), 'PASSKEY_INVALID');
      const { challengeId, options } = await passwordlessOptions(s);
      const ok = await call(s, 'POST', '/v1/passkeys/sign-in', { challengeId, credential: auth.get(options, key) });
      assert.equal(ok.status, 200);
      const replay = await call(s, 'POST', '/v1/passkeys/sign-in', { challengeId, credential: auth.get(options, key) });
      refused(replay, 'PASSKEY_CHALLENGE_INVALID');
      refused(
        await call(s, 'POST', '/v1/passkeys/sign-in', {
          challengeId: 'pkc_unknown',
          credential: auth.get(options, key),
        }),
        'PASSKEY_CHALLENGE_INVALID',
      );
    });

    test('a counter that goes backwards or stays put is refused, and the stored counter is kept', async () => {
      const { auth, key } = await account();
      assert.equal((await passwordless(auth, key, { counter: 5 })).status, 200);
      refused(await passwordless(auth, key, { counter: 5 }), 'PASSKEY_COUNTER_INVALID');
      refused(await passwordless(auth, key, { counter: 3 }), 'PASSKEY_COUNTER_INVALID');
      assert.equal((await passwordless(auth, key, { counter: 6 })).status, 200);
    });

    test('an unknown credential, and another account’s, prove nothing', async () => {
      const mine = await account();
      const theirs = await account();
      const stranger = newAuthenticator();
      const { key: unregistered } = stranger.create({
        rp: { id: 'id.example.com' },
        challenge: 'AA',
        user: { id: 'AA' },
      });
      refused(await passwordless(stranger, unregistered), 'PASSKEY_NOT_FOUND');
      // In a flow for my account, their (valid, registered) passkey is refused and the flow stays at the step.
      const { r } = await secondFactor(mine.address, (options) => theirs.auth.get(options, theirs.key));
      refused(r, 'PASSKEY_NOT_FOUND');
      assert.equal(r.body.step, 'second_factor');
      const unknown = await secondFactor(mine.address, (options) => stranger.get(options, unregistered));
      refused(unknown.r, 'PASSKEY_NOT_FOUND');
    });

    test('second factor: a wrong origin is refused, the flow stays, and the next try signs a new challenge', async () => {
      const { address, auth, key } = await account();
      const { r, before } = await secondFactor(address, (options) =>
        auth.get(options, key, { origin: 'https://phish.example' }),
      );
      refused(r, 'PASSKEY_INVALID');
      assert.equal(r.body.step, 'second_factor');
      const next = optionsOf(r.body);
      assert.notEqual(next.challenge, before.challenge);
      // The spent challenge cannot be answered again, even correctly.
      const stale = await submit(s, r.body.flow.id, {
        step: 'second_factor',
        action: 'passkey',
        assertion: JSON.stringify(auth.get(before, key)),
      });
      refused(stale, 'PASSKEY_INVALID');
      const done = await submit(s, r.body.flow.id, {
        step: 'second_factor',
        action: 'passkey',
        assertion: JSON.stringify(auth.get(optionsOf(stale.body), key)),
      });
      assert.equal(done.body.step, 'done');
    });

    test('malformed answers are refused as such, never a server error', async () => {
      const { address, auth, key } = await account();
      const step = await signInWithPassword(s, address, PASSWORD);
      const answers: Array<[string, string]> = [
        ['{}', 'PASSKEY_INVALID'],
        ['not json', 'PASSKEY_INVALID'],
        ['[]', 'PASSKEY_INVALID'],
        // Shaped like an answer, naming no credential this server knows.
        ['{"id":"x","type":"public-key","response":{}}', 'PASSKEY_NOT_FOUND'],
      ];
      for (const [assertion, code] of answers) {
        const r = await submit(s, step.body.flow.id, { step: 'second_factor', action: 'passkey', assertion });
        refused(r, code);
      }
      const { challengeId } = await passwordlessOptions(s);
      const garbled = auth.get({ challenge: 'AA' }, key);
      garbled.response.signature = 'AAAA';
      refused(await call(s, 'POST', '/v1/passkeys/sign-in', { challengeId, credential: garbled }), 'PASSKEY_INVALID');
      const bad = await call(s, 'POST', '/v1/passkeys/sign-in', { challengeId, credential: { id: 1 } });
      assert.equal(bad.status, 400);
      const verify = await submit(s, step.body.flow.id, { step: 'second_factor', action: 'verify', code: '123456' });
      refused(verify, 'FACTOR_UNAVAILABLE');
    });
  });
}
