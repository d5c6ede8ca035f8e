// Portal safety in-process: security headers and cookie flags, CSRF on every form, no open redirects, language choice.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { safeNext } from '../../src/portal/safe-next.js';
import { formFields, PortalClient, portalSignUp, textOf, type Page } from './portal-client.js';

const PASSWORD = 'lantern-harbour-42';

function assertPageHeaders(page: Page) {
  const csp = String(page.headers['content-security-policy']);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /style-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /form-action 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  assert.equal(page.headers['x-frame-options'], 'DENY');
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
  assert.equal(page.headers['referrer-policy'], 'no-referrer');
  assert.equal(page.headers['cache-control'], 'no-store');
  // No inline script, style or event handler anywhere: the CSP would block them, so none may be needed.
  assert.doesNotMatch(page.body, /<script(?![^>]*\bsrc=)[^>]*>/);
  assert.doesNotMatch(page.body, /\sstyle=|<style|\son[a-z]+=/i);
}

function setCookies(page: Page): string[] {
  const raw = page.headers['set-cookie'];
  return Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : [];
}

describe('portal security', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite' });
  });
  after(async () => {
    await s.close();
  });

  test('pages carry a strict CSP and security headers; every cookie is HttpOnly, Secure and SameSite', async () => {
    const browser = new PortalClient(s);
    const signIn = await browser.get('/sign-in');
    assert.equal(signIn.status, 200);
    assertPageHeaders(signIn);
    const cookies = setCookies(signIn);
    assert.ok(cookies.length >= 2);
    for (const cookie of cookies) {
      assert.match(cookie, /^__Host-/, cookie);
      assert.match(cookie, /; HttpOnly/);
      assert.match(cookie, /; Secure/);
      assert.match(cookie, /; SameSite=Lax/);
      assert.match(cookie, /; Path=\//);
      assert.doesNotMatch(cookie, /Domain=/i);
    }
    const overview = await portalSignUp(s, browser, 'hanh@example.com', PASSWORD);
    assertPageHeaders(overview);
    for (const path of [
      '/account/security',
      '/account/subscriptions',
      '/account/devices',
      '/account/privacy',
      '/dev/outbox',
      '/recovery',
    ]) {
      const page = await browser.get(path);
      assert.equal(page.status, 200, path);
      assertPageHeaders(page);
    }
    const css = await browser.get(/href="(\/portal\/assets\/[^"]+\.css)"/.exec(overview.body)![1]!);
    assert.equal(css.status, 200);
    assert.match(String(css.headers['content-type']), /^text\/css/);
    assert.match(String(css.headers['cache-control']), /immutable/);
  });

  test('the session cookie set by a portal sign-in is HttpOnly, Secure and SameSite', async () => {
    const browser = new PortalClient(s);
    await portalSignUp(s, browser, 'ivy@example.com', PASSWORD);
    const other = new PortalClient(s);
    const page = await other.get('/sign-in');
    const done = await other.submit(page, '/sign-in', { email: 'ivy@example.com', password: PASSWORD });
    assert.equal(done.status, 303);
    const session = setCookies(done).find((c) => c.startsWith('__Host-tessera_session='));
    assert.ok(session);
    assert.match(session, /HttpOnly/);
    assert.match(session, /Secure/);
    assert.match(session, /SameSite=Lax/);
  });

  test("a post without the CSRF token, with another browser's token, or as JSON changes nothing", async () => {
    const browser = new PortalClient(s);
    await portalSignUp(s, browser, 'jun@example.com', PASSWORD);
    const security = await browser.get('/account/security');
    const fields = formFields(security, '/account/security/password');
    const change = { ...fields, current_password: PASSWORD, new_password: 'quiet-meadow-river-7' };

    const missing = await browser.post('/account/security/password', { ...change, _csrf: '' });
    assert.equal(missing.status, 403);
    assert.match(textOf(missing), /This form has expired/);
    assertPageHeaders(missing);

    const stranger = new PortalClient(s);
    const strangerToken = formFields(await stranger.get('/sign-in'), '/sign-in')._csrf!;
    const forged = await browser.post('/account/security/password', { ...change, _csrf: strangerToken });
    assert.equal(forged.status, 403);

    const json = await browser.request(
      'POST',
      '/account/security/password',
      JSON.stringify(change),
      'application/json',
    );
    assert.equal(json.status, 415);
    assert.match(String(json.headers['content-type']), /^text\/html/);
    const plain = await browser.request('POST', '/account/security/password', 'x', 'text/plain');
    assert.equal(plain.status, 415);

    // The old password still works: nothing above was acted on.
    const check = new PortalClient(s);
    const signIn = await check.get('/sign-in');
    assert.equal(
      (await check.submit(signIn, '/sign-in', { email: 'jun@example.com', password: PASSWORD })).status,
      303,
    );

    // And the real form, with its token, does change it.
    const real = await browser.post('/account/security/password', change);
    assert.equal(real.status, 303);
    assert.match(textOf(await browser.follow(real)), /Your password has been changed/);
  });

  test('a browser without its binding cookie gets the friendly stale-form page and a new cookie', async () => {
    const browser = new PortalClient(s);
    const page = await browser.get('/sign-in');
    browser.cookies.delete('__Host-tessera_browser');
    const stale = await browser.submit(page, '/sign-in', { email: 'x@example.com', password: 'whatever-it-is' });
    assert.equal(stale.status, 403);
    assert.match(textOf(stale), /Nothing was changed/);
    assert.ok(browser.cookies.has('__Host-tessera_browser'));
    const again = await browser.get('/sign-in');
    assert.equal(
      (await browser.submit(again, '/sign-in', { email: 'x@example.com', password: 'whatever-it-is' })).status,
      400,
    );
  });

  test('return addresses: only same-site paths are followed', async () => {
    for (const bad of [
      '//evil.example/x',
      'https://evil.example',
      '/\\evil.example',
      '\\\\evil',
      'javascript:alert(1)',
      '/%0a//evil',
      '',
      ' /account',
      '/\t/evil.example',
    ]) {
      const safe = safeNext(bad);
      assert.ok(
        safe === undefined || (safe.startsWith('/') && !safe.startsWith('//')),
        `${JSON.stringify(bad)} → ${safe}`,
      );
    }
    assert.equal(safeNext('//evil.example/x'), undefined);
    assert.equal(safeNext('https://evil.example'), undefined);
    assert.equal(safeNext('/\\evil.example'), undefined);
    assert.equal(safeNext('/invitations/accept?token=tin_abc#frag'), '/invitations/accept?token=tin_abc');

    const browser = new PortalClient(s);
    await portalSignUp(s, browser, 'kim@example.com', PASSWORD);
    const signOut = await browser.submit(await browser.get('/account'), '/sign-out');
    assert.equal(signOut.location, '/sign-in');
    for (const [next, expected] of [
      ['//evil.example/', '/account'],
      ['https://evil.example/', '/account'],
      ['/account/devices', '/account/devices'],
    ] as const) {
      const page = await browser.get(`/sign-in?next=${encodeURIComponent(next)}`);
      const done = await browser.submit(page, '/sign-in', { email: 'kim@example.com', password: PASSWORD });
      assert.equal(done.location, expected, next);
      await browser.submit(await browser.get('/account'), '/sign-out');
    }
    // A signed-out visit to an account page comes back to it after signing in.
    const away = await browser.get('/account/privacy?lang=en');
    assert.equal(away.status, 303);
    assert.equal(away.location, `/sign-in?next=${encodeURIComponent('/account/privacy?lang=en')}`);
  });

  test('language: Accept-Language first, then ?lang= (remembered), texts from both catalogs', async () => {
    const vi = new PortalClient(s, { acceptLanguage: 'vi-VN,vi;q=0.9,en;q=0.5' });
    const page = await vi.get('/sign-in');
    assert.match(page.body, /<html lang="vi"/);
    assert.match(textOf(page), /Đăng nhập/);
    assert.match(textOf(page), /Tiếp tục/, 'the protocol catalog, by message id');
    const en = await vi.get('/sign-in?lang=en');
    assert.match(en.body, /<html lang="en"/);
    assert.match(textOf(en), /Continue/);
    assert.match(textOf(await vi.get('/sign-up')), /Create your account/, 'the choice is remembered');
    assert.match(en.body, /href="\/sign-in\?lang=vi"/);
    // An unknown language is ignored rather than reflected.
    const odd = await vi.get('/sign-in?lang=%3Cscript%3E');
    assert.doesNotMatch(odd.body, /<script>/);
  });

  test('unknown account pages and bad ids are HTML 404 pages', async () => {
    const browser = new PortalClient(s);
    await portalSignUp(s, browser, 'lan@example.com', PASSWORD);
    for (const path of [
      '/account/nope',
      '/account/devices/dev_missing/disconnect',
      `/account/devices/${'x'.repeat(80)}/disconnect`,
    ]) {
      const page = await browser.get(path);
      assert.equal(page.status, 404, path);
      assert.match(String(page.headers['content-type']), /^text\/html/);
      assertPageHeaders(page);
    }
  });
});
