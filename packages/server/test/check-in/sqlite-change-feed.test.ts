// The SQLite server's change feed on its own: a write by another process (the data version moved) drops every cached
// answer; a look that fails turns the cache off until one succeeds. Over a real file in the two-instance test; here the
// data version is a number the test moves, so each case is exact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { sqliteChangeFeed } from '../../src/storage/index.js';
import { until } from './check-in-support.js';

test('another writer drops every answer; a failed look turns the cache off until a look succeeds', async () => {
  let version = 1;
  let failing = false;
  const events: string[] = [];
  const feed = sqliteChangeFeed({
    dataVersion: () => {
      if (failing) throw new Error('database is closed');
      return version;
    },
    intervalMs: 5,
  });
  await feed.start({
    onTags: (tags) => events.push(`tags ${tags.join(' ')}`),
    onLost: () => events.push('lost'),
    onBack: () => events.push('back'),
  });
  try {
    assert.deepEqual(events, ['back'], 'on once it watches');
    await sleep(30);
    assert.deepEqual(events, ['back'], 'nothing while no one else writes');
    version = 2;
    await until(() => events.length === 2, 'the write is seen');
    assert.deepEqual(events, ['back', 'tags *']);
    failing = true;
    await until(() => events.length === 3, 'the failed look is seen');
    await sleep(30);
    assert.deepEqual(events, ['back', 'tags *', 'lost'], 'lost once, however many looks fail');
    failing = false;
    version = 3;
    await until(() => events.length === 4, 'the look succeeds again');
    await sleep(30);
    assert.deepEqual(events, ['back', 'tags *', 'lost', 'back'], 'back (the cache starts empty), no extra drop');
  } finally {
    await feed.close();
  }
});
