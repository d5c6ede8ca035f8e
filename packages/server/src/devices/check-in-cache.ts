// Check-in answers kept in memory, keyed by a digest of the credential (`keyOf`) and tagged with what they depend on
// (connection, device, account, subscriptions), so a change notice drops exactly the answers it could alter.
//
// Race rule: an answer read from the database is kept only if no notice naming one of its tags arrived while it was
// being read (`epoch`), so a read that overlapped a change to what it depends on never outlives it. Notices are
// applied at once and again after the change commits (see change-notices.ts), so a read that saw the pre-commit rows
// is dropped too. Per tag, not any notice at all: a fleet re-issues tokens all day (each one a notice), and with one
// epoch for everything a read that overlapped any of them was not kept. Measured with 120k apps primed 50 at a time,
// 1,727 answers were kept of 120,000.

import { hash as digest, randomBytes } from 'node:crypto';

export interface CachedCheckIn<T> {
  value: T;
  tags: readonly string[];
  /** The answer is used until then at most (token refresh point, subscription end, the cache's own limit). */
  validUntil: number;
  /**
   * When a check-in answered by this entry last noted its app as seen: the one field changed after the entry is
   * kept, so that a fleet's hits note last-seen once per granularity, not on every check-in.
   */
  seenNotedAt: number;
}

export interface CheckInCache<T> {
  /**
   * The key a credential's answer is kept under: a digest under this cache's own key, made at start and never stored
   * (SHA-512/256 of that key and the credential: a secret prefix is a keyed hash where the digest is truncated, so no
   * length extension). Not the stored credential hash: that is an HMAC under the server key, ~3 µs through
   * `createHmac` where this one-shot digest is ~0.8 µs, and a hit needs no database key. A heap dump shows digests.
   */
  keyOf(credential: string): string;
  get(hash: string, now: number): CachedCheckIn<T> | undefined;
  /** Read before a database read; pass it to `set`. */
  epoch(): number;
  /** Keeps the answer, unless a notice naming one of its tags (or all) came after `epoch`. */
  set(hash: string, entry: CachedCheckIn<T>, epoch: number): void;
  /** Whether a notice naming one of `tags` (or all) came after `epoch`. */
  changedSince(tags: readonly string[], epoch: number): boolean;
  /** Drops the answers carrying any of `tags` ('*' drops all). */
  invalidate(tags: readonly string[]): void;
  /** While false (the change feed is down), nothing is served from or kept in the cache. */
  setEnabled(enabled: boolean): void;
  readonly size: number;
  /** Lookups since start that found a usable answer, and those that went to the database (for /metrics). */
  stats(): { hits: number; misses: number; size: number };
}

/**
 * Tags named by recent notices, remembered for the race rule. A read takes milliseconds; a fleet sends a few thousand
 * notices a second at most, so this holds seconds of them. A read older than what is remembered is not kept.
 */
const REMEMBERED_TAGS = 20_000;

export function createCheckInCache<T>(options: { maxEntries: number }): CheckInCache<T> {
  const entries = new Map<string, CachedCheckIn<T>>();
  // Most tags (a connection's, a device's) name one answer: kept as that hash alone, a Set only once a second one
  // shares the tag (an account's). Measured: 1,638 → 1,342 bytes per cached answer.
  const byTag = new Map<string, string | Set<string>>();
  let epoch = 0;
  /** Tag → epoch of the last notice naming it, oldest first (a tag named again moves to the end). */
  const noticed = new Map<string, number>();
  /** A read that began before this epoch may have missed a notice no longer remembered (or one for all). */
  let forgottenUpTo = 0;
  let enabled = options.maxEntries > 0;
  let hits = 0;
  let misses = 0;
  // Base64url, so the prefix is its own bytes in UTF-8, and of fixed length, so prefix and credential cannot blur.
  const secret = randomBytes(32).toString('base64url');

  function remove(hash: string) {
    const entry = entries.get(hash);
    if (!entry) return;
    entries.delete(hash);
    for (const tag of entry.tags) {
      const held = byTag.get(tag);
      if (held === hash) byTag.delete(tag);
      else if (typeof held === 'object') {
        held.delete(hash);
        if (held.size === 0) byTag.delete(tag);
      }
    }
  }

  function clear() {
    entries.clear();
    byTag.clear();
    noticed.clear();
    forgottenUpTo = epoch;
  }

  function remember(tag: string) {
    noticed.delete(tag);
    noticed.set(tag, epoch);
    if (noticed.size <= REMEMBERED_TAGS) return;
    // The oldest half goes; reads that began before the newest of them are then refused as a whole.
    for (const [oldest, at] of noticed) {
      noticed.delete(oldest);
      forgottenUpTo = at;
      if (noticed.size <= REMEMBERED_TAGS / 2) break;
    }
  }

  function changedSince(tags: readonly string[], since: number): boolean {
    if (since < forgottenUpTo) return true;
    for (const tag of tags) if ((noticed.get(tag) ?? 0) > since) return true;
    return false;
  }

  return {
    keyOf: (credential) => digest('sha512-256', secret + credential, 'base64url'),
    get(hash, now) {
      if (!enabled) return undefined;
      const entry = entries.get(hash);
      if (entry && now >= entry.validUntil) remove(hash);
      if (!entry || now >= entry.validUntil) {
        misses += 1;
        return undefined;
      }
      hits += 1;
      return entry;
    },
    epoch: () => epoch,
    changedSince,
    set(hash, entry, readEpoch) {
      if (!enabled || changedSince(entry.tags, readEpoch)) return;
      remove(hash);
      // Oldest first out: Map keeps insertion order.
      while (entries.size >= options.maxEntries) remove(entries.keys().next().value!);
      entries.set(hash, entry);
      for (const tag of entry.tags) {
        const held = byTag.get(tag);
        if (held === undefined || held === hash) byTag.set(tag, hash);
        else if (typeof held === 'string') byTag.set(tag, new Set([held, hash]));
        else held.add(hash);
      }
    },
    invalidate(tags) {
      epoch += 1;
      if (tags.includes('*')) return clear();
      for (const tag of tags) {
        remember(tag);
        const held = byTag.get(tag);
        if (typeof held === 'string') remove(held);
        else if (held) for (const hash of [...held]) remove(hash);
      }
    },
    setEnabled(value) {
      epoch += 1;
      clear();
      enabled = value && options.maxEntries > 0;
    },
    get size() {
      return entries.size;
    },
    stats: () => ({ hits, misses, size: entries.size }),
  };
}

/** The tags of what a check-in answer depends on. */
export const tags = {
  connection: (id: string) => `c:${id}`,
  device: (id: string) => `d:${id}`,
  account: (id: string) => `a:${id}`,
  subscription: (id: string) => `s:${id}`,
  all: '*',
};

/** A cached answer with its tags and their index, as the bench measures it (`npm run bench`: 690–830 bytes). */
const CACHED_ANSWER_BYTES = 800;

/**
 * Advice when `entries` answers would fill more than half of what V8 may use (`heapLimitBytes`): a full cache and
 * the garbage between two collections would then crash the process out of memory, at the busiest moment. Node takes
 * half of the memory it is given (a container's or a systemd unit's limit), at most ~4 GB, and a fleet's share per
 * instance can be millions of answers.
 */
export function cacheHeapAdvice(entries: number, heapLimitBytes: number): string | undefined {
  const full = entries * CACHED_ANSWER_BYTES;
  if (full <= heapLimitBytes / 2) return undefined;
  const MB = 1024 * 1024;
  const suggested = Math.ceil((full * 2.5) / MB / 512) * 512;
  return (
    `checkIn.cacheEntries (${entries}) holds ~${Math.round(full / MB)} MB of answers when full, more than half of ` +
    `this process's heap limit (${Math.round(heapLimitBytes / MB)} MB): give it a memory limit of at least ` +
    `${suggested * 2} MB (Node takes half for its heap), or start it with NODE_OPTIONS=--max-old-space-size=${suggested}, ` +
    `or lower checkIn.cacheEntries`
  );
}
