// Bad input on every route: broken, mistyped, oversize or misplaced requests get a catalog 4xx and change nothing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorCode } from '@tessera/protocol';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signUp, startFlow } from '../support/journey.js';
import {
  assertCatalogError,
  assertRefused,
  isDevicePollAnswer,
  documentedRoutes,
  send,
  type RawRequest,
} from './http-support.js';
import { BODY_ROUTES, JSON_TYPE, MARKER, PASSWORD, badBodies, type Ctx } from './bad-input-bodies.js';
import { FIRST_STEP_KIND, controlCharacterRequests, swapCase } from './bad-input-requests.js';
import { refusedWithoutChange } from './refused-without-change.js';

for (const db of databaseKinds()) {
  describe(`bad input on ${db}`, () => {
    let s: TestServer;
    let token: string;
    let accountId: string;
    let ctx: Ctx;
    before(async () => {
      s = await startTestServer({ db });
      ({ token, accountId } = await signUp(s, { email: 'alice@example.com', password: PASSWORD }));
      ctx = { s, token, flowId: '' };
    });
    after(async () => {
      await s.close();
    });

    for (const [name, route] of Object.entries(BODY_ROUTES)) {
      test(`${name}: every malformed, mistyped, unknown, oversize and overlong body is refused`, async () => {
        const flow = await startFlow(s, { kind: 'sign_in' });
        ctx.flowId = flow.body.flow.id;
        const [method = 'POST'] = name.split(' ');
        const cases = badBodies(route, ctx).map((c) => ({
          request: { method, url: route.url(ctx), ...(route.auth ? { token } : {}), ...c.request },
          code: c.code,
        }));
        assert.ok(cases.length > 25);
        await refusedWithoutChange(s, cases);
        const after = await s.tessera.stores.flows.get(ctx.flowId);
        assert.equal(after?.step, 'credentials');
        assert.equal(after?.version, 0);
      });
    }

    test('overlong strings inside the connect device and appId, bad locale and kind', async () => {
      const base = { kind: 'connect', appId: 'app.secure', device: { name: 'Laptop', platform: 'linux' } };
      const bodies = [
        { ...base, appId: 'a'.repeat(65) },
        { ...base, appId: 'App.Secure' },
        { ...base, appId: '../etc' },
        { ...base, device: { ...base.device, name: 'n'.repeat(101) } },
        { ...base, device: { ...base.device, platform: 'p'.repeat(41) } },
        { ...base, device: { ...base.device, extra: MARKER } },
        { ...base, device: { name: 'Laptop' } },
        { ...base, device: 'Laptop' },
        { kind: 'sign_in', appId: 'app.secure' },
        { kind: 'sign_in', locale: 'fr' },
        { kind: 'SIGN_IN' },
        { kind: 'admin' },
        { kind: '' },
        {},
      ];
      await refusedWithoutChange(
        s,
        bodies.map((b) => ({
          request: { method: 'POST', url: '/v1/flows', payload: JSON.stringify(b), contentType: JSON_TYPE },
          code: 'VALIDATION_FAILED',
        })),
      );
    });

    test('bad query strings', async () => {
      const events = [
        'limit=abc',
        'limit=0',
        'limit=101',
        'limit=1.5',
        'limit=-1',
        'limit=',
        'limit=5&limit=6',
        'limit=5&extra=1',
        `limit=${MARKER}`,
      ];
      const outbox = [
        'limit=0',
        'limit=201',
        'channel=fax',
        `to=${'a'.repeat(255)}`,
        'to=%00',
        'to=a%0Ab',
        'extra=1',
        'channel=sms&channel=email',
      ];
      await refusedWithoutChange(s, [
        ...events.map((q) => ({
          request: { method: 'GET', url: `/v1/account/events?${q}`, token },
          code: 'VALIDATION_FAILED' as const,
        })),
        ...outbox.map((q) => ({
          request: { method: 'GET', url: `/v1/dev/outbox?${q}` },
          code: 'VALIDATION_FAILED' as const,
        })),
      ]);
    });

    test('bad, unknown and foreign path ids', async () => {
      const bob = await signUp(s, { email: 'bob@example.com', password: PASSWORD });
      const [bobSession] = await s.tessera.services.sessions.list(bob.accountId);
      assert.ok(bobSession);
      const flow = await startFlow(s, { kind: 'sign_in' });
      const credentials = { step: 'credentials', email: 'alice@example.com', password: PASSWORD };
      const requests: Array<{ request: RawRequest; code: ErrorCode }> = [];
      for (const id of ['flw_AAAAAAAAAAAAAAAA', 'flw_', 'abc', 'ses_AAAAAAAAAAAAAAAA', swapCase(flow.body.flow.id)]) {
        requests.push({ request: { method: 'GET', url: `/v1/flows/${id}` }, code: 'FLOW_NOT_FOUND' });
        requests.push({
          request: { method: 'POST', url: `/v1/flows/${id}`, payload: credentials },
          code: 'FLOW_NOT_FOUND',
        });
      }
      for (const id of [
        'x'.repeat(65),
        'flw_%00',
        'flw_%20x',
        'flw_a.b',
        'flw_%C3%A9',
        encodeURIComponent('flw_\u202e'),
        '%27%20OR%201%3D1--',
      ]) {
        requests.push({ request: { method: 'GET', url: `/v1/flows/${id}` }, code: 'VALIDATION_FAILED' });
        requests.push({
          request: { method: 'POST', url: `/v1/flows/${id}`, payload: credentials },
          code: 'VALIDATION_FAILED',
        });
        requests.push({ request: { method: 'DELETE', url: `/v1/sessions/${id}`, token }, code: 'VALIDATION_FAILED' });
      }
      for (const id of ['ses_AAAAAAAAAAAAAAAA', 'nope', bobSession.id, bobSession.id.toUpperCase()]) {
        requests.push({ request: { method: 'DELETE', url: `/v1/sessions/${id}`, token }, code: 'NOT_FOUND' });
      }
      for (const id of ['dev_AAAAAAAAAAAAAAAA', 'nope']) {
        requests.push({
          request: { method: 'PATCH', url: `/v1/devices/${id}`, payload: { name: 'Laptop' }, token },
          code: 'NOT_FOUND',
        });
        requests.push({ request: { method: 'POST', url: `/v1/devices/${id}/disconnect`, token }, code: 'NOT_FOUND' });
      }
      for (const id of ['x'.repeat(65), 'dev_%00', 'dev_%20x', 'dev_%C3%A9']) {
        requests.push({
          request: { method: 'PATCH', url: `/v1/devices/${id}`, payload: { name: 'Laptop' }, token },
          code: 'VALIDATION_FAILED',
        });
        requests.push({
          request: { method: 'POST', url: `/v1/devices/${id}/disconnect`, token },
          code: 'VALIDATION_FAILED',
        });
      }
      await refusedWithoutChange(s, requests);
      assert.equal(
        (await call(s, 'GET', '/v1/account', undefined, { token: bob.token })).status,
        200,
        "bob's session survives alice's attempt",
      );
    });

    test('bad percent-encoding and over-long path params get catalog errors', async () => {
      await refusedWithoutChange(s, [
        { request: { method: 'GET', url: '/v1/flows/%ZZ' }, code: 'NOT_FOUND' },
        {
          request: {
            method: 'POST',
            url: '/v1/flows/flw_%E0%A4%A',
            payload: { step: 'identify', email: 'alice@example.com' },
          },
          code: 'NOT_FOUND',
        },
        { request: { method: 'GET', url: `/v1/flows/flw_${'x'.repeat(200)}` }, code: 'NOT_FOUND' },
        { request: { method: 'DELETE', url: `/v1/sessions/${'x'.repeat(200)}`, token }, code: 'NOT_FOUND' },
      ]);
    });

    test('missing, garbage, altered and revoked bearer tokens → 401 on every authenticated route', async () => {
      const spare = await s.tessera.services.sessions.create({ accountId, ip: '127.0.0.1', userAgent: null });
      assert.equal((await call(s, 'POST', '/v1/sessions/sign-out', undefined, { token: spare.token })).status, 200);
      const flipped = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
      const credentials: Array<Pick<RawRequest, 'token' | 'authorization' | 'headers'>> = [
        {},
        { token: 'garbage' },
        { token: '' },
        { token: flipped },
        { token: token.slice(0, -1) },
        { token: `${token} extra` },
        { token: `tss_${'A'.repeat(43)}` },
        { token: spare.token },
        { token: `tss_${'A'.repeat(5000)}` },
        { token: MARKER },
        { authorization: token },
        { authorization: `Basic ${Buffer.from(`alice@example.com:${PASSWORD}`).toString('base64')}` },
        { authorization: `Token ${token}` },
        { headers: { cookie: '__Host-tessera_session=garbage' } },
        { headers: { cookie: `__Host-tessera_session=${spare.token}` } },
      ];
      const routes: Array<[string, string, unknown]> = [
        ['GET', '/v1/account', undefined],
        ['GET', '/v1/account/events', undefined],
        ['GET', '/v1/sessions', undefined],
        ['POST', '/v1/sessions/sign-out', undefined],
        ['POST', '/v1/sessions/revoke-all', {}],
        ['DELETE', `/v1/sessions/${spare.session.id}`, undefined],
        ['GET', '/v1/devices', undefined],
        ['POST', '/v1/devices/dev_AAAAAAAAAAAAAAAA/disconnect', undefined],
        ...Object.entries(BODY_ROUTES)
          .filter(([, r]) => r.auth)
          .map(([name, r]) => [name.split(' ')[0]!, r.url(ctx), r.valid(ctx)] as [string, string, unknown]),
      ];
      const requests = routes.flatMap(([method, url, payload]) =>
        credentials.map((c) => ({
          request: { method, url, ...(payload !== undefined ? { payload: payload as object } : {}), ...c },
          code: 'UNAUTHENTICATED' as const,
        })),
      );
      await refusedWithoutChange(s, requests);
      assert.equal((await call(s, 'GET', '/v1/account', undefined, { token })).status, 200);
    });

    test('unknown routes and methods → 404 NOT_FOUND', async () => {
      const requests: Array<[string, string]> = [
        ['GET', '/v1/nope'],
        ['GET', '/v2/flows'],
        ['GET', '/v1'],
        ['GET', '/v1/'],
        ['POST', '/v1/account/nope'],
        ['GET', '/v1/flows'],
        ['PUT', '/v1/flows'],
        ['PATCH', '/v1/account'],
        ['DELETE', '/v1/account'],
        ['DELETE', '/v1/flows/flw_AAAAAAAAAAAAAAAA'],
        ['GET', '/v1/flows/flw_AAAAAAAAAAAAAAAA/extra'],
        ['POST', '/v1/sessions'],
        ['GET', '/v1/sessions/ses_x/extra'],
        ['GET', '/.env'],
        ['GET', '/v1/account/../../etc/passwd'],
        ['OPTIONS', '/v1/flows'],
        ['GET', '/v1/account%2Fevents'],
      ];
      await refusedWithoutChange(
        s,
        requests.map(([method, url]) => ({ request: { method, url, token }, code: 'NOT_FOUND' as const })),
      );
    });

    test('path spellings reach the same route, with one rate-limit bucket', async () => {
      const ip = '10.20.30.40';
      const spellings = ['/v1/flows', '//v1/flows', '/V1/FLOWS/', '/v1//flows', '/V1/Flows//'];
      const ids: string[] = [];
      for (const url of spellings) {
        const created = await send(s, { method: 'POST', url, payload: { kind: 'sign_in' }, ip });
        assert.equal(created.status, 201, `${url} → ${created.text}`);
        ids.push(created.body.flow.id);
        const refused = await send(s, { method: 'POST', url, payload: { kind: 'sign_in', extra: 1 }, ip });
        assertRefused(refused, url, 'VALIDATION_FAILED');
      }
      const id = ids[0]!;
      for (const url of [`/v1/flows/${id}`, `//v1/flows/${id}`, `/V1/FLOWS/${id}/`, `/v1//flows//${id}`]) {
        const read = await send(s, { method: 'GET', url });
        assert.equal(read.status, 200, `${url} → ${read.text}`);
        assert.equal(read.body.flow.id, id);
      }
      const hits = await s.tessera.counters.count(`req:${ip}:POST /v1/flows`, 60_000, s.clock.now());
      assert.equal(hits, spellings.length, 'every spelling counts in one bucket');
    });

    test('NUL and control characters in every path parameter, query and string field of every documented route: no 5xx', async () => {
      const failures: string[] = [];
      for (const request of controlCharacterRequests(documentedRoutes(s), token)) {
        const kind = FIRST_STEP_KIND[(request.payload as { step?: string } | undefined)?.step ?? ''];
        if (request.what.startsWith('POST /v1/flows/:flowId body.') && kind)
          request.url = `/v1/flows/${(await startFlow(s, { kind })).body.flow.id}`;
        const reply = await send(s, request);
        if (reply.status >= 500) failures.push(`${request.what} → ${reply.status}`);
        else if (reply.status >= 400 && !isDevicePollAnswer(request.url, reply))
          assertCatalogError(reply, request.what);
      }
      assert.deepEqual(failures, []);
    });

    test('sign-out and revoke-all need no body (an absent body is not bad input)', async () => {
      const spare = () => s.tessera.services.sessions.create({ accountId, ip: '127.0.0.1', userAgent: null });
      const one = await spare();
      assert.equal((await send(s, { method: 'POST', url: '/v1/sessions/sign-out', token: one.token })).status, 200);
      const two = await spare();
      const revoked = await send(s, { method: 'POST', url: '/v1/sessions/revoke-all', token: two.token });
      assert.equal(revoked.status, 200, revoked.text);
      assert.ok(revoked.body.revoked >= 1);
      assert.equal((await send(s, { method: 'GET', url: '/v1/account', token: two.token })).status, 401);
      token = (await spare()).token;
    });

    test('control characters in device names never reach a 5xx', async () => {
      const renamed = await send(s, {
        method: 'PATCH',
        url: '/v1/devices/dev_AAAAAAAAAAAAAAAA',
        payload: { name: 'lap\u0000top' },
        token,
      });
      assert.ok(renamed.status < 500, `rename → ${renamed.status} ${renamed.text}`);
      await signUp(s, { email: 'dave@example.com', password: PASSWORD });
      const reply = await send(s, {
        method: 'POST',
        url: '/v1/flows',
        payload: { kind: 'connect', appId: 'app.secure', device: { name: 'lap\u0000top', platform: 'li\u0000nux' } },
      });
      assertCatalogError(reply, 'connect with control characters', 'VALIDATION_FAILED');
    });
  });
}
