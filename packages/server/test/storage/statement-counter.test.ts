// The bench's SQL statement counter: off by default, and when on it counts every statement, BEGIN/COMMIT included.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { migrateToLatest, openDatabase } from '../../src/storage/index.js';

test('countStatements counts each statement of a query and of a transaction; off, there is no counter', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-counter-'));
  const counted = openDatabase({ dataDir, countStatements: true });
  const plain = openDatabase({ dataDir: join(dataDir, 'plain') });
  try {
    await migrateToLatest(counted.db);
    const before = counted.statements!.count;
    await counted.db.selectFrom('accounts').select('id').execute();
    assert.equal(counted.statements!.count - before, 1);
    await counted.db.transaction().execute(async (tx) => {
      await tx.selectFrom('accounts').select('id').execute();
    });
    assert.equal(counted.statements!.count - before, 4, 'BEGIN, SELECT, COMMIT');
    assert.equal(plain.statements, undefined);
  } finally {
    await counted.close();
    await plain.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
