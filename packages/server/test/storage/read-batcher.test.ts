// The read batcher: reads by key in the same turn of the event loop go as one fetch, each caller gets its own row.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { batchReads } from '../../src/storage/read-batcher.js';

interface Row {
  key: string;
  n: number;
}

/** A fetch over a table of `known` keys that records what each call asked for. */
function table(known: string[]) {
  const calls: string[][] = [];
  const fetch = async (keys: string[]) => {
    calls.push(keys);
    return keys.filter((k) => known.includes(k)).map((key) => ({ key, n: known.indexOf(key) }));
  };
  return { calls, fetch };
}

test('reads in one turn go as one fetch, each key once; each caller gets its row or undefined', async () => {
  const { calls, fetch } = table(['a', 'b', 'c']);
  const read = batchReads<Row>(fetch, (row) => row.key);
  const rows = await Promise.all(['a', 'c', 'a', 'zz'].map(read));
  assert.deepEqual(rows, [{ key: 'a', n: 0 }, { key: 'c', n: 2 }, { key: 'a', n: 0 }, undefined]);
  assert.deepEqual(calls, [['a', 'c', 'zz']]);
});

test('reads in later turns go in fetches of their own', async () => {
  const { calls, fetch } = table(['a', 'b']);
  const read = batchReads<Row>(fetch, (row) => row.key);
  const first = read('a');
  await nextTurn();
  const second = read('b');
  assert.deepEqual(await Promise.all([first, second]), [
    { key: 'a', n: 0 },
    { key: 'b', n: 1 },
  ]);
  assert.deepEqual(calls, [['a'], ['b']]);
});

test('more keys than a batch holds go in several fetches of at most that many', async () => {
  const keys = Array.from({ length: 7 }, (_, i) => `k${i}`);
  const { calls, fetch } = table(keys);
  const read = batchReads<Row>(fetch, (row) => row.key, 3);
  const rows = await Promise.all(keys.map(read));
  assert.deepEqual(
    rows.map((r) => r?.n),
    [0, 1, 2, 3, 4, 5, 6],
  );
  assert.deepEqual(calls, [['k0', 'k1', 'k2'], ['k3', 'k4', 'k5'], ['k6']]);
});

test('a failed fetch fails every read it carried, and the next turn reads again', async () => {
  let fail = true;
  const read = batchReads<Row>(
    async (keys) => {
      if (fail) throw new Error('database gone');
      return keys.map((key) => ({ key, n: 1 }));
    },
    (row) => row.key,
  );
  const results = await Promise.allSettled([read('a'), read('b')]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['rejected', 'rejected'],
  );
  fail = false;
  assert.deepEqual(await read('a'), { key: 'a', n: 1 });
});
