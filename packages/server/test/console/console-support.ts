// Helpers for the console suites: operators (an account with a role and an authenticator), a browser-like client
// signed in to the portal, the console's own sign-in with password and code, and reading a console page.
import assert from 'node:assert/strict';
import { totpCode } from '../../src/identity/index.js';
import type { OperatorRole } from '../../src/operators/index.js';
import { call, signInWithPassword, signUp } from '../support/journey.js';
import type { TestServer } from '../support/test-server.js';
import { formFields, PortalClient, textOf, type Page } from '../portal/portal-client.js';

export const PASSWORD = 'lantern-harbour-42';
export const PORTAL_SESSION = '__Host-tessera_session';

export interface Operator {
  email: string;
  accountId: string;
  /** The portal session token (what the portal's sign-in leaves in the browser). */
  token: string;
  /** The authenticator secret, or undefined when none is set up. */
  secret: string | undefined;
}

/** An account signed up through the API, with an authenticator unless `totp: false`, and the role when given. */
export async function makeOperator(
  s: TestServer,
  email: string,
  role: OperatorRole | undefined,
  options: { totp?: boolean } = {},
): Promise<Operator> {
  const { token, accountId } = await signUp(s, { email, password: PASSWORD });
  let secret: string | undefined;
  if (options.totp ?? true) {
    const setup = await call(s, 'POST', '/v1/account/totp', { password: PASSWORD }, { token });
    assert.equal(setup.status, 200, JSON.stringify(setup.body));
    secret = setup.body.totp.secret as string;
    const verified = await call(
      s,
      'POST',
      '/v1/account/totp/verify',
      { code: totpCode(secret, s.clock.now()) },
      { token },
    );
    assert.equal(verified.status, 200, JSON.stringify(verified.body));
  }
  if (role) {
    const granted = await s.tessera.services.operator.consoleOperators.grant({ email, role });
    assert.ok(granted.ok, granted.ok ? '' : granted.problem);
  }
  return { email, accountId, token, secret };
}

/** Signs in again and sets up a new authenticator (after a reset of the operator's second factors ended its sessions). */
export async function makeOperatorTotp(s: TestServer, operator: Operator): Promise<Operator> {
  const signedIn = await signInWithPassword(s, operator.email, PASSWORD);
  assert.equal(signedIn.body.step, 'done', JSON.stringify(signedIn.body));
  const token = signedIn.body.result!.session!.token as string;
  const setup = await call(s, 'POST', '/v1/account/totp', { password: PASSWORD }, { token });
  assert.equal(setup.status, 200, JSON.stringify(setup.body));
  const secret = setup.body.totp.secret as string;
  s.clock.advance(30_000);
  const code = totpCode(secret, s.clock.now());
  const verified = await call(s, 'POST', '/v1/account/totp/verify', { code }, { token });
  assert.equal(verified.status, 200, JSON.stringify(verified.body));
  return { ...operator, token, secret };
}

/** A fresh authenticator code: the clock moves one 30-second step on, as a person waiting for the next code would. */
export function nextCode(s: TestServer, operator: Operator): string {
  s.clock.advance(30_000);
  return totpCode(operator.secret!, s.clock.now());
}

/** A browser signed in to the portal as `operator` (its session cookie set), not yet to the console. */
export function portalBrowser(s: TestServer, operator: Operator, options: { acceptLanguage?: string } = {}) {
  const client = new PortalClient(s, options);
  client.cookies.set(PORTAL_SESSION, operator.token);
  return client;
}

/** The console sign-in as a person does it: the form, password and a fresh code; the console's cookie is kept. */
export async function openConsole(s: TestServer, operator: Operator, options: { acceptLanguage?: string } = {}) {
  const client = portalBrowser(s, operator, options);
  const form = await client.get('/console/sign-in');
  assert.equal(form.status, 200, textOf(form));
  const done = await client.submit(form, '/console/sign-in', { password: PASSWORD, code: nextCode(s, operator) });
  assert.equal(done.status, 303, textOf(done));
  return client;
}

/** Posts the form on `page` whose action is `action` (its CSRF token included), and follows the redirect. */
export async function act(client: PortalClient, page: Page, action: string, fields: Record<string, string> = {}) {
  const posted = await client.post(action, { ...formFields(page, action), ...fields });
  return { posted, page: posted.location ? await client.get(posted.location) : posted };
}

export { textOf, formFields, PortalClient, type Page };
