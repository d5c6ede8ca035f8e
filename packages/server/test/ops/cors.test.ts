// CORS on /v1: listed origins get answers and preflights with Bearer tokens; others are refused; cookies never count cross-origin.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp } from '../support/journey.js';

const APP = 'https://app.example.com';

describe('CORS', () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { corsOrigins: [APP] } });
    ({ token } = await signUp(s, { email: 'cors@example.com', password: 'lantern-harbour-42' }));
  });
  after(async () => {
    await s.close();
  });

  const preflight = (origin: string, url = '/v1/account') =>
    s.tessera.app.inject({
      method: 'OPTIONS',
      url,
      headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization' },
    });

  test('a preflight from a listed origin is answered, without credentials', async () => {
    const r = await preflight('https://APP.example.com:443');
    assert.equal(r.statusCode, 204);
    assert.equal(r.headers['access-control-allow-origin'], APP);
    assert.match(String(r.headers['access-control-allow-headers']), /authorization/);
    // A browser app's check-in sends the device and token-held headers.
    assert.match(String(r.headers['access-control-allow-headers']), /tessera-device, tessera-license-held/);
    assert.match(String(r.headers['access-control-allow-methods']), /POST/);
    assert.equal(r.headers['access-control-allow-credentials'], undefined);
  });

  test('a preflight from another origin, or outside /v1, is refused', async () => {
    const other = await preflight('https://evil.example.net');
    assert.equal(other.statusCode, 403);
    assert.equal(JSON.parse(other.body).error.code, 'FORBIDDEN');
    assert.equal(other.headers['access-control-allow-origin'], undefined);
    const plain = await s.tessera.app.inject({ method: 'OPTIONS', url: '/v1/account' });
    assert.equal(JSON.parse(plain.body).error.code, 'NOT_FOUND', 'an OPTIONS that is no preflight names nothing');
    const portal = await preflight(APP, '/account');
    assert.notEqual(portal.statusCode, 204);
    assert.equal(portal.headers['access-control-allow-origin'], undefined);
  });

  test('a listed origin calls /v1 with a Bearer token; another origin gets no CORS headers', async () => {
    const allowed = await s.tessera.app.inject({
      url: '/v1/account',
      headers: { origin: APP, authorization: `Bearer ${token}` },
    });
    assert.equal(allowed.statusCode, 200);
    assert.equal(allowed.headers['access-control-allow-origin'], APP);
    assert.match(String(allowed.headers.vary), /Origin/);
    const other = await s.tessera.app.inject({
      url: '/v1/account',
      headers: { origin: 'https://evil.example.net', authorization: `Bearer ${token}` },
    });
    assert.equal(other.headers['access-control-allow-origin'], undefined);
  });

  test('the session cookie authenticates same-origin calls only', async () => {
    const cookie = `__Host-tessera_session=${token}`;
    const cross = await s.tessera.app.inject({ url: '/v1/account', headers: { origin: APP, cookie } });
    assert.equal(cross.statusCode, 401);
    const same = await s.tessera.app.inject({
      url: '/v1/account',
      headers: { origin: 'http://localhost:80', host: 'localhost', cookie },
    });
    assert.equal(same.statusCode, 200);
  });
});
