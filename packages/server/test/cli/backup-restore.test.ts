// Backup and restore: `admin backup` while a server runs (the built binary on SQLite, in-process on PostgreSQL), then a
// server on the restored copy serves the same accounts and device credentials; without the keys file the same data is
// unusable (why the keys are backed up).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';
import { startTestServer } from '../support/test-server.js';
import { call, connectApp, signInWithPassword, signUp } from '../support/journey.js';
import { runServerCli, spawnServerCli } from '../support/server-cli.js';

/** `tessera-server admin ARGS`: the built binary, or the same command in-process. */
async function admin(args: string[], env: Record<string, string>, binary = false) {
  const all = { TESSERA_LOG_LEVEL: 'warn', ...env };
  return binary ? spawnServerCli(['admin', ...args], all) : runServerCli(['admin', ...args], all);
}

for (const db of databaseKinds()) {
  describe(`backup and restore on ${db}`, () => {
    test('a restored copy serves the same accounts and device credentials; keys are part of the backup', async () => {
      const s = await startTestServer({ db });
      const outDir = join(mkdtempSync(join(tmpdir(), 'tessera-backup-')), 'copy');
      // An empty database to restore the PostgreSQL dump into.
      const restoredDb = db === 'postgres' ? await createTestDatabase('postgres', { empty: true }) : undefined;
      try {
        await signUp(s, { email: 'kept@example.com', password: 'granite-willow-93', country: 'US' });
        const connected = await connectApp(s, { email: 'kept@example.com', password: 'granite-willow-93' });
        assert.equal(connected.body.step, 'done', JSON.stringify(connected.body));
        const credential = connected.body.result!.deviceCredential!;

        // Taken while the server still runs.
        const env: Record<string, string> = {
          TESSERA_DATA_DIR: s.db.dataDir,
          ...(s.db.databaseUrl ? { TESSERA_DATABASE_URL: s.db.databaseUrl } : {}),
        };
        const made = await admin(['backup', '--out', outDir], env, db === 'sqlite');
        assert.equal(made.code, 0, made.err + made.out);
        assert.equal(statSync(join(outDir, 'keys', 'server-secrets.json')).mode & 0o777, 0o600);
        assert.notEqual((await admin(['backup', '--out', outDir], env)).code, 0, 'a non-empty target is refused');
        if (restoredDb) {
          const restored = spawnSync(
            'pg_restore',
            ['--no-owner', '-d', restoredDb.databaseUrl!, join(outDir, 'tessera.pgdump')],
            { encoding: 'utf8' },
          );
          assert.equal(restored.status, 0, restored.stderr);
        }
        await s.close();

        const copy: TestDatabase = {
          dataDir: outDir,
          ...(restoredDb ? { databaseUrl: restoredDb.databaseUrl! } : {}),
          drop: async () => {},
        };
        const r = await startTestServer({
          db,
          shared: { db: copy, redisPrefix: `tessera-test:${randomBytes(4).toString('hex')}:` },
        });
        try {
          assert.equal((await signInWithPassword(r, 'kept@example.com', 'granite-willow-93')).body.step, 'done');
          const checked = await call(r, 'POST', '/v1/check-in', { credential });
          assert.equal(checked.status, 200, JSON.stringify(checked.body));
        } finally {
          await r.close();
        }

        // The same data with new keys (the keys file lost): stored credentials no longer match anything.
        rmSync(join(outDir, 'keys'), { recursive: true });
        const keyless = await startTestServer({
          db,
          shared: { db: copy, redisPrefix: `tessera-test:${randomBytes(4).toString('hex')}:` },
        });
        try {
          const refused = await call(keyless, 'POST', '/v1/check-in', { credential });
          assert.equal(refused.status, 401);
        } finally {
          await keyless.close();
        }
      } finally {
        // A failed step above leaves the first server running, and its open handles would keep the file from ending.
        await s.close();
        await restoredDb?.drop();
        rmSync(join(outDir, '..'), { recursive: true, force: true });
      }
    });
  });
}
