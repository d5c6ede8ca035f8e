// Passkey test helpers: a test server whose relying party is fixed, and registering a passkey through the API.
import assert from 'node:assert/strict';
import type { DbKind } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call } from '../support/journey.js';
import { SoftAuthenticator } from './soft-authenticator.js';

export const RP_ID = 'id.example.com';
export const ORIGIN = 'https://id.example.com';

export function startPasskeyServer(db: DbKind, overrides: Record<string, unknown> = {}) {
  return startTestServer({
    db,
    overrides: { passkeys: { rpId: RP_ID, rpName: 'Example', origins: [ORIGIN] }, ...overrides },
  });
}

export const newAuthenticator = () => new SoftAuthenticator(ORIGIN);

/** Registers a passkey on the account of `token` with `authenticator`; returns its view and its soft key. */
export async function registerPasskey(s: TestServer, token: string, authenticator: SoftAuthenticator, name = 'Laptop') {
  const options = await call(s, 'POST', '/v1/account/passkeys/options', undefined, { token });
  assert.equal(options.status, 200, JSON.stringify(options.body));
  const { credential, key } = authenticator.create(options.body.options);
  const done = await call(
    s,
    'POST',
    '/v1/account/passkeys',
    { challengeId: options.body.challengeId, name, credential },
    { token },
  );
  assert.equal(done.status, 200, JSON.stringify(done.body));
  return { passkey: done.body, key };
}

/** Starts a passwordless sign-in: the challenge id and the options to sign. */
export async function passwordlessOptions(s: TestServer) {
  const r = await call(s, 'POST', '/v1/passkeys/sign-in/options');
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body as { challengeId: string; options: any };
}
