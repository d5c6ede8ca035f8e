// Check-in bookkeeping off the request path: check-ins note the time their app was seen and count themselves per
// minute in memory, and a timer writes what gathered in batches every `intervalMs` (and once more on close). What a
// crash can lose: the last-seen times and check-in counts of at most the last interval; never an entitlement, a seat
// or a credential, which are written before the answer goes out.
import type { CheckInStore, LastSeenBatch } from './check-in-store.js';

export interface LastSeenBuffer {
  note(deviceId: string, connectionId: string, now: number): void;
  /** Counts one check-in in its minute (the console's check-ins per minute, summed over instances). */
  tally(now: number): void;
  flush(): Promise<void>;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
}

const MINUTE = 60_000;

export function createLastSeenBuffer(deps: {
  store: Pick<CheckInStore, 'writeLastSeen'>;
  intervalMs: number;
  /** A stored time this close to a noted one is left as it is (config `checkIn.lastSeenGranularitySeconds`). */
  granularityMs: number;
  onError(error: unknown): void;
}): LastSeenBuffer {
  type Gathering = {
    [K in keyof LastSeenBatch]: LastSeenBatch[K] extends ReadonlyMap<infer Key, number> ? Map<Key, number> : never;
  };
  const empty = (): Gathering => ({ devices: new Map(), connections: new Map(), checkInsPerMinute: new Map() });
  let batch = empty();
  let flushing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (batch.devices.size === 0 && batch.connections.size === 0 && batch.checkInsPerMinute.size === 0) return flushing;
    const taken = batch;
    batch = empty();
    // One flush at a time, so the writes of one interval never race the next.
    flushing = flushing.then(() => deps.store.writeLastSeen(taken, deps.granularityMs)).catch(deps.onError);
    return flushing;
  }

  const timer = setInterval(() => void flush(), deps.intervalMs);
  timer.unref();

  return {
    note(deviceId, connectionId, now) {
      if ((batch.devices.get(deviceId) ?? 0) < now) batch.devices.set(deviceId, now);
      if ((batch.connections.get(connectionId) ?? 0) < now) batch.connections.set(connectionId, now);
    },
    tally(now) {
      const minute = Math.floor(now / MINUTE);
      batch.checkInsPerMinute.set(minute, (batch.checkInsPerMinute.get(minute) ?? 0) + 1);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
