// The counter store port: exact sliding-window counters and timed blocks, shared by all instances.
export interface CounterStore {
  /** Records one event for `key` at `now`, kept for `windowMs` (pass the widest window it will be counted in), and returns the events within the last `windowMs`, this one included. */
  hit(key: string, windowMs: number, now: number): Promise<number>;
  /** Events within the last `windowMs` without recording one. */
  count(key: string, windowMs: number, now: number): Promise<number>;
  /** Forgets every event of `key`. */
  reset(key: string): Promise<void>;
  /** Blocks `key` until `until` (ms); a later block never shortens an earlier one. */
  block(key: string, until: number): Promise<void>;
  /** When the block on `key` ends, or 0 when not blocked at `now`. */
  blockedUntil(key: string, now: number): Promise<number>;
  unblock(key: string): Promise<void>;
}
