// Sliding-window tallies on the shared counter store, with the clock bound: what the web edge counts for its own
// limits (requests per minute, one-time form tokens, re-authentication windows) without holding the store itself.
import type { Clock } from '../common/index.js';
import type { CounterStore } from './counter-store.js';
import { secondsUntil } from './send-quota.js';

export interface Tallies {
  /** Records one event under `key` and answers how many fell in the last `windowMs`, this one included. */
  add(key: string, windowMs: number): Promise<number>;
  /** How many events under `key` fell in the last `windowMs`, recording none. */
  count(key: string, windowMs: number): Promise<number>;
  /**
   * Takes one of `limit` places in the window, atomically with the count: racing requests cannot refuse each other,
   * and a refused one takes no place. A refusal says how long until a place frees.
   */
  reserve(
    key: string,
    limit: number,
    windowMs: number,
  ): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
}

export function createTallies(deps: { counters: CounterStore; clock: Clock }): Tallies {
  const { counters, clock } = deps;
  return {
    add: (key, windowMs) => counters.hit(key, windowMs, clock.now()),
    count: (key, windowMs) => counters.count(key, windowMs, clock.now()),
    async reserve(key, limit, windowMs) {
      const now = clock.now();
      const slot = await counters.reserve(key, limit, windowMs, now);
      return slot.ok ? { ok: true } : { ok: false, retryAfterSeconds: secondsUntil(slot.freeAt, now) };
    },
  };
}
