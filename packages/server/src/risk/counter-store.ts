// The counter store port: exact sliding-window counters, attempt slots and timed blocks, shared by all instances.
export type Reservation = { ok: true; slot: number; id: string } | { ok: false; freeAt: number };

/** One cap on a key: at most `limit` events within the last `windowMs`. A key may carry several (per hour, per day). */
export interface Limit {
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * All limits reserved (one event per distinct key, `ids` to release them) and `spentUntil`: when the limits this
 * reservation filled have room again (0 when it filled none), so a client can be told before it tries. Or refused:
 * nothing recorded, and `freeAt` is when every spent limit has room again (the latest of them).
 */
export type Reservations =
  | { ok: true; ids: ReadonlyArray<readonly [key: string, id: string]>; spentUntil: number }
  | { ok: false; freeAt: number };

export interface CounterStore {
  /** Records one event for `key` at `now`, kept for `windowMs` (pass the widest window it will be counted in), and returns the events within the last `windowMs`, this one included. */
  hit(key: string, windowMs: number, now: number): Promise<number>;
  /** Events within the last `windowMs` without recording one. */
  count(key: string, windowMs: number, now: number): Promise<number>;
  /**
   * Records one event for `key` only if fewer than `limit` lie within the last `windowMs`, deciding atomically across
   * concurrent callers and instances: of any number of racing reservations at most `limit` succeed. A success
   * gives the slot taken (1-based) and an id to `release` it; a refusal says when the oldest event leaves the window.
   */
  reserve(key: string, limit: number, windowMs: number, now: number): Promise<Reservation>;
  /**
   * `reserve` for several distinct keys in one atomic step, each limit decided on its own (a refused one records
   * nothing and leaves the others their slot), answered in the order given: one round trip where a caller needs
   * several independent slots at once.
   */
  reserveEach(limits: readonly Limit[], now: number): Promise<Reservation[]>;
  /**
   * `reserve` for several limits at once, all or nothing: one event per distinct key is recorded only if every limit has
   * room, in one atomic step, so racing callers never refuse each other with events that end up not counting.
   */
  reserveAll(limits: readonly Limit[], now: number): Promise<Reservations>;
  /**
   * Gives back reserved `events` (attempts that turned out not to count) and forgets every event of `keys`, in one
   * step: a settled attempt often does both for several keys, and each call is a write (SQLite's own commit) or a
   * round trip. Events or keys that are gone already are skipped.
   */
  forget(what: { events?: ReadonlyArray<readonly [key: string, id: string]>; keys?: readonly string[] }): Promise<void>;
  /** Blocks `key` until `until` (ms); a later block never shortens an earlier one. */
  block(key: string, until: number): Promise<void>;
  /**
   * Takes `key`'s turn: when it is not blocked at `now`, blocks it until `until` and answers 0; otherwise answers when
   * the running block ends. Atomic: of racing callers exactly one takes a free turn.
   */
  takeTurn(key: string, now: number, until: number): Promise<number>;
  /** When the block on `key` ends, or 0 when not blocked at `now`. */
  blockedUntil(key: string, now: number): Promise<number>;
  unblock(key: string): Promise<void>;
}
