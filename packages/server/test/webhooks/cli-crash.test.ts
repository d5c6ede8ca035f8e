// `admin tokens …` and `admin webhooks …` with --json (in-process, but for one run of the built binary in each
// family), then a server process SIGKILLed while a delivery is in flight sends it again after its restart (the outbox
// survives; the dead worker's lease lapses).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killed, startServer } from '../integrity/crash-support.js';
import { runServerCli, spawnServerCli } from '../support/server-cli.js';
import { startReceiver, type Receiver } from './webhook-support.js';

let dataDir: string;
let env: Record<string, string>;
let receiver: Receiver;

const run = (args: string[], input?: string) => runServerCli(args, env, input);

async function until(what: string, check: () => boolean | Promise<boolean>, seconds = 60) {
  for (let i = 0; i < seconds * 20; i++) {
    if (await check()) return;
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

test('admin tokens create | list | revoke', async () => {
  const created = await run([
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
  const plain = await run(['admin', 'tokens', 'create', '--name', 'cron', '--scopes', 'events:read']);
  assert.equal(plain.code, 0, plain.err);
  assert.match(plain.out.trim(), /^tsk_[A-Za-z0-9_-]{43}$/);
  assert.match(plain.err, /cannot be shown again/);
  // The built binary prints the list a script parses.
  const listed = JSON.parse(spawnServerCli(['admin', 'tokens', 'list', '--json'], env).out);
  assert.deepEqual(listed.map((t: { name: string }) => t.name).sort(), ['Web shop', 'cron']);
  assert.ok(!JSON.stringify(listed).includes(token.token));
  assert.equal((await run(['admin', 'tokens', 'revoke', token.id])).code, 0);
  const bad = await run(['admin', 'tokens', 'create', '--name', 'x', '--scopes', 'accounts:destroy']);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /unknown scopes: accounts:destroy/);
  assert.equal((await run(['admin', 'tokens', 'create', '--name', 'x', '--url', 'http://x'])).code, 2);
});

test('admin webhooks create | list | deliveries; a SIGKILLed server sends the in-flight delivery after restart', async () => {
  const refused = await run([
    'admin',
    'webhooks',
    'create',
    '--url',
    'file:///etc/passwd',
    '--events',
    'account.created',
  ]);
  assert.notEqual(refused.code, 0);
  const created = await run([
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
    JSON.parse((await run(['admin', 'webhooks', 'list', '--json'])).out).map((e: { id: string }) => e.id),
    [endpoint.id],
  );
  // An admin command records the event; only servers send.
  const user = await run(
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
    const statuses = async () =>
      JSON.parse((await run(['admin', 'webhooks', 'deliveries', endpoint.id, '--json'])).out).map(
        (d: { status: string }) => d.status,
      );
    await until('the delivery recorded as delivered', async () => (await statuses())[0] === 'delivered');
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

  const log = await run(['admin', 'webhooks', 'deliveries', endpoint.id, '--json']);
  assert.equal(log.code, 0, log.err);
  assert.deepEqual(
    JSON.parse(log.out).map((d: { status: string; eventType: string }) => [d.status, d.eventType]),
    [['delivered', 'account.created']],
  );
  assert.equal((await run(['admin', 'webhooks', 'delete', endpoint.id])).code, 0);
  assert.deepEqual(
    JSON.parse(spawnServerCli(['admin', 'webhooks', 'list', '--json'], env).out),
    [],
    'the built binary',
  );
});
