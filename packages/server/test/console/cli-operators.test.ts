// The built binary: `admin operators grant | revoke | list` on an existing account, with --json, and the refusals
// (an unknown role, an email with no account, a revoke of someone who is no operator).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/tessera-server.js', import.meta.url).pathname;
let dataDir: string;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, TESSERA_DATA_DIR: dataDir, TESSERA_LOG_LEVEL: 'fatal' },
    encoding: 'utf8',
    timeout: 60_000,
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

before(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'tessera-operators-'));
});
after(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

test('admin operators grant | list | revoke', () => {
  const email = 'desk@vendor.example';
  const created = run(
    ['admin', 'users', 'create', '--email', email, '--password-stdin', '--json'],
    'lantern-harbour-42\n',
  );
  assert.equal(created.code, 0, created.err);
  const { id } = JSON.parse(created.out) as { id: string };

  assert.equal(run(['admin', 'operators', 'grant', '--email', email, '--role', 'root']).code, 2);
  assert.match(
    run(['admin', 'operators', 'grant', '--email', 'nobody@vendor.example', '--role', 'support']).err,
    /no account/,
  );
  const granted = run(['admin', 'operators', 'grant', '--email', email, '--role', 'support', '--json']);
  assert.equal(granted.code, 0, granted.err);
  assert.deepEqual(
    { ...JSON.parse(granted.out), grantedAt: 0 },
    { accountId: id, email, role: 'support', grantedAt: 0 },
  );
  assert.equal(
    run(['admin', 'operators', 'grant', '--email', email, '--role', 'admin']).code,
    0,
    'a second grant changes the role',
  );
  const listed = JSON.parse(run(['admin', 'operators', 'list', '--json']).out) as Array<{
    email: string;
    role: string;
  }>;
  assert.deepEqual(
    listed.map((o) => [o.email, o.role]),
    [[email, 'admin']],
  );
  assert.match(run(['admin', 'operators', 'list']).out, /desk@vendor\.example\s+admin/);
  const revoked = run(['admin', 'operators', 'revoke', '--email', email]);
  assert.equal(revoked.code, 0, revoked.err);
  assert.match(revoked.out, /no longer a console operator/);
  assert.equal(run(['admin', 'operators', 'revoke', '--email', email]).code, 2);
  assert.equal(
    run(['admin', 'operators', 'grant', '--email', email, '--scopes', 'x']).code,
    2,
    'options of another command',
  );
  assert.deepEqual(JSON.parse(run(['admin', 'operators', 'list', '--json']).out), []);
});
