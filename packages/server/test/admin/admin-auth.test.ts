// /admin/v1 authentication: every route refuses missing, wrong, revoked and session tokens alike (401), a token
// without the route's scope gets 403 SCOPE_MISSING naming it, the right scope passes, calls are audited with the
// token, the per-token limit holds, and operator tokens do nothing on /v1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp } from '../support/journey.js';
import { OPERATOR_SCOPES, type OperatorScope } from '../../src/operators/index.js';
import { admin, operatorToken } from './admin-support.js';

/** Every route of the operator API with the scope it needs. */
const ROUTES: Array<[method: string, url: string, scope: OperatorScope]> = [
  ['GET', '/admin/v1/accounts', 'accounts:read'],
  ['GET', '/admin/v1/accounts/acc_x', 'accounts:read'],
  ['POST', '/admin/v1/accounts/acc_x/second-factors/reset', 'accounts:write'],
  ['POST', '/admin/v1/accounts/acc_x/sign-out', 'accounts:write'],
  ['POST', '/admin/v1/accounts/acc_x/disable', 'accounts:write'],
  ['POST', '/admin/v1/accounts/acc_x/enable', 'accounts:write'],
  ['GET', '/admin/v1/subscriptions/sub_x', 'subscriptions:read'],
  ['POST', '/admin/v1/subscriptions/sub_x/extend', 'subscriptions:write'],
  ['POST', '/admin/v1/subscriptions/sub_x/revoke', 'subscriptions:write'],
  ['POST', '/admin/v1/subscriptions/sub_x/transfer', 'subscriptions:write'],
  ['POST', '/admin/v1/accounts/acc_x/recovery', 'accounts:write'],
  ['GET', '/admin/v1/accounts/acc_x/devices/dev_x', 'devices:read'],
  ['GET', '/admin/v1/plans/plan_x', 'plans:read'],
  ['GET', '/admin/v1/code-batches/bat_x', 'codes:read'],
  ['POST', '/admin/v1/accounts/acc_x/deletion', 'accounts:write'],
  ['DELETE', '/admin/v1/accounts/acc_x/deletion', 'accounts:write'],
  ['GET', '/admin/v1/accounts/acc_x/devices', 'devices:read'],
  ['POST', '/admin/v1/accounts/acc_x/devices/dev_x/disconnect', 'devices:write'],
  ['GET', '/admin/v1/accounts/acc_x/subscriptions', 'subscriptions:read'],
  ['POST', '/admin/v1/accounts/acc_x/subscriptions', 'subscriptions:write'],
  ['GET', '/admin/v1/plans', 'plans:read'],
  ['POST', '/admin/v1/plans', 'plans:write'],
  ['POST', '/admin/v1/code-batches', 'codes:write'],
  ['GET', '/admin/v1/code-batches', 'codes:read'],
  ['POST', '/admin/v1/code-batches/bat_x/revoke', 'codes:write'],
  ['GET', '/admin/v1/events', 'events:read'],
  ['GET', '/admin/v1/events/export', 'events:read'],
  ['GET', '/admin/v1/tokens', 'tokens:read'],
  ['POST', '/admin/v1/tokens/opt_x/revoke', 'tokens:write'],
  ['GET', '/admin/v1/webhooks/endpoints', 'webhooks:read'],
  ['POST', '/admin/v1/webhooks/endpoints', 'webhooks:write'],
  ['GET', '/admin/v1/webhooks/endpoints/whe_x', 'webhooks:read'],
  ['DELETE', '/admin/v1/webhooks/endpoints/whe_x', 'webhooks:write'],
  ['POST', '/admin/v1/webhooks/endpoints/whe_x/enable', 'webhooks:write'],
  ['GET', '/admin/v1/webhooks/endpoints/whe_x/deliveries', 'webhooks:read'],
  ['POST', '/admin/v1/webhooks/deliveries/dlv_x/redeliver', 'webhooks:write'],
  ['GET', '/admin/v1/statements', 'statements:read'],
  ['POST', '/admin/v1/statements', 'statements:write'],
  ['GET', '/admin/v1/signing-keys', 'keys:read'],
  ['POST', '/admin/v1/signing-keys/rotate', 'keys:write'],
];

describe('operator API authentication and scopes', () => {
  let s: TestServer;
  let session: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
    session = (await signUp(s, { email: 'person@example.com', password: 'lantern-harbour-42' })).token;
  });
  after(async () => {
    await s.close();
  });

  test('every route is in the OpenAPI document under tag admin with operatorToken security', () => {
    const doc = s.tessera.app.swagger() as unknown as {
      paths: Record<string, Record<string, { tags?: string[]; security?: object[]; operationId?: string }>>;
      components: { securitySchemes: Record<string, unknown> };
    };
    assert.ok(doc.components.securitySchemes.operatorToken);
    for (const [method, url] of ROUTES) {
      const path = url
        .replace('acc_x', '{accountId}')
        .replace('dev_x', '{deviceId}')
        .replace('sub_x', '{subscriptionId}')
        .replace('bat_x', '{batchId}')
        .replace('plan_x', '{planId}')
        .replace('opt_x', '{tokenId}')
        .replace('whe_x', '{endpointId}')
        .replace('dlv_x', '{deliveryId}');
      const op = doc.paths[path]?.[method.toLowerCase()];
      assert.ok(op, `${method} ${path} documented`);
      assert.deepEqual(op.tags, ['admin']);
      assert.deepEqual(op.security, [{ operatorToken: [] }]);
      assert.match(op.operationId ?? '', /^admin[A-Z]/);
    }
  });

  test('no token, a malformed one, an unknown one, a revoked one and a session token: the same 401', async () => {
    const revoked = await operatorToken(s, [...OPERATOR_SCOPES]);
    const id = (await s.tessera.operatorTokens.list()).find((t) => t.lastUsedAt === null && t.revokedAt === null)!.id;
    assert.ok((await s.tessera.operatorTokens.revoke(id)).ok);
    const unknown = `tsk_${'A'.repeat(43)}`;
    for (const [method, url] of ROUTES) {
      for (const token of [undefined, 'nonsense', unknown, revoked, session]) {
        const r = await admin(s, token, method, url, method === 'GET' || method === 'DELETE' ? undefined : {});
        assert.equal(r.status, 401, `${method} ${url} with ${token?.slice(0, 4)}: ${r.raw}`);
        assert.equal(r.body.error.code, 'UNAUTHENTICATED');
      }
    }
  });

  test('a token without the scope gets 403 SCOPE_MISSING naming it; with the scope it gets past the check', async () => {
    for (const [method, url, scope] of ROUTES) {
      const others = OPERATOR_SCOPES.filter((x) => x.split(':')[0] !== scope.split(':')[0]);
      const without = await operatorToken(s, others);
      const refused = await admin(s, without, method, url, method === 'POST' ? {} : undefined);
      assert.equal(refused.status, 403, `${method} ${url}: ${refused.raw}`);
      assert.equal(refused.body.error.code, 'SCOPE_MISSING');
      assert.equal(refused.body.error.details.scope, scope);
      if (scope.endsWith(':write') && OPERATOR_SCOPES.includes(scope.replace(':write', ':read') as OperatorScope)) {
        const readOnly = await operatorToken(s, [scope.replace(':write', ':read') as OperatorScope]);
        const r = await admin(s, readOnly, method, url, method === 'POST' ? {} : undefined);
        assert.equal(r.status, 403, `${method} ${url} read-only`);
      }
      const withScope = await operatorToken(s, [scope]);
      const passed = await admin(s, withScope, method, url, method === 'POST' ? {} : undefined);
      assert.ok(![401, 403, 500].includes(passed.status), `${method} ${url}: ${passed.status} ${passed.raw}`);
    }
  });

  test('every call is audited with the token that made it, refusals for scope included', async () => {
    const token = await operatorToken(s, ['accounts:read'], 'auditor');
    const tokenId = (await s.tessera.operatorTokens.list()).find((t) => t.name === 'auditor')!.id;
    await admin(s, token, 'GET', '/admin/v1/accounts?limit=1');
    await admin(s, token, 'GET', '/admin/v1/plans');
    const rows = await s.tessera.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('type', '=', 'operator.request')
      .execute();
    const mine = rows
      .map((r) => (typeof r.details === 'string' ? JSON.parse(r.details) : r.details) as Record<string, unknown>)
      .filter((d) => d.tokenId === tokenId);
    assert.deepEqual(
      mine.map((d) => [d.method, d.route, d.status]),
      [
        ['GET', '/admin/v1/accounts', 200],
        ['GET', '/admin/v1/plans', 403],
      ],
    );
  });

  test('operator tokens are not sessions on /v1', async () => {
    const token = await operatorToken(s, [...OPERATOR_SCOPES]);
    const r = await s.tessera.app.inject({
      method: 'GET',
      url: '/v1/account',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(r.statusCode, 401);
  });
});

describe('operator API request limit per token', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({
      db: 'sqlite',
      overrides: { webhooks: { worker: false }, operatorRequestsPerMinute: 3 },
    });
  });
  after(async () => {
    await s.close();
  });

  test('a token over its limit gets 429 with a wait; another token is not affected', async () => {
    const a = await operatorToken(s, ['plans:read']);
    const b = await operatorToken(s, ['plans:read']);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await admin(s, a, 'GET', '/admin/v1/plans')).status);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const limited = await admin(s, a, 'GET', '/admin/v1/plans');
    assert.equal(limited.body.error.code, 'RATE_LIMITED');
    assert.ok(Number(limited.headers['retry-after']) > 0);
    assert.equal((await admin(s, b, 'GET', '/admin/v1/plans')).status, 200);
  });
});
