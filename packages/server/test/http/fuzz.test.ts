// Property-based fuzzing of every /v1 route: random bodies, payloads, content types, ids and queries never get a 5xx.
// SQLite only, on purpose: the point is volume (thousands of requests), not the backend; bad-input.test.ts runs the
// backend-sensitive inputs (NUL bytes, ids) on PostgreSQL too. Fixed seed: set TESSERA_FUZZ_SEED / TESSERA_FUZZ_RUNS to explore further.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FLOW_KINDS, STEPS, type FlowKind } from '@tessera/protocol';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, startFlow } from '../support/journey.js';
import { assertCatalogError, describeRequest, send, type RawRequest } from './http-support.js';

const SEED = Number(process.env.TESSERA_FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.TESSERA_FUZZ_RUNS ?? 400);

interface FuzzRoute {
  method: 'GET' | 'POST' | 'DELETE';
  /** Fastify spelling; `:param` is replaced by a generated id. */
  path: string;
  auth: boolean;
  /** Body keys the route knows (values are fuzzed). */
  keys: string[];
  /** The body's variants (a union): fixed members plus required and optional keys; one variant of all `keys` when absent. */
  shapes?: Shape[];
  /** Query keys the route knows. */
  query?: string[];
  /** Runs relative to the others (the flow submission has the most paths). */
  weight?: number;
}

interface Shape { fixed: Record<string, unknown>; required: string[]; optional?: string[] }

const FLOW_SHAPES: Shape[] = FLOW_KINDS.map((kind) => ({ fixed: { kind }, required: kind === 'connect' ? ['appId', 'device'] : [], optional: ['locale'] }));
const STEP_SHAPES: Shape[] = [
  { fixed: { step: 'credentials' }, required: ['email', 'password'], optional: ['captcha_answer'] },
  { fixed: { step: 'second_factor' }, required: ['action'], optional: ['code'] },
  { fixed: { step: 'details' }, required: ['email', 'password', 'country'], optional: ['locale'] },
  { fixed: { step: 'verify_email' }, required: ['action'], optional: ['code'] },
  { fixed: { step: 'identify' }, required: ['email'] },
  { fixed: { step: 'verify_code' }, required: ['action'], optional: ['code'] },
  { fixed: { step: 'new_password' }, required: ['password'] },
];

const ROUTES: FuzzRoute[] = [
  { method: 'POST', path: '/v1/flows', auth: false, keys: ['kind', 'locale', 'appId', 'device'], shapes: FLOW_SHAPES },
  { method: 'GET', path: '/v1/flows/:flowId', auth: false, keys: [] },
  { method: 'POST', path: '/v1/flows/:flowId', auth: false, keys: ['step', 'email', 'password', 'captcha_answer', 'action', 'code', 'country', 'locale'], shapes: STEP_SHAPES, weight: 2 },
  { method: 'GET', path: '/v1/account', auth: true, keys: [] },
  { method: 'POST', path: '/v1/account/password', auth: true, keys: ['currentPassword', 'newPassword'] },
  { method: 'POST', path: '/v1/account/phone', auth: true, keys: ['phone', 'password'] },
  { method: 'POST', path: '/v1/account/phone/verify', auth: true, keys: ['code'] },
  { method: 'POST', path: '/v1/account/phone/remove', auth: true, keys: ['password'] },
  { method: 'POST', path: '/v1/account/totp', auth: true, keys: ['password'] },
  { method: 'POST', path: '/v1/account/totp/verify', auth: true, keys: ['code'] },
  { method: 'POST', path: '/v1/account/totp/remove', auth: true, keys: ['password'] },
  { method: 'GET', path: '/v1/account/events', auth: true, keys: [], query: ['limit'] },
  { method: 'GET', path: '/v1/sessions', auth: true, keys: [] },
  { method: 'POST', path: '/v1/sessions/sign-out', auth: true, keys: [] },
  { method: 'POST', path: '/v1/sessions/revoke-all', auth: true, keys: ['keepCurrent'], shapes: [{ fixed: {}, required: [], optional: ['keepCurrent'] }] },
  { method: 'DELETE', path: '/v1/sessions/:sessionId', auth: true, keys: [] },
  { method: 'GET', path: '/v1/dev/outbox', auth: false, keys: [], query: ['to', 'channel', 'limit'] },
];

// Placeholders the generators emit and each run swaps for live values (they change as the fuzzer acts).
const PASSWORD_SLOT = '<<password>>';
const SESSION_SLOT = '<<session>>';
const flowSlot = (kind: FlowKind) => `<<flow:${kind}>>`;
/** A flow of this kind made just for the run, so submissions also meet flows at their first step. */
const freshSlot = (kind: FlowKind) => `<<fresh:${kind}>>`;
/** A fresh flow whose first step is the one the body submits, so runs get past the step check. */
const MATCHING_SLOT = '<<fresh:matching>>';
const FIRST_STEP_OF: Record<string, FlowKind> = { credentials: 'sign_in', details: 'sign_up', identify: 'recovery' };

/** Values a key could plausibly hold, so runs get past validation into the handlers. */
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  kind: fc.constantFrom(...FLOW_KINDS),
  locale: fc.constantFrom('en', 'vi'),
  appId: fc.constantFrom('app.secure', 'app.basic', 'x'),
  device: fc.record({ name: fc.string({ maxLength: 12 }), platform: fc.string({ maxLength: 8 }) }),
  step: fc.constantFrom(...STEPS),
  email: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('alice@example.com', 'fuzz@example.com', 'ALICE@example.com') }, { weight: 1, arbitrary: fc.emailAddress() }),
  password: fc.oneof(fc.constant(PASSWORD_SLOT), fc.string({ maxLength: 20 })),
  currentPassword: fc.constant(PASSWORD_SLOT),
  newPassword: fc.oneof(fc.string({ minLength: 8, maxLength: 30 }), fc.constant('password')),
  captcha_answer: fc.string({ maxLength: 6 }),
  action: fc.constantFrom('verify', 'resend', 'help', 'use_sms', 'use_totp'),
  code: fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ maxLength: 8 })),
  country: fc.constantFrom('VN', 'US', 'ZZ', 'vn'),
  phone: fc.constantFrom('+12015550123', '+84912345678', '+447700900123', '+999', '0912345678'),
  keepCurrent: fc.boolean(),
  limit: fc.oneof(fc.integer({ min: -5, max: 250 }).map(String), fc.string({ maxLength: 5 })),
  to: fc.constantFrom('alice@example.com', '+12015550123', ''),
  channel: fc.constantFrom('sms', 'email', 'fax'),
};

const anyValue = fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 40 }), fc.integer(), fc.constant(null));
const valueFor = (key: string) => fc.oneof({ weight: 6, arbitrary: PLAUSIBLE[key] ?? anyValue }, { weight: 1, arbitrary: anyValue });

const recordOf = (keys: string[], required: string[]) =>
  keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, valueFor(k)])), { requiredKeys: required }) : fc.constant({});

/** An object in one of the route's shapes or with any of its keys, random values, and now and then a key it does not know. */
const structured = (route: FuzzRoute) => fc.tuple(
  fc.oneof(
    { weight: 5, arbitrary: fc.oneof(...(route.shapes ?? [{ fixed: {}, required: route.keys }]).map(({ fixed, required, optional = [] }) =>
      recordOf([...required, ...optional], required).map((v) => ({ ...fixed, ...v })))) },
    { weight: 1, arbitrary: recordOf(route.keys, []) },
  ),
  fc.oneof({ weight: 7, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), anyValue, { minKeys: 1, maxKeys: 2 }) }),
).map(([known, extra]) => ({ ...extra, ...known }));

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json; charset=utf-16le', 'application/json;',
    'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/octet-stream', 'application/xml', '',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
);

interface Body { payload?: string | Buffer; contentType?: string }
const json = (payload: string | undefined): Body => (payload === undefined ? {} : { payload, contentType: 'application/json' });

const bodyFor = (route: FuzzRoute): fc.Arbitrary<Body> => fc.oneof(
  { weight: 10, arbitrary: structured(route).map((v) => json(JSON.stringify(v))) },
  { weight: 2, arbitrary: fc.anything().map((v) => json(JSON.stringify(v))) },
  { weight: 2, arbitrary: fc.json({ maxDepth: 3 }).map(json) },
  { weight: 2, arbitrary: fc.record({ payload: fc.string({ unit: 'binary', maxLength: 200 }), contentType }) },
  { weight: 1, arbitrary: fc.record({ payload: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), contentType }) },
  { weight: 1, arbitrary: fc.constant({}) },
);

/** A path parameter: live ids, id-shaped strings and any text, percent-encoded and within the router's 100 characters. */
const pathId = (param: string) => fc.oneof(
  { weight: 3, arbitrary: param === 'flowId' ? fc.constantFrom(MATCHING_SLOT, MATCHING_SLOT, ...FLOW_KINDS.flatMap((k) => [flowSlot(k), freshSlot(k)])) : fc.constant(SESSION_SLOT) },
  { weight: 2, arbitrary: fc.stringMatching(/^(flw|ses)_[A-Za-z0-9_-]{0,24}$/) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 70 }).map(encodeURIComponent) },
).filter((id) => id.length <= 100); // longer segments are answered by the router itself: see bad-input.test.ts (todo)

const queryFor = (route: FuzzRoute) => fc.oneof(
  { weight: route.query ? 1 : 5, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.dictionary(
    route.query?.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...route.query) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }) : fc.string({ maxLength: 6 }),
    fc.oneof(...(route.query ?? []).map((k) => PLAUSIBLE[k] as fc.Arbitrary<string>), fc.string({ unit: 'binary', maxLength: 30 })),
    { maxKeys: 3 },
  ).map((q) => new URLSearchParams(q).toString()) },
);

function stepOf(payload: unknown): string {
  try { return String(JSON.parse(String(payload)).step); } catch { return ''; }
}

const credential = fc.constantFrom('valid', 'valid', 'valid', 'valid', 'none', 'garbage', 'cookie');

describe('fuzzing every /v1 route (SQLite)', () => {
  let s: TestServer;
  let accountId: string;
  let password = 'lantern-harbour-42';
  let session: { token: string; id: string };
  const flows = new Map<FlowKind, string>();

  const newSession = async () => {
    const created = await s.tessera.services.sessions.create({ accountId, ip: '127.0.0.1', userAgent: 'fuzz' });
    session = { token: created.token, id: created.session.id };
  };

  before(async () => {
    s = await startTestServer({ db: 'sqlite' });
    ({ accountId } = await signUp(s, { email: 'alice@example.com', password }));
    await newSession();
    for (const kind of FLOW_KINDS) flows.set(kind, await startFresh(kind));
  });
  after(async () => { await s.close(); });

  const fill = (text: string) => {
    // Replacer functions: a `$` in a fuzzed password must not read as a replacement pattern.
    let out = text.replaceAll(PASSWORD_SLOT, () => JSON.stringify(password).slice(1, -1)).replaceAll(SESSION_SLOT, () => session.id);
    for (const [kind, id] of flows) out = out.replaceAll(flowSlot(kind), () => id);
    return out;
  };

  const startFresh = async (kind: FlowKind) => {
    const body = kind === 'connect' ? { kind, appId: 'app.secure', device: { name: 'Fuzz', platform: 'test' } } : { kind };
    const created = await startFlow(s, body);
    assert.equal(created.status, 201);
    return created.body.flow.id;
  };

  test('the list covers every documented route', async () => {
    const spec = s.tessera.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(spec.paths).filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    assert.deepEqual(documented.sort(), ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });

  ROUTES.forEach((route, index) => {
    test(`${route.method} ${route.path}: no 5xx, every refusal a catalog error`, async (t) => {
      const seen = new Map<string, number>();
      const param = /:(\w+)/.exec(route.path)?.[1];
      const request = fc.record({
        id: param ? pathId(param) : fc.constant(''),
        body: bodyFor(route),
        query: queryFor(route),
        credential: route.auth ? credential : fc.constant('none'),
      });
      await fc.assert(fc.asyncProperty(request, async ({ id, body, query, credential: cred }) => {
        const fresh = id === MATCHING_SLOT ? FIRST_STEP_OF[stepOf(body.payload)] ?? 'sign_in' : /^<<fresh:(\w+)>>$/.exec(id)?.[1] as FlowKind | undefined;
        const liveId = fresh ? await startFresh(fresh) : fill(id);
        const path = param ? route.path.replace(`:${param}`, liveId) : route.path;
        const req: RawRequest = {
          method: route.method, url: query ? `${path}?${query}` : path,
          ...(body.payload !== undefined ? { payload: typeof body.payload === 'string' ? fill(body.payload) : body.payload } : {}),
          ...(body.contentType !== undefined ? { contentType: body.contentType } : {}),
          ...(cred === 'valid' ? { token: session.token } : cred === 'garbage' ? { token: `tss_${id}` } : {}),
          ...(cred === 'cookie' ? { headers: { cookie: `tessera_session=${encodeURIComponent(session.token)}` } } : {}),
        };
        const reply = await send(s, req);
        const context = describeRequest(req);
        assert.ok(reply.status < 500, `5xx: ${context} → ${reply.status} ${reply.text.slice(0, 300)}`);
        const outcome = reply.status >= 400 ? assertCatalogError(reply, context) : String(reply.status);
        if (reply.status < 400) assert.ok(reply.status >= 200 && reply.status < 300, `${context} → ${reply.status}`);
        seen.set(outcome, (seen.get(outcome) ?? 0) + 1);

        // Keep the fuzzer's credentials live: it may sign itself out or change the password.
        if (route.path === '/v1/account/password' && reply.status === 200) password = JSON.parse(String(req.payload)).newPassword;
        if (route.auth && (reply.status === 401 || route.path.startsWith('/v1/sessions/')) && !(await s.tessera.services.sessions.authenticate(session.token))) {
          await newSession();
        }
      }), { seed: SEED + index, numRuns: RUNS * (route.weight ?? 1) });
      // What the runs reached, to see at a glance that they get past validation.
      t.diagnostic([...seen].sort(([, a], [, b]) => b - a).map(([k, n]) => `${k}×${n}`).join(' '));
    });
  });
});
