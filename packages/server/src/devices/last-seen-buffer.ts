// Last-seen bookkeeping off the request path: check-ins note the time in memory, and a timer writes what gathered
// in batches every `intervalMs` (and once more on close). What a crash can lose: the last-seen times of at most the
// last interval; never an entitlement, a seat or a credential, which are written before the answer goes out.
import type { CheckInStore } from './check-in-store.js';

export interface LastSeenBuffer {
  note(deviceId: string, connectionId: string, now: number): void;
  flush(): Promise<void>;
  /** Stops the timer and writes what is left. */
  close(): Promise<void>;
}

export function createLastSeenBuffer(deps: {
  store: Pick<CheckInStore, 'writeLastSeen'>;
  intervalMs: number;
  onError(error: unknown): void;
}): LastSeenBuffer {
  let devices = new Map<string, number>();
  let connections = new Map<string, number>();
  let flushing: Promise<void> = Promise.resolve();

  function flush(): Promise<void> {
    if (devices.size === 0 && connections.size === 0) return flushing;
    const batch = { devices, connections };
    devices = new Map();
    connections = new Map();
    // One flush at a time, so the writes of one interval never race the next.
    flushing = flushing.then(() => deps.store.writeLastSeen(batch.devices, batch.connections)).catch(deps.onError);
    return flushing;
  }

  const timer = setInterval(() => void flush(), deps.intervalMs);
  timer.unref();

  return {
    note(deviceId, connectionId, now) {
      if ((devices.get(deviceId) ?? 0) < now) devices.set(deviceId, now);
      if ((connections.get(connectionId) ?? 0) < now) connections.set(connectionId, now);
    },
    flush,
    async close() {
      clearInterval(timer);
      await flush();
    },
  };
}
