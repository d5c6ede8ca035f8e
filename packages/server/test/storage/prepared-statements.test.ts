// PostgreSQL prepares the check-in read once per connection (Kysely alone sends unnamed statements, planned per call).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest, openDatabase, sqlCheckInStore } from '../../src/storage/index.js';
import { createTestDatabase, postgresUrl } from '../support/databases.js';

test(
  'on PostgreSQL the check-in read runs as a named statement, prepared once per connection',
  { skip: !postgresUrl() },
  async () => {
    const database = await createTestDatabase('postgres');
    // One pooled connection, so the statement's preparation is visible to the query that looks for it.
    const handle = openDatabase({ dataDir: database.dataDir, databaseUrl: database.databaseUrl!, poolSize: 1 });
    try {
      await migrateToLatest(handle.db);
      const store = sqlCheckInStore(handle.db);
      const prepared = async () =>
        (
          await sql<{
            n: number;
          }>`select count(*)::int as n from pg_prepared_statements where name like 'tq_%'`.execute(handle.db)
        ).rows[0]!.n;
      assert.equal(await prepared(), 0);
      assert.equal(await store.read('no-such-hash', Date.now()), undefined);
      assert.equal(await store.read('another-hash', Date.now()), undefined);
      assert.equal(await prepared(), 1, 'one statement, prepared on first use and reused');
    } finally {
      await handle.close();
      await database.drop();
    }
  },
);
