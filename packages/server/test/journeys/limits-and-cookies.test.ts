// Request limits share one bucket however a path is spelled; sessions reach browsers as hardened cookies.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, startFlow } from '../support/journey.js';

describe('request limits and session cookies', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { requestsPerMinute: 3 } });
  });
  after(async () => {
    await s.close();
  });

  test('/v1/flows, //v1/flows and /V1/FLOWS/ are one bucket per client IP', async () => {
    const ip = '203.0.113.9';
    const post = (url: string) =>
      s.tessera.app.inject({ method: 'POST', url, payload: { kind: 'sign_in' }, remoteAddress: ip });
    assert.equal((await post('/v1/flows')).statusCode, 201);
    assert.equal((await post('//v1/flows')).statusCode, 201);
    assert.equal((await post('/V1/FLOWS/')).statusCode, 201);
    const fourth = await post('/v1/flows');
    assert.equal(fourth.statusCode, 429);
    assert.equal(JSON.parse(fourth.body).error.code, 'RATE_LIMITED');
    assert.equal(fourth.headers['retry-after'], '60');
    // Another client is not affected.
    assert.equal(
      (
        await s.tessera.app.inject({
          method: 'POST',
          url: '/v1/flows',
          payload: { kind: 'sign_in' },
          remoteAddress: '203.0.113.10',
        })
      ).statusCode,
      201,
    );
  });

  test('finishing a sign-in sets a __Host- cookie (HttpOnly, Secure, SameSite, Path=/, no Domain) that authenticates', async () => {
    const ip = '203.0.113.20';
    await signUp(s, { email: 'mallory@example.com', password: 'lantern-harbour-42' }, { ip });
    const flow = await startFlow(s, { kind: 'sign_in' }, { ip: '203.0.113.21' });
    const res = await s.tessera.app.inject({
      method: 'POST',
      url: `/v1/flows/${flow.body.flow.id}`,
      remoteAddress: '203.0.113.21',
      payload: { step: 'credentials', email: 'mallory@example.com', password: 'lantern-harbour-42' },
    });
    const cookie = String(res.headers['set-cookie']);
    assert.match(cookie, /^__Host-tessera_session=tss_/);
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /Secure/);
    assert.match(cookie, /SameSite=Lax/);
    assert.match(cookie, /Path=\/(;|$)/);
    assert.doesNotMatch(cookie, /Domain=/i);
    const token = /__Host-tessera_session=([^;]+)/.exec(cookie)![1]!;
    const cookies = { '__Host-tessera_session': token };
    const me = await s.tessera.app.inject({ method: 'GET', url: '/v1/account', cookies });
    assert.equal(me.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    // The old name authenticates nothing.
    assert.equal(
      (await s.tessera.app.inject({ method: 'GET', url: '/v1/account', cookies: { tessera_session: token } }))
        .statusCode,
      401,
    );
    const out = await s.tessera.app.inject({
      method: 'POST',
      url: '/v1/sessions/sign-out',
      cookies,
      headers: { 'x-requested-with': 'fetch' },
    });
    assert.equal(out.statusCode, 200);
    assert.match(String(out.headers['set-cookie']), /__Host-tessera_session=;/);
    assert.equal((await s.tessera.app.inject({ method: 'GET', url: '/v1/account', cookies })).statusCode, 401);
  });
});

describe('metrics', () => {
  test('/metrics counts requests by route pattern, not by raw URL', async () => {
    const s = await startTestServer({ db: 'sqlite' });
    try {
      await s.tessera.app.inject({ method: 'GET', url: '/v1/flows/flw_doesnotexist1' });
      await s.tessera.app.inject({ method: 'GET', url: '/v1/flows/flw_doesnotexist2' });
      const res = await s.tessera.app.inject({ method: 'GET', url: '/metrics' });
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^text\/plain/);
      assert.match(res.body, /tessera_http_requests_total\{method="GET",route="\/v1\/flows\/:flowId",status="404"\} 2/);
      assert.doesNotMatch(res.body, /flw_doesnotexist/);
    } finally {
      await s.close();
    }
  });
});
