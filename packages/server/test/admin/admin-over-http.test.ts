// /admin/v1 over real HTTP against the real server process (bin/tessera-server.js serve): for every resource and
// scope, an unknown token gets 401, a token without the scope 403 SCOPE_MISSING, the scope's own token its 2xx; and a
// webhook receiver started here verifies the Standard Webhooks signature of deliveries an HTTP call caused.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { ManualClock } from '../../src/index.js';
import { OPERATOR_SCOPES, type OperatorScope } from '../../src/operators/index.js';
import { createTestDatabase, type TestDatabase } from '../support/databases.js';
import { startTestServer } from '../support/test-server.js';
import { createAccounts } from '../licensing/licensing-support.js';
import { killed, startServer } from '../integrity/crash-support.js';
import { startReceiver, type Receiver } from '../webhooks/webhook-support.js';
import { ensurePlan } from './admin-support.js';

interface Seeded {
  tokens: Map<OperatorScope, string>;
  spareTokenId: string;
  accountId: string;
  otherAccountId: string;
  deviceId: string;
  subscriptionId: string;
}

/** Tokens (one per scope), two accounts, a device and a subscription, written before the server starts. */
async function seed(db: TestDatabase): Promise<Seeded> {
  const s = await startTestServer({
    db: 'sqlite',
    shared: { db, redisPrefix: 'http:' },
    clock: new ManualClock(Date.now()),
  });
  try {
    const tokens = new Map<OperatorScope, string>();
    for (const scope of OPERATOR_SCOPES) {
      const created = await s.tessera.operatorTokens.create({ name: scope, scopes: [scope] });
      assert.ok(created.ok);
      tokens.set(scope, created.token);
    }
    const spare = await s.tessera.operatorTokens.create({ name: 'spare', scopes: ['plans:read'] });
    assert.ok(spare.ok);
    await ensurePlan(s);
    const [accountId, otherAccountId] = await createAccounts(s, 2);
    const granted = await s.tessera.licensing.operator.grant({ accountId: accountId!, planId: 'pro' });
    assert.ok(granted.ok);
    const deviceId = `dev_${randomBytes(8).toString('hex')}`;
    const now = s.clock.now();
    await s.tessera.database.db
      .insertInto('devices')
      .values({
        id: deviceId,
        account_id: accountId!,
        name: 'Laptop',
        platform: 'linux',
        created_at: now,
        last_seen_at: now,
        disconnected_at: null,
      })
      .execute();
    return {
      tokens,
      spareTokenId: spare.summary.id,
      accountId: accountId!,
      otherAccountId: otherAccountId!,
      deviceId,
      subscriptionId: granted.subscription.id,
    };
  } finally {
    await s.close();
  }
}

type Case = [scope: OperatorScope, method: string, path: string, body: unknown, status: number];

/** Every resource and verb, with a real target: the calls a vendor's systems and support make. */
function cases(x: Seeded, receiver: Receiver): Case[] {
  const a = `/admin/v1/accounts/${x.accountId}`;
  return [
    ['accounts:read', 'GET', `/admin/v1/accounts?search=${x.accountId}`, undefined, 200],
    ['accounts:read', 'GET', a, undefined, 200],
    ['accounts:write', 'POST', `${a}/sign-out`, undefined, 200],
    ['accounts:write', 'POST', `${a}/recovery`, undefined, 202],
    [
      'webhooks:write',
      'POST',
      '/admin/v1/webhooks/endpoints',
      { url: receiver.url(), eventTypes: ['subscription.created', 'subscription.transferred'] },
      201,
    ],
    ['webhooks:read', 'GET', '/admin/v1/webhooks/endpoints', undefined, 200],
    ['subscriptions:write', 'POST', `${a}/subscriptions`, { planId: 'pro', note: 'order 1' }, 201],
    ['subscriptions:read', 'GET', `${a}/subscriptions`, undefined, 200],
    ['subscriptions:read', 'GET', `/admin/v1/subscriptions/${x.subscriptionId}`, undefined, 200],
    ['subscriptions:write', 'POST', `/admin/v1/subscriptions/${x.subscriptionId}/extend`, { days: 3 }, 200],
    [
      'subscriptions:write',
      'POST',
      `/admin/v1/subscriptions/${x.subscriptionId}/transfer`,
      { toAccountId: x.otherAccountId },
      200,
    ],
    ['plans:read', 'GET', '/admin/v1/plans', undefined, 200],
    ['plans:read', 'GET', '/admin/v1/plans/pro', undefined, 200],
    [
      'plans:write',
      'POST',
      '/admin/v1/plans',
      { id: 'team', name: 'Team', deviceLimit: 5, memberLimit: 5, termDays: 365, features: [] },
      201,
    ],
    ['codes:write', 'POST', '/admin/v1/code-batches', { planId: 'pro', count: 3 }, 201],
    ['codes:read', 'GET', '/admin/v1/code-batches?limit=10', undefined, 200],
    ['devices:read', 'GET', `${a}/devices`, undefined, 200],
    ['devices:read', 'GET', `${a}/devices/${x.deviceId}`, undefined, 200],
    ['devices:write', 'POST', `${a}/devices/${x.deviceId}/disconnect`, undefined, 200],
    ['events:read', 'GET', `/admin/v1/events?limit=5&accountId=${x.accountId}`, undefined, 200],
    ['events:read', 'GET', '/admin/v1/events/export?type=operator.request', undefined, 200],
    [
      'statements:write',
      'POST',
      '/admin/v1/statements',
      { region: 'VN', locale: 'en', title: 'Data', body: 'What we keep.' },
      201,
    ],
    ['statements:read', 'GET', '/admin/v1/statements?region=VN', undefined, 200],
    ['keys:read', 'GET', '/admin/v1/signing-keys', undefined, 200],
    ['keys:write', 'POST', '/admin/v1/signing-keys/rotate', undefined, 200],
    ['tokens:read', 'GET', '/admin/v1/tokens', undefined, 200],
    ['tokens:write', 'POST', `/admin/v1/tokens/${x.spareTokenId}/revoke`, undefined, 200],
  ];
}

/** One request on its own connection (no keep-alive reuse, so a slow machine never meets a socket the server closed). */
function send(base: string, token: string, method: string, path: string, body: unknown) {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise<{ status: number; text: string; json: () => any; type: string | undefined }>((resolve, reject) => {
    const req = http.request(
      `${base}${path}`,
      {
        method,
        agent: false,
        headers: {
          authorization: `Bearer ${token}`,
          ...(payload !== undefined
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text,
            json: () => JSON.parse(text),
            type: res.headers['content-type'],
          }),
        );
      },
    );
    req.on('error', (error) => reject(new Error(`${method} ${path}: ${error.message}`)));
    req.end(payload);
  });
}

/** Resolves once `done` holds, polling what the receiver got; fails after `ms` with what arrived. */
async function until(receiver: Receiver, done: () => boolean, ms = 15_000) {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) assert.fail(`not delivered in time: ${JSON.stringify(receiver.received.map((r) => r.type))}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('operator API over HTTP (the server process)', () => {
  let db: TestDatabase;
  let server: ChildProcess;
  let base: string;
  let seeded: Seeded;
  let receiver: Receiver;
  before(async () => {
    db = await createTestDatabase('sqlite');
    seeded = await seed(db);
    receiver = await startReceiver();
    const configFile = join(db.dataDir, 'http-config.json');
    writeFileSync(
      configFile,
      JSON.stringify({ webhooks: { allowPrivateUrls: true, pollIntervalMs: 100, retryBaseSeconds: 1 } }),
    );
    ({ process: server, base } = await startServer({
      TESSERA_DATA_DIR: db.dataDir,
      TESSERA_PORT: '0',
      TESSERA_LOG_LEVEL: 'fatal',
      TESSERA_CONFIG_FILE: configFile,
    }));
  });
  after(async () => {
    if (server) await killed(server);
    await receiver?.close();
    await db?.drop();
  });

  test('every resource and scope: 401 for an unknown token, 403 without the scope, 2xx with it', async () => {
    const unknown = `tsk_${'A'.repeat(43)}`;
    for (const [scope, method, path, body, status] of cases(seeded, receiver)) {
      const what = `${method} ${path}`;
      const anonymous = await send(base, unknown, method, path, body);
      assert.equal(anonymous.status, 401, `${what}: ${anonymous.text}`);
      assert.equal(anonymous.json().error.code, 'UNAUTHENTICATED');
      // A token of another resource (a read scope never implies a write one, nor one resource another).
      const other = seeded.tokens.get(scope.startsWith('plans:') ? 'keys:write' : 'plans:write')!;
      const refused = await send(base, other, method, path, body);
      assert.equal(refused.status, 403, `${what}: ${refused.text}`);
      assert.equal(refused.json().error.code, 'SCOPE_MISSING');
      assert.equal(refused.json().error.details.scope, scope);
      const allowed = await send(base, seeded.tokens.get(scope)!, method, path, body);
      assert.equal(allowed.status, status, `${what}: ${allowed.text}`);
      assert.match(allowed.type ?? '', path.includes('/export') ? /application\/x-ndjson/ : /application\/json/);
      if (method === 'POST' && path === '/admin/v1/webhooks/endpoints') receiver.secret(allowed.json().secret);
    }
  });

  test('the grant and the transfer made over HTTP reach the receiver, signed as Standard Webhooks say', async () => {
    const { accountId, otherAccountId, subscriptionId } = seeded;
    await until(
      receiver,
      () =>
        receiver.received.some((r) => r.type === 'subscription.created' && r.data.accountId === accountId) &&
        receiver.received.some(
          (r) => r.type === 'subscription.transferred' && r.data.subscriptionId === subscriptionId,
        ),
    );
    assert.ok(receiver.received.length > 0);
    assert.ok(
      receiver.received.every((r) => r.signed),
      'every delivery verifies with the endpoint secret',
    );
    const created = receiver.received.find((r) => r.type === 'subscription.created')!;
    assert.equal(created.data.source, 'grant');
    assert.match(created.id, /^msg_/);
    assert.ok(Math.abs(created.timestamp - Date.now() / 1000) < 600, 'webhook-timestamp is in seconds, now');
    const transferred = receiver.received.find((r) => r.type === 'subscription.transferred')!;
    assert.deepEqual(transferred.data, {
      accountId: otherAccountId,
      fromAccountId: accountId,
      subscriptionId,
      planId: 'pro',
      seatsFreed: 0,
    });
  });
});
