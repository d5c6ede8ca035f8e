// Check-in's fast lane over a real socket: an answer or a refusal served before Fastify is the route's byte for byte
// (headers too), and what the lane does not take (CORS, a body the route refuses) reaches the route with its body.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call } from '../support/journey.js';
import { LICENSE_HELD_HEADER } from '@tessera/protocol';
import { checkIn, connected, metric, naming, person, type App } from './check-in-support.js';

const ALLOWED_ORIGIN = 'https://app.example.com';

interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** Headers that say something about the answer (not the connection's or the clock's). */
function answerHeaders(headers: Headers | Record<string, unknown>): Record<string, string> {
  const all: Record<string, string> = {};
  if (headers instanceof Headers) headers.forEach((value, name) => (all[name] = value));
  else for (const [name, value] of Object.entries(headers)) all[name] = String(value);
  for (const name of ['date', 'connection', 'keep-alive', 'transfer-encoding']) delete all[name];
  return all;
}

describe('check-in fast lane (over a socket)', () => {
  let s: TestServer;
  let url: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { corsOrigins: [ALLOWED_ORIGIN] } });
    await s.tessera.app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(s.tessera.app.server.address() as AddressInfo).port}`;
  });
  after(() => s.close());

  /** Lane answers in /metrics: what the lane served rather than the route. */
  const laneAnswers = () => metric(s, /^tessera_http_fast_lane_answers_total\{method="POST",route="\/v1\/check-in"\}/);

  async function post(body: string, headers: Record<string, string> = {}, path = '/v1/check-in'): Promise<Answer> {
    const response = await fetch(url + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, headers: answerHeaders(response.headers), text: await response.text() };
  }
  const presented = (app: App) => JSON.stringify({ credential: app.credential });

  /** An app whose next check-in is answered from the cache (its first re-issues and keeps the answer). */
  async function cachedApp(): Promise<App> {
    const app = await connected(s, await person(s, 'lane'));
    assert.equal((await checkIn(s, app)).status, 200);
    assert.equal((await checkIn(s, app)).status, 200);
    return app;
  }

  test('a cached answer skips the route, and is what the route answers: same body, same headers', async () => {
    const app = await cachedApp();
    for (const [what, headers] of [
      ['naming the token held', naming(app)],
      ['naming none (in full)', {}],
    ] as const) {
      const before = await laneAnswers();
      const lane = await post(presented(app), headers);
      assert.equal(await laneAnswers(), before + 1, `${what}: the lane answered`);
      assert.equal(lane.status, 200);
      const route = await s.tessera.app.inject({
        method: 'POST',
        url: '/v1/check-in',
        payload: presented(app),
        headers: { 'content-type': 'application/json', ...headers },
      });
      assert.equal(await laneAnswers(), before + 1, 'inject goes through the route');
      assert.equal(route.body, lane.text, what);
      assert.deepEqual(lane.headers, answerHeaders(route.headers), what);
    }
  });

  test('unchanged answers are the same bytes for every app; answers in full are each their own app’s', async () => {
    const [a, b] = [await cachedApp(), await cachedApp()];
    const short = await post(presented(a), naming(a));
    assert.equal(JSON.parse(short.text).unchanged, true);
    for (let round = 0; round < 3; round++) {
      for (const [i, app] of [a, b].entries()) {
        const again = await post(presented(app), naming(app));
        assert.equal(again.text, short.text, `app ${i}, round ${round}`);
        assert.equal(again.headers['content-length'], String(Buffer.byteLength(again.text)));
        const full = JSON.parse((await post(presented(app))).text);
        assert.equal(full.deviceCredential, app.credential);
        assert.equal(full.license.token, app.token);
      }
    }
  });

  test("a check-in the cache cannot answer is the lane's too: a re-issue, and refusals as the route gives them", async () => {
    const app = await connected(s, await person(s, 'lane'));
    const before = await laneAnswers();
    const first = await post(presented(app));
    assert.equal(first.status, 200, first.text);
    assert.notEqual(JSON.parse(first.text).deviceCredential, app.credential, 'the first check-in re-issues');
    for (const language of ['en', 'vi']) {
      const unknown = JSON.stringify({ credential: 'tdc_nobody' });
      const lane = await post(unknown, { 'accept-language': language });
      assert.equal(lane.status, 401, lane.text);
      assert.equal(JSON.parse(lane.text).error.code, 'DEVICE_CREDENTIAL_INVALID');
      const route = await s.tessera.app.inject({
        method: 'POST',
        url: '/v1/check-in',
        payload: unknown,
        headers: { 'content-type': 'application/json', 'accept-language': language },
      });
      assert.equal(route.statusCode, 401);
      assert.equal(route.body, lane.text, language);
      assert.deepEqual(lane.headers, answerHeaders(route.headers), language);
    }
    assert.equal(await laneAnswers(), before + 3, 'the re-issue and both refusals through the lane');
  });

  test('a credential in authorization with no body is answered by the lane, as the route answers it', async () => {
    const app = await cachedApp();
    const headers = { authorization: `Bearer ${app.credential}`, ...naming(app) };
    const before = await laneAnswers();
    const response = await fetch(`${url}/v1/check-in`, { method: 'POST', headers });
    const lane = { status: response.status, headers: answerHeaders(response.headers), text: await response.text() };
    assert.equal(await laneAnswers(), before + 1, 'the lane answered');
    assert.equal(JSON.parse(lane.text).unchanged, true, lane.text);
    const route = await s.tessera.app.inject({ method: 'POST', url: '/v1/check-in', headers });
    assert.equal(route.body, lane.text);
    assert.deepEqual(lane.headers, answerHeaders(route.headers));
    // With a body beside it, or a media type for an empty body, the route decides (and refuses).
    for (const [what, extra, body] of [
      ['a body too', { 'content-type': 'application/json' }, presented(app)],
      ['an empty JSON body', { 'content-type': 'application/json' }, undefined],
    ] as const) {
      const before = await laneAnswers();
      const refused = await fetch(`${url}/v1/check-in`, { method: 'POST', headers: { ...headers, ...extra }, body });
      assert.equal(refused.status, 400, what);
      assert.equal(await laneAnswers(), before, `${what} went to the route`);
    }
  });

  test('what the lane does not take goes to the route, which answers as it always did', async () => {
    const app = await cachedApp();
    const valid = presented(app);
    const cases: Array<{ what: string; body: string; headers?: Record<string, string>; status: number }> = [
      { what: 'malformed JSON', body: '{"credential":', status: 400 },
      { what: 'an extra property', body: JSON.stringify({ credential: app.credential, x: 1 }), status: 400 },
      { what: 'a body past the lane limit', body: valid.replace('{', `{${' '.repeat(2000)}`), status: 200 },
      {
        what: 'a form post',
        body: `credential=${app.credential}`,
        headers: { 'content-type': 'text/plain' },
        status: 415,
      },
      { what: 'a listed origin (CORS)', body: valid, headers: { origin: ALLOWED_ORIGIN }, status: 200 },
      { what: 'a malformed fingerprint', body: valid, headers: { [LICENSE_HELD_HEADER]: 'x' }, status: 400 },
    ];
    for (const c of cases) {
      const before = await laneAnswers();
      const answer = await post(c.body, c.headers);
      assert.equal(answer.status, c.status, `${c.what}: ${answer.text}`);
      assert.equal(await laneAnswers(), before, `${c.what} went to the route`);
      if (c.status !== 200) assert.match(JSON.parse(answer.text).error.code, /^[A-Z_]+$/, c.what);
    }
    const cors = await post(valid, { origin: ALLOWED_ORIGIN });
    assert.equal(cors.headers['access-control-allow-origin'], ALLOWED_ORIGIN);
    // Another spelling of the path is the same route, through Fastify.
    const before = await laneAnswers();
    assert.equal((await post(valid, {}, '/v1/check-in/')).status, 200);
    assert.equal(await laneAnswers(), before);
  });

  test('a disconnect ends what the lane serves: the next check-in is refused', async () => {
    const p = await person(s, 'lane');
    const app = await connected(s, p);
    await checkIn(s, app);
    await checkIn(s, app);
    const before = await laneAnswers();
    const cached = await post(presented(app), naming(app));
    assert.equal(JSON.parse(cached.text).unchanged, true, cached.text);
    assert.equal(await laneAnswers(), before + 1, 'cached, through the lane');
    const done = await call(s, 'POST', `/v1/devices/${app.deviceId}/disconnect`, undefined, { token: p.token });
    assert.equal(done.status, 200);
    const refused = await post(presented(app), naming(app));
    assert.equal(JSON.parse(refused.text).error?.code, 'DEVICE_DISCONNECTED', refused.text);
  });

  test('lane answers are counted like the route’s: requests, check-ins and cache hits in /metrics', async () => {
    const app = await cachedApp();
    const series = [
      /^tessera_http_requests_total\{method="POST",route="\/v1\/check-in",status="200"\}/,
      /^tessera_check_ins_total\{outcome="VALID"\}/,
      /^tessera_check_in_cache_lookups_total\{result="hit"\}/,
      /^tessera_check_in_cache_lookups_total\{result="miss"\}/,
      /^tessera_http_fast_lane_answers_total\{method="POST",route="\/v1\/check-in"\}/,
    ];
    const before = await Promise.all(series.map((line) => metric(s, line)));
    assert.equal((await post(presented(app), naming(app))).status, 200);
    const after = await Promise.all(series.map((line) => metric(s, line)));
    assert.deepEqual(
      after.map((v, i) => v - before[i]!),
      [1, 1, 1, 0, 1],
    );
  });
  // Last: it leaves the lane stepping aside for the rest of this server's life.
  test('a lane that mostly declines steps aside, and is tried one request in sixteen', async () => {
    const app = await cachedApp();
    // Bodies the route refuses (an extra property): the lane declines them. Two windows of them, so that at least
    // one whole window is declines wherever the earlier tests left the count.
    const refused = JSON.stringify({ credential: app.credential, extra: true });
    for (let i = 0; i < 512; i++) assert.equal((await post(refused)).status, 400);
    const before = await laneAnswers();
    for (let i = 0; i < 32; i++) assert.equal((await post(presented(app), naming(app))).status, 200);
    assert.equal(await laneAnswers(), before + 2, 'sampled: 2 of 32 cached check-ins through the lane');
  });
});
