// Property-based fuzzing of every documented /v1 route: random bodies, payloads, content types, ids and queries never get a 5xx.
// SQLite only, on purpose: the point is volume (thousands of requests), not the backend; bad-input.test.ts runs the
// backend-sensitive inputs (NUL bytes, ids) on PostgreSQL too. Fixed seed: set TESSERA_FUZZ_SEED / TESSERA_FUZZ_RUNS to explore further.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FLOW_KINDS, type FlowKind } from '@tessera/protocol';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp, startFlow } from '../support/journey.js';
import {
  assertCatalogError,
  isDevicePollAnswer,
  describeRequest,
  documentedRoutes,
  send,
  type ApiRoute,
  type RawRequest,
  type Schema,
} from './http-support.js';

const SEED = Number(process.env.TESSERA_FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.TESSERA_FUZZ_RUNS ?? 400);

/** Routes with the most paths behind validation get more runs. */
const EXTRA_RUNS: Record<string, number> = { 'POST /v1/flows/:flowId': 2 };

// Placeholders the generators emit and each run swaps for live values (they change as the fuzzer acts).
const PASSWORD_SLOT = '<<password>>';
const SESSION_SLOT = '<<session>>';
const flowSlot = (kind: FlowKind) => `<<flow:${kind}>>`;
/** A flow of this kind made just for the run, so submissions also meet flows at their first step. */
const freshSlot = (kind: FlowKind) => `<<fresh:${kind}>>`;
/** A fresh flow whose first step is the one the body submits, so runs get past the step check. */
const MATCHING_SLOT = '<<fresh:matching>>';
const FIRST_STEP_OF: Record<string, FlowKind> = { credentials: 'sign_in', details: 'sign_up', identify: 'recovery' };

/** Values a key plausibly holds, beyond what its schema says, so runs get past validation into the handlers. */
const PLAUSIBLE: Record<string, fc.Arbitrary<unknown>> = {
  email: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('alice@example.com', 'fuzz@example.com', 'ALICE@example.com') },
    { weight: 1, arbitrary: fc.emailAddress() },
  ),
  password: fc.oneof(fc.constant(PASSWORD_SLOT), fc.string({ maxLength: 20 })),
  currentPassword: fc.constant(PASSWORD_SLOT),
  newPassword: fc.oneof(fc.string({ minLength: 8, maxLength: 30 }), fc.constant('password')),
  code: fc.oneof(fc.stringMatching(/^\d{6}$/), fc.string({ maxLength: 8 })),
  phone: fc.constantFrom('+12015550123', '+84912345678', '+447700900123', '+999', '0912345678'),
  appId: fc.constantFrom('app.secure', 'app.basic', 'x'),
  to: fc.constantFrom('alice@example.com', '+12015550123', ''),
  credential: fc.oneof(fc.stringMatching(/^dc_[A-Za-z0-9_-]{0,43}$/), fc.string({ maxLength: 20 })),
};

const anyValue = fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 40 }), fc.integer(), fc.constant(null));

/** A value the schema (mostly) allows. */
function fromSchema(schema: Schema | undefined): fc.Arbitrary<unknown> {
  if (!schema) return anyValue;
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(fromSchema));
  switch (schema.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum ?? -10) - 1, max: Math.min(schema.maximum ?? 1000, 1e6) + 1 });
    case 'object': {
      const props = schema.properties ?? {};
      return fc.record(Object.fromEntries(Object.entries(props).map(([k, s]) => [k, valueFor(k, s)])), {
        requiredKeys: schema.required ?? [],
      });
    }
    case 'string':
      return schema.pattern
        ? fc.stringMatching(new RegExp(schema.pattern)).map((v) => v.slice(0, schema.maxLength ?? 64))
        : fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) });
    default:
      return anyValue;
  }
}

const valueFor = (key: string, schema: Schema | undefined): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 6, arbitrary: PLAUSIBLE[key] ?? fromSchema(schema) }, { weight: 1, arbitrary: anyValue });

const recordOf = (keys: string[], required: string[], schemas: Record<string, Schema>) =>
  keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, valueFor(k, schemas[k])])), { requiredKeys: required })
    : fc.constant({});

/** An object in one of the route's shapes or with any of its keys, random values, and now and then a key it does not know. */
const structured = (route: ApiRoute) => {
  const shapes = route.shapes.length ? route.shapes : [{ fixed: {}, required: [], optional: [], schemas: {} }];
  const allSchemas = Object.assign({}, ...shapes.map((s) => s.schemas)) as Record<string, Schema>;
  return fc
    .tuple(
      fc.oneof(
        {
          weight: 5,
          arbitrary: fc.oneof(
            ...shapes.map((s) =>
              recordOf([...s.required, ...s.optional], s.required, s.schemas).map((v) => ({ ...s.fixed, ...v })),
            ),
          ),
        },
        { weight: 1, arbitrary: recordOf(route.keys, [], allSchemas) },
      ),
      fc.oneof(
        { weight: 7, arbitrary: fc.constant({}) },
        { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), anyValue, { minKeys: 1, maxKeys: 2 }) },
      ),
    )
    .map(([known, extra]) => ({ ...extra, ...known }));
};

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json; charset=utf-16le',
    'application/json;',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/octet-stream',
    'application/xml',
    '',
  ),
  fc.string({ unit: 'grapheme-ascii', maxLength: 40 }),
);

interface Body {
  payload?: string | Buffer;
  contentType?: string;
}
const json = (payload: string | undefined): Body =>
  payload === undefined ? {} : { payload, contentType: 'application/json' };

const bodyFor = (route: ApiRoute): fc.Arbitrary<Body> =>
  fc.oneof(
    { weight: 10, arbitrary: structured(route).map((v) => json(JSON.stringify(v))) },
    { weight: 2, arbitrary: fc.anything().map((v) => json(JSON.stringify(v))) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 3 }).map(json) },
    { weight: 2, arbitrary: fc.record({ payload: fc.string({ unit: 'binary', maxLength: 200 }), contentType }) },
    {
      weight: 1,
      arbitrary: fc.record({ payload: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), contentType }),
    },
    { weight: 1, arbitrary: fc.constant({}) },
  );

/** A path parameter: live ids, id-shaped strings and any text, percent-encoded and within the router's 100 characters. */
const pathId = (param: string, schema: Schema) =>
  fc.oneof(
    { weight: param === 'flowId' ? 4 : 0, arbitrary: fc.constant(MATCHING_SLOT) },
    {
      weight: 3,
      arbitrary:
        param === 'flowId'
          ? fc.constantFrom(...FLOW_KINDS.flatMap((k) => [flowSlot(k), freshSlot(k)]))
          : param === 'sessionId'
            ? fc.constant(SESSION_SLOT)
            : fromSchema(schema).map(String),
    },
    { weight: 2, arbitrary: fc.stringMatching(/^(flw|ses|dev)_[A-Za-z0-9_-]{0,24}$/) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 70 }).map(encodeURIComponent) },
  );

const queryFor = (route: ApiRoute) => {
  const keys = Object.keys(route.query);
  const name = keys.length
    ? fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...keys) },
        { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
      )
    : fc.string({ maxLength: 6 });
  const value = fc.oneof(
    ...keys.map((k) => valueFor(k, route.query[k]).map(String)),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
  return fc.oneof(
    { weight: keys.length ? 1 : 5, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.dictionary(name, value, { maxKeys: 3 }).map((q) => new URLSearchParams(q).toString()) },
  );
};

const credentialKind = fc.constantFrom('valid', 'valid', 'valid', 'valid', 'none', 'garbage', 'cookie');

/** A per-route seed offset that does not move when routes are added. */
const seedOf = (name: string) => [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 1_000_003, 7);

function stepOf(payload: unknown): string {
  try {
    return String(JSON.parse(String(payload)).step);
  } catch {
    return '';
  }
}

describe('fuzzing every documented /v1 route (SQLite)', () => {
  let s: TestServer;
  let accountId: string;
  let password = 'lantern-harbour-42';
  let session: { token: string; id: string };
  const flows = new Map<FlowKind, string>();

  const newSession = async () => {
    const created = await s.tessera.services.sessions.create({ accountId, ip: '127.0.0.1', userAgent: 'fuzz' });
    session = { token: created.token, id: created.session.id };
  };
  const startFresh = async (kind: FlowKind) => {
    const body =
      kind === 'connect' ? { kind, appId: 'app.secure', device: { name: 'Fuzz', platform: 'test' } } : { kind };
    const created = await startFlow(s, body);
    assert.equal(created.status, 201);
    return created.body.flow.id;
  };
  const fill = (text: string) => {
    // Replacer functions: a `$` in a fuzzed password must not read as a replacement pattern.
    let out = text
      .replaceAll(PASSWORD_SLOT, () => JSON.stringify(password).slice(1, -1))
      .replaceAll(SESSION_SLOT, () => session.id);
    for (const [kind, id] of flows) out = out.replaceAll(flowSlot(kind), () => id);
    return out;
  };

  before(async () => {
    s = await startTestServer({ db: 'sqlite' });
    ({ accountId } = await signUp(s, { email: 'alice@example.com', password }));
    await newSession();
    for (const kind of FLOW_KINDS) flows.set(kind, await startFresh(kind));
  });
  after(async () => {
    await s.close();
  });

  test('no 5xx, and every refusal a catalog error, on every route', async (t) => {
    const routes = documentedRoutes(s);
    const names = routes.map((r) => `${r.method} ${r.path}`);
    for (const core of [
      'POST /v1/flows',
      'POST /v1/flows/:flowId',
      'POST /v1/account/password',
      'DELETE /v1/sessions/:sessionId',
      'GET /v1/account/events',
    ]) {
      assert.ok(names.includes(core), `the OpenAPI document lists ${core}`);
    }
    for (const route of routes) {
      await t.test(`${route.method} ${route.path}`, async (sub) => {
        const seen = new Map<string, number>();
        const params = Object.keys(route.params);
        const request = fc.record({
          ids: fc.tuple(...params.map((p) => pathId(p, route.params[p]!))),
          body: route.method === 'GET' ? fc.constant<Body>({}) : bodyFor(route),
          query: queryFor(route),
          credential: route.auth ? credentialKind : fc.constantFrom('none', 'none', 'valid'),
        });
        await fc.assert(
          fc.asyncProperty(request, async ({ ids, body, query, credential }) => {
            let path = route.path;
            for (const [i, id] of ids.entries()) {
              const fresh =
                id === MATCHING_SLOT
                  ? (FIRST_STEP_OF[stepOf(body.payload)] ?? 'sign_in')
                  : (/^<<fresh:(\w+)>>$/.exec(id)?.[1] as FlowKind | undefined);
              path = path.replace(new RegExp(`:${params[i]}(?=/|$)`), fresh ? await startFresh(fresh) : fill(id));
            }
            const req: RawRequest = {
              method: route.method,
              url: query ? `${path}?${query}` : path,
              ...(body.payload !== undefined
                ? { payload: typeof body.payload === 'string' ? fill(body.payload) : body.payload }
                : {}),
              ...(body.contentType !== undefined ? { contentType: body.contentType } : {}),
              ...(credential === 'valid'
                ? { token: session.token }
                : credential === 'garbage'
                  ? { token: `tss_${ids.join('')}` }
                  : {}),
              ...(credential === 'cookie'
                ? { headers: { cookie: `__Host-tessera_session=${encodeURIComponent(session.token)}` } }
                : {}),
            };
            const reply = await send(s, req);
            const context = describeRequest(req);
            assert.ok(reply.status < 500, `5xx: ${context} → ${reply.status} ${reply.text.slice(0, 300)}`);
            // The device's poll answers with RFC 8628's error values, as documented; every other refusal is the catalog's.
            const outcome =
              reply.status < 400
                ? String(reply.status)
                : isDevicePollAnswer(req.url, reply)
                  ? `rfc8628:${reply.body.error}`
                  : assertCatalogError(reply, context);
            if (reply.status < 400)
              assert.ok(reply.status >= 200 && reply.status < 300, `${context} → ${reply.status}`);
            seen.set(outcome, (seen.get(outcome) ?? 0) + 1);

            // Keep the fuzzer's credentials live: it may sign itself out or change the password.
            if (route.path === '/v1/account/password' && reply.status === 200)
              password = JSON.parse(String(req.payload)).newPassword;
            if (
              reply.status === 401 ||
              route.path.startsWith('/v1/sessions/') ||
              route.path === '/v1/account/password'
            ) {
              if (!(await s.tessera.services.sessions.authenticate(session.token))) await newSession();
            }
          }),
          {
            seed: SEED + seedOf(`${route.method} ${route.path}`),
            numRuns: RUNS * (EXTRA_RUNS[`${route.method} ${route.path}`] ?? 1),
          },
        );
        // What the runs reached, to see at a glance that they get past validation.
        sub.diagnostic(
          [...seen]
            .sort(([, a], [, b]) => b - a)
            .map(([k, n]) => `${k}×${n}`)
            .join(' '),
        );
      });
    }
  });
});
