// Reads by key that arrive in the same turn of the event loop, sent to PostgreSQL as one statement over an array.
//
// Why: a check-in that reads its row on PostgreSQL spent a quarter to a third of the server's CPU in the write of its
// query to the database's socket and the pool's hand-over of a connection, one per read (a V8 profile of the bench's
// read path: `writev` 33 % of samples). Reads that arrive together share one round trip, one socket write and one
// pooled connection instead (docs/scale-rounds.md, "Thirteenth round"). A read waits at most for the end of the current
// turn (`setImmediate`): a lone read goes out alone, a burst goes out in batches.

interface Waiter<Row> {
  resolve(row: Row | undefined): void;
  reject(error: unknown): void;
}

/**
 * `fetch` reads the rows of the given keys (at most `maxBatch` of them, no key twice) in one statement; `keyOf` names
 * a row's key. Each caller gets its key's row, or undefined; a failed statement fails every read it carried.
 */
export function batchReads<Row>(
  fetch: (keys: string[]) => Promise<readonly Row[]>,
  keyOf: (row: Row) => string,
  maxBatch = 256,
): (key: string) => Promise<Row | undefined> {
  let waiting = new Map<string, Waiter<Row>[]>();

  async function send(keys: string[], taken: Map<string, Waiter<Row>[]>) {
    try {
      const rows = await fetch(keys);
      const found = new Map(rows.map((row) => [keyOf(row), row]));
      for (const key of keys) for (const waiter of taken.get(key)!) waiter.resolve(found.get(key));
    } catch (error) {
      for (const key of keys) for (const waiter of taken.get(key)!) waiter.reject(error);
    }
  }

  function flush() {
    const taken = waiting;
    waiting = new Map();
    const keys = [...taken.keys()];
    for (let i = 0; i < keys.length; i += maxBatch) void send(keys.slice(i, i + maxBatch), taken);
  }

  return (key) =>
    new Promise<Row | undefined>((resolve, reject) => {
      if (waiting.size === 0) setImmediate(flush);
      const same = waiting.get(key);
      if (same) same.push({ resolve, reject });
      else waiting.set(key, [{ resolve, reject }]);
    });
}
