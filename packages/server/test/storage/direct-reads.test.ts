// The check-in read runs on the driver itself: on PostgreSQL a named statement prepared once per connection (Kysely
// alone sends unnamed statements, planned per call), counted like every other statement for the bench; on SQLite a
// read-only connection of its own, with the page cache the writer has.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, sqlCheckInStore } from '../../src/storage/index.js';
import { createTestDatabase, postgresUrl } from '../support/databases.js';

test(
  'on PostgreSQL the check-in reads run as named statements, prepared once per connection',
  { skip: !postgresUrl() },
  async () => {
    const database = await createTestDatabase('postgres');
    // One pooled connection, so the statements' preparation is visible to the query that looks for it.
    const handle = openDatabase({
      dataDir: database.dataDir,
      databaseUrl: database.databaseUrl!,
      poolSize: 1,
      countStatements: true,
    });
    try {
      await migrateToLatest(handle.db);
      const store = sqlCheckInStore(handle.db, handle.direct);
      const prepared = async () =>
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from pg_prepared_statements where name like 'tq_%'`.execute(handle.db)
        ).rows[0]!.n;
      assert.equal(await prepared(), 0);
      const before = handle.statements!.count;
      // An unknown hash is looked up by the current credential, then by the one just rotated out.
      assert.equal(await store.read('no-such-hash'), undefined);
      assert.equal(handle.statements!.count - before, 2, 'both reads are counted');
      assert.equal(await store.read('another-hash'), undefined);
      assert.equal(await prepared(), 2, 'two statements, each prepared on first use and reused');
    } finally {
      await handle.close();
      await database.drop();
    }
  },
);

test('on SQLite both connections, the writer and the check-in reader, keep the configured page cache', async () => {
  const database = await createTestDatabase('sqlite');
  const handle = openDatabase({ dataDir: database.dataDir, sqliteCacheMegabytes: 3 });
  try {
    await migrateToLatest(handle.db);
    const writer = await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(handle.db);
    assert.equal(writer.rows[0]!.cache_size, -3 * 1024, 'KiB, as a negative cache_size counts');
    const reader = await handle.direct.prepare<{ cache_size: number }>('PRAGMA cache_size')([]);
    assert.equal(reader?.cache_size, -3 * 1024);
  } finally {
    await handle.close();
    await database.drop();
  }
});

test('the check-in reads bind the credential hash through a cast, so an analyzed SQLite never recompiles them per value', async () => {
  // better-sqlite3 builds SQLite with STAT4: once a database is analyzed, a bare parameter compared with an indexed
  // column makes SQLite recompile the statement at each new binding (the whole join re-planned on every check-in).
  // Which SQL is prepared is what decides it; the cost itself is a bench figure (`npm run bench:compare -- --read`).
  const database = await createTestDatabase('sqlite');
  const handle = openDatabase({ dataDir: database.dataDir });
  try {
    await migrateToLatest(handle.db);
    await sql`ANALYZE`.execute(handle.db);
    const prepared: string[] = [];
    const direct = {
      ...handle.direct,
      prepare: <Row>(text: string) => (prepared.push(text), handle.direct.prepare<Row>(text)),
    };
    assert.equal(await sqlCheckInStore(handle.db, direct).read('no-such-hash'), undefined);
    assert.equal(prepared.length, 2, 'by the current credential, then by the one just rotated out');
    for (const text of prepared) {
      assert.match(text, /credential_hash" = cast\(\? as text\)/);
      assert.doesNotMatch(text, /credential_hash"? = \?/);
    }
  } finally {
    await handle.close();
    await database.drop();
  }
});
