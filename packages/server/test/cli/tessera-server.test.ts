// The built binary: admin commands, migrate, and serve (answering while admin commands use the same data); argv
// parsing, exit codes and messages; the password prompt at a terminal. Checks of what a command finds (paging,
// search) run it in-process on the same data while the server process holds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, runServerCli as inProcess, spawnServerCli as run } from '../support/server-cli.js';

test('admin users create/list, outbox list, migrate and serve on one data directory', async () => {
  const env = {
    TESSERA_DATA_DIR: mkdtempSync(join(tmpdir(), 'tessera-bin-')),
    TESSERA_LOG_LEVEL: 'warn',
    TESSERA_PORT: '0',
  };
  assert.equal(run(['migrate'], env).code, 0);
  const created = run(
    ['admin', 'users', 'create', '--email', 'ops@example.com', '--password-stdin', '--json'],
    env,
    'granite-willow-93\n',
  );
  assert.equal(created.code, 0, created.err);
  assert.equal(JSON.parse(created.out).email, 'ops@example.com');
  const weak = await inProcess(
    ['admin', 'users', 'create', '--email', 'weak@example.com', '--password-stdin'],
    env,
    'password\n',
  );
  assert.notEqual(weak.code, 0);
  assert.match(weak.err, /PASSWORD_TOO_COMMON/);

  const server = spawn(process.execPath, [BIN, 'serve', '--demo'], { env: { ...process.env, ...env } });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let seen = '';
      server.stdout.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /running at (http:\/\/\S+)/.exec(seen);
        if (match) resolve(match[1]!);
      });
      server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
      setTimeout(() => reject(new Error('server did not start')), 30_000).unref();
    });
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal((await fetch(`${url}/readyz`)).status, 200);
    const listed = run(['admin', 'users', 'list', '--json'], env);
    assert.equal(listed.code, 0, listed.err);
    const page = JSON.parse(listed.out) as { items: Array<{ id: string; email: string }>; next_cursor: string | null };
    assert.deepEqual(page.items.map((u) => u.email).sort(), ['demo@example.com', 'ops@example.com']);
    assert.equal(page.next_cursor, null);
    // Search and paging: one per page, the cursor leads to the other, a search by address finds one.
    const first = JSON.parse((await inProcess(['admin', 'users', 'list', '--limit', '1', '--json'], env)).out);
    assert.equal(first.items.length, 1);
    const second = JSON.parse(
      (await inProcess(['admin', 'users', 'list', '--limit', '1', '--cursor', first.next_cursor, '--json'], env)).out,
    );
    assert.deepEqual(
      [...first.items, ...second.items].map((u: { id: string }) => u.id).sort(),
      page.items.map((u) => u.id).sort(),
    );
    const searched = JSON.parse((await inProcess(['admin', 'users', 'list', '--search', 'OPS@', '--json'], env)).out);
    assert.deepEqual(
      searched.items.map((u: { email: string }) => u.email),
      ['ops@example.com'],
    );
    assert.equal((await inProcess(['admin', 'users', 'list', '--cursor', 'not-a-cursor'], env)).code, 2);
    // The banner's way into the console works while the server holds the database.
    const granted = run(['admin', 'operators', 'grant', '--email', 'demo@example.com', '--role', 'admin'], env);
    assert.equal(granted.code, 0, granted.err);

    const flow = (await (
      await fetch(`${url}/v1/flows`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'sign_in' }),
      })
    ).json()) as { flow: { id: string } };
    const submitted = await fetch(`${url}/v1/flows/${flow.flow.id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ step: 'credentials', email: 'demo@example.com', password: 'demo-lantern-2026' }),
    });
    assert.equal(((await submitted.json()) as { step: string }).step, 'second_factor');
    const outbox = run(['admin', 'outbox', 'list', '--json'], env);
    assert.match(JSON.parse(outbox.out)[0].body, /\b\d{6}\b/);
  } finally {
    server.kill('SIGTERM');
  }
});

test('unknown commands and bad configuration exit non-zero with a message', () => {
  const env = { TESSERA_DATA_DIR: mkdtempSync(join(tmpdir(), 'tessera-bin-')) };
  const unknown = run(['frobnicate'], env);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /Unknown command/);
  // Usage errors exit 2, as in `tessera`; an option of another command is refused rather than ignored.
  const stray = run(['migrate', '--plan', 'family'], env);
  assert.equal(stray.code, 2);
  assert.match(stray.err, /"migrate" does not take --plan/);
  assert.equal(run(['admin', 'codes', 'batches', '--email', 'x@example.com'], env).code, 2);
  assert.equal(run(['serve', '--bogus'], env).code, 2);
  // A password on the command line would land in the shell history.
  const inArgv = run(['admin', 'users', 'create', '--email', 'x@example.com', '--password', 'granite-willow-93'], env);
  assert.equal(inArgv.code, 2);
  assert.match(inArgv.err, /--password-stdin/);
  // A database it cannot use is named by its setting, without a stack trace or the password.
  const unreachable = run(['migrate'], { ...env, TESSERA_DATABASE_URL: 'postgres://ops:hunter2@127.0.0.1:9/tessera' });
  assert.equal(unreachable.code, 1);
  assert.match(
    unreachable.err,
    /Cannot use the PostgreSQL database at postgres:\/\/ops@127\.0\.0\.1:9\/tessera \(TESSERA_DATABASE_URL\): connect ECONNREFUSED/,
  );
  assert.doesNotMatch(unreachable.err, /hunter2|    at /);
  const version = run(['--version'], env);
  assert.equal(version.code, 0);
  assert.match(version.out, /^tessera-server \d+\.\d+\.\d+ \(Node v/);
  const bad = run(['migrate'], { ...env, TESSERA_PORT: 'eighty' });
  assert.equal(bad.code, 1);
  assert.match(bad.err, /Invalid configuration/);
});

test('admin users create asks for the password at a terminal without echoing it', async () => {
  const env = {
    ...process.env,
    TESSERA_DATA_DIR: mkdtempSync(join(tmpdir(), 'tessera-bin-')),
    TESSERA_LOG_LEVEL: 'warn',
  };
  const command = `exec '${process.execPath}' '${BIN}' admin users create --email typed@example.com`;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { env });
  let screen = '';
  child.stdout.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));
  for (let i = 0; i < 400 && !screen.includes('Password for typed@example.com'); i++)
    await new Promise((r) => setTimeout(r, 50));
  child.stdin.write('granite-willow-93\r');
  assert.equal(await exited, 0, screen);
  assert.match(screen, /Created typed@example\.com/);
  assert.doesNotMatch(screen, /granite-willow-93/);
});
