// The built binary: `admin tokens …` and `admin webhooks …` with --json, then a server SIGKILLed while a delivery is
// in flight sends it again after its restart (the outbox survives; the dead worker's lease lapses).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killed, startServer } from '../integrity/crash-support.js';
import { startReceiver, type Receiver } from './webhook-support.js';

const BIN = new URL('../../bin/tessera-server.js', import.meta.url).pathname;

let dataDir: string;
let env: Record<string, string>;
let receiver: Receiver;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function until(what: string, check: () => boolean, seconds = 60) {
  for (let i = 0; i < seconds * 20; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`waited too long for ${what}`);
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'tessera-hooks-'));
  const configFile = join(dataDir, 'config.json');
  writeFileSync(
    configFile,
    JSON.stringify({ webhooks: { allowPrivateUrls: true, timeoutSeconds: 1, pollIntervalMs: 100 } }),
  );
  env = { TESSERA_DATA_DIR: dataDir, TESSERA_PORT: '0', TESSERA_LOG_LEVEL: 'fatal', TESSERA_CONFIG_FILE: configFile };
  receiver = await startReceiver();
});
after(async () => {
  await receiver.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('admin tokens create | list | revoke', () => {
  const created = run([
    'admin',
    'tokens',
    'create',
    '--name',
    'Web shop',
    '--scopes',
    'subscriptions:write,accounts:read',
    '--json',
  ]);
  assert.equal(created.code, 0, created.err);
  const token = JSON.parse(created.out);
  assert.match(token.token, /^tsk_/);
  assert.deepEqual(token.scopes, ['accounts:read', 'subscriptions:write']);
  const plain = run(['admin', 'tokens', 'create', '--name', 'cron', '--scopes', 'events:read']);
  assert.equal(plain.code, 0, plain.err);
  assert.match(plain.out.trim(), /^tsk_[A-Za-z0-9_-]{43}$/);
  assert.match(plain.err, /cannot be shown again/);
  const listed = JSON.parse(run(['admin', 'tokens', 'list', '--json']).out);
  assert.deepEqual(listed.map((t: { name: string }) => t.name).sort(), ['Web shop', 'cron']);
  assert.ok(!JSON.stringify(listed).includes(token.token));
  assert.equal(run(['admin', 'tokens', 'revoke', token.id]).code, 0);
  const bad = run(['admin', 'tokens', 'create', '--name', 'x', '--scopes', 'accounts:destroy']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /unknown scopes: accounts:destroy/);
  assert.equal(run(['admin', 'tokens', 'create', '--name', 'x', '--url', 'http://x']).code, 2);
});

test('admin webhooks create | list | deliveries; a SIGKILLed server sends the in-flight delivery after restart', async () => {
  const refused = run(['admin', 'webhooks', 'create', '--url', 'file:///etc/passwd', '--events', 'account.created']);
  assert.notEqual(refused.code, 0);
  const created = run([
    'admin',
    'webhooks',
    'create',
    '--url',
    receiver.url(),
    '--events',
    'account.created',
    '--json',
  ]);
  assert.equal(created.code, 0, created.err);
  const endpoint = JSON.parse(created.out);
  assert.match(endpoint.secret, /^whsec_/);
  receiver.secret(endpoint.secret);
  assert.deepEqual(
    JSON.parse(run(['admin', 'webhooks', 'list', '--json']).out).map((e: { id: string }) => e.id),
    [endpoint.id],
  );
  // An admin command records the event; only servers send.
  const user = run(
    ['admin', 'users', 'create', '--email', 'crash@example.com', '--password-stdin', '--json'],
    'granite-willow-93\n',
  );
  assert.equal(user.code, 0, user.err);
  const accountId = JSON.parse(user.out).id;

  receiver.script('hang');
  const first = await startServer(env);
  try {
    await until('the first delivery', () => receiver.received.length === 1);
  } finally {
    await killed(first.process);
  }
  const second = await startServer(env);
  try {
    await until('the delivery after the restart', () => receiver.received.length === 2);
    // Received is not yet recorded: a stop while the answer is on its way aborts the request (sent again later).
    const statuses = () =>
      JSON.parse(run(['admin', 'webhooks', 'deliveries', endpoint.id, '--json']).out).map(
        (d: { status: string }) => d.status,
      );
    await until('the delivery recorded as delivered', () => statuses()[0] === 'delivered');
    const exited = new Promise((resolve) => second.process.once('exit', resolve));
    second.process.kill('SIGTERM');
    await exited;
  } finally {
    await killed(second.process);
  }
  const [before, afterRestart] = receiver.received;
  assert.equal(afterRestart!.id, before!.id);
  assert.equal(afterRestart!.body, before!.body);
  assert.ok(afterRestart!.signed);
  assert.deepEqual(afterRestart!.data, { accountId, email: 'crash@example.com', country: 'VN' });

  const log = run(['admin', 'webhooks', 'deliveries', endpoint.id, '--json']);
  assert.equal(log.code, 0, log.err);
  assert.deepEqual(
    JSON.parse(log.out).map((d: { status: string; eventType: string }) => [d.status, d.eventType]),
    [['delivered', 'account.created']],
  );
  assert.equal(run(['admin', 'webhooks', 'delete', endpoint.id]).code, 0);
  assert.deepEqual(JSON.parse(run(['admin', 'webhooks', 'list', '--json']).out), []);
});
