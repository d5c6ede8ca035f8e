// Which databases the suites run on: SQLite always, PostgreSQL when TESSERA_TEST_POSTGRES_URL is set (required in CI).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateToLatest, openDatabase } from '../../src/storage/index.js';

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

/**
 * A fresh database of `kind` and a fresh data directory. On PostgreSQL it is a copy of the migrated template below,
 * unless `empty` (a target to restore a dump into); SQLite's file is made, and migrated, by whoever opens it first.
 */
export async function createTestDatabase(kind: DbKind, options: { empty?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-test-'));
  if (kind === 'sqlite') return { dataDir, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  const adminUrl = postgresUrl();
  if (!adminUrl) throw new Error('PostgreSQL is not configured');
  const name = `tessera_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (options.empty) await admin.query(`CREATE DATABASE ${name}`);
    else {
      const copy = async () =>
        admin.query(`CREATE DATABASE ${name} TEMPLATE ${await migratedTemplate(admin, adminUrl)}`);
      // Another checkout's run (another schema) may drop the template between the look-up and the copy: built again.
      await copy().catch((error: { code?: string }) => {
        if (error.code !== '3D000') throw error;
        return copy();
      });
    }
    // A commit returns without waiting for its WAL to reach the disk: locks, isolation and visibility are unchanged
    // (the races prove the same), and a server process killed by the crash suites loses nothing PostgreSQL
    // acknowledged; only a crash of PostgreSQL itself could lose the last few commits, which no test does. Racing
    // transactions that queue on one row otherwise pay a disk flush each, one after another.
    await admin.query(`ALTER DATABASE ${name} SET synchronous_commit = off`);
  } finally {
    await admin.end();
  }
  return {
    dataDir,
    databaseUrl: urlOf(adminUrl, name),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await untilUnused(client, name);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const urlOf = (adminUrl: string, name: string) => {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** pg's Pool.end() resolves before its sockets close; dropping or renaming at once would kill them mid-close. */
async function untilUnused(client: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
      [name],
    );
    if (rows[0]?.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The migrations' sources, digested: a template is good for exactly the schema they make. Read when a PostgreSQL
 * database is first asked for, not by every test process that imports this module.
 */
let schemaDigest: string | undefined;
function digestOfSchema(): string {
  if (schemaDigest) return schemaDigest;
  const folder = fileURLToPath(new URL('../../src/storage/', import.meta.url));
  const hash = createHash('sha256');
  for (const file of readdirSync(folder)
    .filter((f) => f.startsWith('migrations'))
    .sort())
    hash.update(`${file}\0${readFileSync(join(folder, file), 'utf8')}\0`);
  return (schemaDigest = hash.digest('hex').slice(0, 16));
}
const TEMPLATE_LOCK = 7_240_931; // any constant: serializes building the template across test processes

/**
 * The database each PostgreSQL test database copies (`CREATE DATABASE … TEMPLATE`), migrated once per schema by
 * whichever test process comes first: creating and migrating a database cost ~0.3 CPU-s of PostgreSQL's and ~0.25 s
 * of the test's, copying a migrated one ~0.2 and none (over the whole suite, PostgreSQL's CPU fell from 142 to 102 s).
 * Built under a name of its own and renamed when done, so a process killed halfway leaves no half-migrated template.
 */
async function migratedTemplate(admin: pg.Client, adminUrl: string): Promise<string> {
  const name = `tessera_tpl_${digestOfSchema()}`;
  const exists = async (db: string) =>
    (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [db])).rowCount === 1;
  if (await exists(name)) return name;
  await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
  try {
    if (await exists(name)) return name;
    const building = `${name}_${randomBytes(3).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${building}`);
    const dataDir = mkdtempSync(join(tmpdir(), 'tessera-template-'));
    const handle = openDatabase({ dataDir, databaseUrl: urlOf(adminUrl, building) });
    try {
      await migrateToLatest(handle.db);
    } finally {
      await handle.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
    await untilUnused(admin, building);
    await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
    // Templates of other schemas (an earlier checkout's) and builds a killed process left: dropped where unused.
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'tessera\\_tpl\\_%' AND datname <> $1",
      [name],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname}`).catch(() => undefined);
    return name;
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
  }
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
