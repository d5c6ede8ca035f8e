// Which databases the suites run on: SQLite always, PostgreSQL when TESSERA_TEST_POSTGRES_URL is set (required in CI).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export type DbKind = 'sqlite' | 'postgres';

const POSTGRES_URL = process.env.TESSERA_TEST_POSTGRES_URL;
const REDIS_URL = process.env.TESSERA_TEST_REDIS_URL;
const IN_CI = process.env.CI === 'true';

function required(name: string, value: string | undefined): string | undefined {
  if (value) return value;
  if (IN_CI) throw new Error(`${name} must be set in CI: the PostgreSQL and Redis suites may not be skipped there`);
  return undefined;
}

let noticed = false;
function notice(what: string) {
  if (noticed) return;
  noticed = true;
  process.stderr.write(`# notice: ${what} not set; those suites are skipped (set it to run them; .ci/run does)\n`);
}

export function postgresUrl(): string | undefined {
  const url = required('TESSERA_TEST_POSTGRES_URL', POSTGRES_URL);
  if (!url) notice('TESSERA_TEST_POSTGRES_URL');
  return url;
}

export function redisUrl(): string | undefined {
  const url = required('TESSERA_TEST_REDIS_URL', REDIS_URL);
  if (!url) notice('TESSERA_TEST_REDIS_URL');
  return url;
}

/** The database kinds to run a suite on. */
export function databaseKinds(): DbKind[] {
  return postgresUrl() ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase {
  dataDir: string;
  databaseUrl?: string;
  drop(): Promise<void>;
}

/** A fresh, empty database of `kind` and a fresh data directory. */
export async function createTestDatabase(kind: DbKind): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-test-'));
  if (kind === 'sqlite') return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const adminUrl = postgresUrl();
  if (!adminUrl) throw new Error('PostgreSQL is not configured');
  const name = `tessera_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  // A commit returns without waiting for its WAL to reach the disk: locks, isolation and visibility are unchanged (the
  // races prove the same), and a server process killed by the crash suites loses nothing PostgreSQL acknowledged;
  // only a crash of PostgreSQL itself could lose the last few commits, which no test does. Racing transactions that
  // queue on one row otherwise pay a disk flush each, one after another.
  await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    dataDir,
    databaseUrl: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      // pg's Pool.end() resolves before its sockets close; dropping at once would kill them mid-close.
      for (let i = 0; i < 200; i++) {
        const { rows } = await client.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
          [name],
        );
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * How many times a race or crash trial repeats on `db` in `npm test`. SQLite's synchronous driver runs a request's
 * writes without interleaving, so it cannot show a race: one trial (unless said) proves the path works there, and
 * PostgreSQL carries the race. `TESSERA_TEST_TRIALS=full` runs each suite's full count on both databases (before a
 * release, or when a race is suspected).
 */
export function trialsOn(db: DbKind, counts: { sqlite?: number; postgres: number; full: number }): number {
  if (process.env.TESSERA_TEST_TRIALS === 'full') return counts.full;
  return db === 'postgres' ? counts.postgres : (counts.sqlite ?? 1);
}
