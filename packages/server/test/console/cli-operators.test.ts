// `tessera-server admin operators grant | revoke | list` on an existing account, with --json, and the refusals
// (an unknown role, an email with no account, a revoke of someone who is no operator). In-process, but for one run
// of the built binary (what it prints is what a script reads).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runServerCli, spawnServerCli } from '../support/server-cli.js';

let dataDir: string;
const env = () => ({ TESSERA_DATA_DIR: dataDir, TESSERA_LOG_LEVEL: 'fatal' });
const run = (args: string[], input?: string) => runServerCli(args, env(), input);

before(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tessera-operators-'));
});
after(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

test('admin operators grant | list | revoke', async () => {
  const email = 'desk@vendor.example';
  const created = await run(
    ['admin', 'users', 'create', '--email', email, '--password-stdin', '--json'],
    'lantern-harbour-42\n',
  );
  assert.equal(created.code, 0, created.err);
  const { id } = JSON.parse(created.out) as { id: string };

  assert.equal((await run(['admin', 'operators', 'grant', '--email', email, '--role', 'root'])).code, 2);
  assert.match(
    (await run(['admin', 'operators', 'grant', '--email', 'nobody@vendor.example', '--role', 'support'])).err,
    /no account/,
  );
  const granted = await run(['admin', 'operators', 'grant', '--email', email, '--role', 'support', '--json']);
  assert.equal(granted.code, 0, granted.err);
  assert.deepEqual(
    { ...JSON.parse(granted.out), grantedAt: 0 },
    { accountId: id, email, role: 'support', grantedAt: 0 },
  );
  assert.equal(
    (await run(['admin', 'operators', 'grant', '--email', email, '--role', 'admin'])).code,
    0,
    'a second grant changes the role',
  );
  // The built binary prints the same list a script parses.
  const listed = JSON.parse(spawnServerCli(['admin', 'operators', 'list', '--json'], env()).out) as Array<{
    email: string;
    role: string;
  }>;
  assert.deepEqual(
    listed.map((o) => [o.email, o.role]),
    [[email, 'admin']],
  );
  assert.match((await run(['admin', 'operators', 'list'])).out, /desk@vendor\.example\s+admin/);
  const revoked = await run(['admin', 'operators', 'revoke', '--email', email]);
  assert.equal(revoked.code, 0, revoked.err);
  assert.match(revoked.out, /no longer a console operator/);
  assert.equal((await run(['admin', 'operators', 'revoke', '--email', email])).code, 2);
  assert.equal(
    (await run(['admin', 'operators', 'grant', '--email', email, '--scopes', 'x'])).code,
    2,
    'options of another command',
  );
  assert.deepEqual(JSON.parse((await run(['admin', 'operators', 'list', '--json'])).out), []);
});
