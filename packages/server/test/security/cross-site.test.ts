// The pen test's cross-site findings: cookie-authenticated /v1 changes need proof they came from this site
// (Bearer requests unaffected), and /docs carries a CSP and frame protection.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, connectApp, signUp } from '../support/journey.js';
import { SESSION_COOKIE } from '../../src/web/index.js';

const PASSWORD = 'lantern-harbour-42';

describe('cross-site requests and headers', () => {
  let s: TestServer;
  let token: string;
  let deviceId: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite' });
    token = (await signUp(s, { email: 'csrf@example.com', password: PASSWORD })).token;
    deviceId = (await connectApp(s, { email: 'csrf@example.com', password: PASSWORD })).body.result!.device!.id;
  });
  after(async () => {
    await s.close();
  });

  const post = (url: string, headers: Record<string, string> = {}, payload?: string) =>
    s.tessera.app.inject({
      method: 'POST',
      url,
      cookies: { [SESSION_COOKIE]: token },
      headers: { host: 'accounts.example.com', ...headers },
      ...(payload !== undefined ? { payload } : {}),
    });
  const stillSignedIn = async () => (await call(s, 'GET', '/v1/account', undefined, { token })).status === 200;
  const stillConnected = async () =>
    (await call(s, 'GET', '/v1/devices', undefined, { token })).body.devices.some(
      (d: { id: string; connected: boolean }) => d.id === deviceId && d.connected,
    );

  test('bodiless, form-typed or foreign-origin posts carrying only the cookie are refused and change nothing', async () => {
    const forged: Array<[string, Record<string, string>, string?]> = [
      ['the pen test: bodiless, cookie only', {}],
      ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 'x=1'],
      ['a text/plain post', { 'content-type': 'text/plain' }, '{}'],
      ['JSON from another origin', { 'content-type': 'application/json', origin: 'https://evil.example' }, '{}'],
      ['JSON from a null origin', { 'content-type': 'application/json', origin: 'null' }, '{}'],
      [
        'JSON marked cross-site by the browser',
        { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' },
        '{}',
      ],
      ['JSON from a sibling subdomain', { 'content-type': 'application/json', 'sec-fetch-site': 'same-site' }, '{}'],
      ['a custom header from another origin', { 'x-requested-with': 'fetch', origin: 'https://evil.example' }],
    ];
    for (const [what, headers, payload] of forged) {
      for (const url of [`/v1/devices/${deviceId}/disconnect`, '/v1/sessions/sign-out']) {
        const res = await post(url, headers, payload);
        // A request naming another origin never has its cookie read at all (CORS: Bearer only), so it is not signed in.
        const [status, code] = headers.origin ? [401, 'UNAUTHENTICATED'] : [403, 'CSRF_FAILED'];
        assert.equal(res.statusCode, status, `${what} ${url}: ${res.body}`);
        assert.equal(JSON.parse(res.body).error.code, code, what);
      }
    }
    assert.ok(await stillConnected());
    assert.ok(await stillSignedIn());
  });

  test('the same posts from this site (JSON or the custom header), or with a Bearer token, go through', async () => {
    const bearer = await call(s, 'POST', `/v1/devices/${deviceId}/disconnect`, undefined, { token });
    assert.equal(bearer.status, 200, 'Bearer requests need no proof: browsers never send them on their own');
    assert.ok(!(await stillConnected()));
    const sameSite = await post('/v1/sessions/sign-out', {
      'x-requested-with': 'fetch',
      origin: 'http://accounts.example.com',
      'sec-fetch-site': 'same-origin',
    });
    assert.equal(sameSite.statusCode, 200, sameSite.body);
    assert.ok(!(await stillSignedIn()));
  });

  test('/docs carries a CSP without inline script, frame-ancestors none, X-Frame-Options and nosniff', async () => {
    for (const url of ['/docs', '/docs/', '/docs/static/swagger-initializer.js']) {
      const res = await s.tessera.app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      const csp = String(res.headers['content-security-policy']);
      assert.match(csp, /default-src 'none'/, url);
      assert.match(csp, /script-src 'self'(;|$)/, url);
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
      assert.equal(res.headers['x-frame-options'], 'DENY', url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
    }
  });
});
