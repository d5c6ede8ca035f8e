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

test('the check-in path binds its keys through casts, so an analyzed SQLite never recompiles its statements per value', async () => {
  // better-sqlite3 builds SQLite with STAT4: once a database is analyzed, a bare parameter compared with an indexed
  // column makes SQLite recompile the statement at each new binding (the read's join re-planned on every check-in,
  // the flush's update on every row). better-sqlite3 shows no statement's recompile count, so what is checked is the
  // SQL that decides it; the cost is a bench figure (`npm run bench:compare -- --read`, docs/scale-rounds.md,
  // "Thirteenth round").
  const database = await createTestDatabase('sqlite');
  const handle = openDatabase({ dataDir: database.dataDir });
  try {
    await migrateToLatest(handle.db);
    const texts: string[] = [];
    const direct = {
      prepare: <Row>(text: string) => (texts.push(text), handle.direct.prepare<Row>(text)),
      runEach: (text: string, rows: readonly (readonly unknown[])[]) => (
        texts.push(text),
        handle.direct.runEach!(text, rows)
      ),
    };
    const store = sqlCheckInStore(handle.db, direct);
    assert.equal(await store.read('no-such-hash'), undefined);
    const times = new Map([['no-such-id', 1]]);
    await store.writeLastSeen({ devices: times, connections: times, checkInsPerMinute: new Map() }, 0);
    assert.equal(texts.length, 4, 'the read by the current and by the previous credential, the two tables flushed');
    for (const text of texts) {
      assert.match(text, /(credential_hash"|id) = cast\(\? as text\)/);
      assert.doesNotMatch(text, /(hash"?|id) = \?/);
    }
  } finally {
    await handle.close();
    await database.drop();
  }
});
