// The console's door: only an operator (an account with a role) who signed in to the portal and then proved password
// and authenticator code again gets in, with a cookie of its own (Path=/console, HttpOnly, SameSite=Strict) that
// idles out; a portal session alone never reaches a console page, and `next` never leads off the console.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import {
  makeOperator,
  makeOperatorTotp,
  nextCode,
  openConsole,
  PASSWORD,
  PortalClient,
  portalBrowser,
  textOf,
} from './console-support.js';

describe('console sign-in', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false }, consoleIdleMinutes: 15 } });
  });
  after(async () => {
    await s.close();
  });

  test('without any session the console leads to the portal sign-in, and back to the console after it', async () => {
    const client = new PortalClient(s);
    const home = await client.get('/console');
    assert.equal(home.status, 303);
    assert.equal(home.location, '/console/sign-in?next=%2Fconsole');
    const signIn = await client.get(home.location!);
    assert.equal(signIn.status, 303);
    assert.equal(signIn.location, `/sign-in?next=${encodeURIComponent('/console/sign-in?next=%2Fconsole')}`);
  });

  test('an end-user session alone reaches no console page; an account without a role is told it has none', async () => {
    const customer = await makeOperator(s, 'customer@auth.example', undefined);
    const client = portalBrowser(s, customer);
    for (const url of ['/console', `/console/accounts/${customer.accountId}`, '/console/confirm']) {
      const page = await client.get(url);
      assert.equal(page.status, 303, url);
      assert.match(page.location ?? '', /^\/console\/sign-in/);
    }
    const signIn = await client.get('/console/sign-in');
    assert.equal(signIn.status, 403);
    assert.match(textOf(signIn), /no operator role/);
    assert.doesNotMatch(signIn.body, /action="\/console\/sign-in"/, 'the refusal offers no console sign-in form');
    // Even its own password and code are refused by the service behind the form.
    const account = (await s.tessera.services.accounts.get(customer.accountId))!;
    const refused = await s.tessera.services.operator.consoleSessions.signIn({
      account,
      password: PASSWORD,
      code: '123456',
      ip: null,
      userAgent: null,
    });
    assert.deepEqual(refused, { ok: false, code: 'NOT_OPERATOR' });
  });

  test('an operator without an authenticator is sent to enrol one on the Security page', async () => {
    const op = await makeOperator(s, 'nototp@auth.example', 'support', { totp: false });
    const page = await portalBrowser(s, op).get('/console/sign-in');
    assert.equal(page.status, 403);
    assert.match(page.body, /href="\/account\/security"/);
    assert.match(textOf(page), /Set up an authenticator/);
  });

  test('password and a fresh code open the console with its own strict cookie; a wrong code does not', async () => {
    const op = await makeOperator(s, 'support@auth.example', 'support');
    const client = portalBrowser(s, op);
    const form = await client.get('/console/sign-in?next=%2Fconsole%3Fq%3Dsomeone');
    assert.equal(form.status, 200);
    const wrong = await client.submit(form, '/console/sign-in', { password: PASSWORD, code: '000000' });
    assert.equal(wrong.status, 400);
    assert.match(textOf(wrong), /The password or the code is not right/);
    const badPassword = await client.submit(form, '/console/sign-in', { password: 'nope', code: nextCode(s, op) });
    assert.equal(badPassword.status, 400);

    const done = await client.submit(form, '/console/sign-in', { password: PASSWORD, code: nextCode(s, op) });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/console?q=someone');
    const cookie = [done.headers['set-cookie']].flat().find((c) => String(c).startsWith('tessera_console='));
    assert.ok(cookie, 'the console sets its own cookie');
    assert.match(String(cookie), /Path=\/console/);
    assert.match(String(cookie), /HttpOnly/);
    assert.match(String(cookie), /SameSite=Strict/);
    const home = await client.get('/console');
    assert.equal(home.status, 200);
    assert.match(home.headers['content-security-policy'] as string, /script-src 'none'/);
    assert.equal(home.headers['cache-control'], 'no-store');

    const events = await s.tessera.services.audit.recent(op.accountId, 20);
    assert.ok(events.some((e) => e.type === 'console.signed_in'));
    assert.ok(events.some((e) => e.type === 'console.sign_in_failed'));
  });

  test('wrong authenticator codes are limited per operator: then even the right one waits', async () => {
    const op = await makeOperator(s, 'guess@auth.example', 'admin');
    const client = portalBrowser(s, op);
    const form = await client.get('/console/sign-in');
    for (let i = 0; i < 10; i++)
      assert.equal((await client.submit(form, '/console/sign-in', { password: PASSWORD, code: '000000' })).status, 400);
    const limited = await client.submit(form, '/console/sign-in', { password: PASSWORD, code: nextCode(s, op) });
    assert.equal(limited.status, 429);
    assert.match(textOf(limited), /Too many attempts/);
  });

  test('the same authenticator code never opens two console sessions', async () => {
    const op = await makeOperator(s, 'replay@auth.example', 'support');
    const code = nextCode(s, op);
    const [a, b] = [portalBrowser(s, op), portalBrowser(s, op)];
    const [formA, formB] = [await a.get('/console/sign-in'), await b.get('/console/sign-in')];
    const results = await Promise.all([
      a.submit(formA, '/console/sign-in', { password: PASSWORD, code }),
      b.submit(formB, '/console/sign-in', { password: PASSWORD, code }),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [303, 400]);
  });

  test('the console session ends after the idle timeout, on sign-out, and when the role is revoked', async () => {
    const op = await makeOperator(s, 'idle@auth.example', 'support');
    const client = await openConsole(s, op);
    s.clock.advance(14 * 60_000);
    assert.equal((await client.get('/console')).status, 200, 'still within the idle time');
    s.clock.advance(15 * 60_000 + 1);
    const idle = await client.get('/console');
    assert.equal(idle.status, 303);
    assert.match(idle.location ?? '', /^\/console\/sign-in/);

    const again = await openConsole(s, op);
    const home = await again.get('/console');
    const out = await again.submit(home, '/console/sign-out');
    assert.equal(out.status, 303);
    assert.equal((await again.get('/console')).status, 303);

    // A reset of the operator's own second factors (a lost phone) ends the console too.
    const fourth = await openConsole(s, op);
    await s.tessera.services.operator.accountAdmin.resetSecondFactors(op.accountId, { tokenId: 'test', ip: null });
    assert.equal((await fourth.get('/console')).status, 303);
    const reenrolled = await makeOperatorTotp(s, op);

    const third = await openConsole(s, reenrolled);
    const revoked = await s.tessera.services.operator.consoleOperators.revoke({ email: op.email });
    assert.ok(revoked.ok && revoked.sessionsEnded >= 1);
    assert.equal((await third.get('/console')).status, 303);
    const types = (await s.tessera.services.audit.recent(op.accountId, 30)).map((e) => e.type);
    assert.ok(types.includes('operator.granted') && types.includes('operator.revoked'));
  });

  test('`next` never leads off the console, however it is spelled', async () => {
    const op = await makeOperator(s, 'next@auth.example', 'support');
    for (const next of [
      '//evil.example',
      'https://evil.example',
      '/console/../account',
      '/\\evil.example',
      '/console//evil',
    ]) {
      const client = portalBrowser(s, op);
      const form = await client.get(`/console/sign-in?next=${encodeURIComponent(next)}`);
      const done = await client.submit(form, '/console/sign-in', { password: PASSWORD, code: nextCode(s, op) });
      assert.equal(done.status, 303, next);
      assert.equal(done.location, '/console', next);
    }
  });
});

describe('console cookie over https', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({
      db: 'sqlite',
      overrides: { webhooks: { worker: false }, baseUrl: 'https://accounts.vendor.example' },
    });
  });
  after(async () => {
    await s.close();
  });

  test('is Secure when the console is served over https', async () => {
    const op = await makeOperator(s, 'secure@auth.example', 'support');
    const client = portalBrowser(s, op);
    const form = await client.get('/console/sign-in');
    const done = await client.submit(form, '/console/sign-in', { password: PASSWORD, code: nextCode(s, op) });
    const cookie = [done.headers['set-cookie']].flat().find((c) => String(c).startsWith('tessera_console='));
    assert.match(String(cookie), /; Secure/);
    assert.match(String((await client.get('/console')).headers['strict-transport-security']), /max-age=/);
  });
});
