// Sliding-window counters in SQL: one row per event, so counts stay exact under any concurrency.
import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { CounterStore, Limit, Reservation, Reservations } from '../risk/index.js';
import type { Database } from './tables.js';

/** Each event is kept for the window it was recorded with; expired ones are pruned now and then. */
const PRUNE_EVERY = 1000;

/** Upserts that never move a time backwards. */
const LATER_BLOCK = sql<number>`CASE WHEN excluded.until > risk_blocks.until THEN excluded.until ELSE risk_blocks.until END`;
const LATER_KEEP = sql<number>`CASE WHEN excluded.keep_until > risk_keys.keep_until THEN excluded.keep_until ELSE risk_keys.keep_until END`;

type Executor = Kysely<Database>;

/** When `limit` has room again given `taken` events in its window: once the (taken - limit + 1) oldest have left it. */
async function roomAt(tx: Executor, { key, limit, windowMs }: Limit, taken: number, now: number): Promise<number> {
  const row = await tx
    .selectFrom('risk_events')
    .select('at')
    .where('key', '=', key)
    .where('at', '>', now - windowMs)
    .orderBy('at')
    .limit(1)
    .offset(Math.max(0, taken - limit))
    .executeTakeFirst();
  return (row ? Number(row.at) : now) + windowMs;
}

async function reserveAllIn(tx: Executor, limits: readonly Limit[], now: number): Promise<Reservations> {
  const keep = new Map<string, number>();
  for (const l of limits) keep.set(l.key, Math.max(keep.get(l.key) ?? 0, l.windowMs));
  // Each key's row is its lock, taken in one order by every caller so that two reservations never wait on each other.
  const keys = [...keep.keys()].sort();
  for (const key of keys)
    await tx
      .insertInto('risk_keys')
      .values({ key, keep_until: now + keep.get(key)! })
      .onConflict((oc) => oc.column('key').doUpdateSet({ keep_until: LATER_KEEP }))
      .execute();
  const taken: number[] = [];
  let freeAt = 0;
  for (const l of limits) {
    const row = await tx
      .selectFrom('risk_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key', '=', l.key)
      .where('at', '>', now - l.windowMs)
      .executeTakeFirstOrThrow();
    const n = Number(row.n);
    taken.push(n);
    if (n >= l.limit) freeAt = Math.max(freeAt, await roomAt(tx, l, n, now));
  }
  if (freeAt > 0) return { ok: false, freeAt };
  const ids = keys.map((key) => [key, randomBytes(9).toString('base64url')] as const);
  await tx
    .insertInto('risk_events')
    .values(ids.map(([key, id]) => ({ key, at: now, keep_until: now + keep.get(key)!, id })))
    .execute();
  let spentUntil = 0;
  for (const [i, l] of limits.entries())
    if (taken[i]! + 1 >= l.limit) spentUntil = Math.max(spentUntil, await roomAt(tx, l, taken[i]! + 1, now));
  return { ok: true, ids, spentUntil };
}

export function sqlCounterStore(db: Kysely<Database>): CounterStore {
  let writesSincePrune = 0;
  const prune = async (now: number) => {
    if (++writesSincePrune < PRUNE_EVERY) return;
    writesSincePrune = 0;
    await db.deleteFrom('risk_events').where('keep_until', '<', now).execute();
    await db.deleteFrom('risk_keys').where('keep_until', '<', now).execute();
  };
  const count = async (key: string, windowMs: number, now: number) => {
    const row = await db
      .selectFrom('risk_events')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key', '=', key)
      .where('at', '>', now - windowMs)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const blockedUntil = async (key: string, now: number) => {
    const row = await db.selectFrom('risk_blocks').select('until').where('key', '=', key).executeTakeFirst();
    return row && row.until > now ? row.until : 0;
  };
  return {
    async hit(key, windowMs, now) {
      await db
        .insertInto('risk_events')
        .values({ key, at: now, keep_until: now + windowMs, id: null })
        .execute();
      await prune(now);
      return count(key, windowMs, now);
    },
    count,
    async reserve(key, limit, windowMs, now) {
      const reservation = await db.transaction().execute(async (tx): Promise<Reservation> => {
        // The key's row is the lock: on PostgreSQL racing reservations of one key queue here until the holder commits,
        // so each counts what the others took (SQLite runs one transaction at a time anyway).
        await tx
          .insertInto('risk_keys')
          .values({ key, keep_until: now + windowMs })
          .onConflict((oc) => oc.column('key').doUpdateSet({ keep_until: LATER_KEEP }))
          .execute();
        const row = await tx
          .selectFrom('risk_events')
          .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
          .where('key', '=', key)
          .where('at', '>', now - windowMs)
          .executeTakeFirstOrThrow();
        const taken = Number(row.n);
        if (taken >= limit) return { ok: false, freeAt: Number(row.oldest) + windowMs };
        const id = randomBytes(9).toString('base64url');
        await tx
          .insertInto('risk_events')
          .values({ key, at: now, keep_until: now + windowMs, id })
          .execute();
        return { ok: true, slot: taken + 1, id };
      });
      await prune(now);
      return reservation;
    },
    async reserveAll(limits, now) {
      if (limits.length === 0) return { ok: true, ids: [], spentUntil: 0 };
      const reservations = await db.transaction().execute((tx) => reserveAllIn(tx, limits, now));
      await prune(now);
      return reservations;
    },
    async release(key, id) {
      await db.deleteFrom('risk_events').where('key', '=', key).where('id', '=', id).execute();
    },
    async reset(key) {
      await db.deleteFrom('risk_events').where('key', '=', key).execute();
    },
    async block(key, until) {
      await db
        .insertInto('risk_blocks')
        .values({ key, until })
        .onConflict((oc) => oc.column('key').doUpdateSet({ until: LATER_BLOCK }))
        .execute();
    },
    async takeTurn(key, now, until) {
      // One statement: the conflicting row is locked while its condition is checked, so one racer takes a free turn.
      const result = await db
        .insertInto('risk_blocks')
        .values({ key, until })
        .onConflict((oc) => oc.column('key').doUpdateSet({ until }).where('risk_blocks.until', '<=', now))
        .executeTakeFirst();
      if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return 0;
      // Refused means a block runs past `now`; only an unblock in between could make it read 0.
      return (await blockedUntil(key, now)) || now + 1;
    },
    blockedUntil,
    async unblock(key) {
      await db.deleteFrom('risk_blocks').where('key', '=', key).execute();
    },
  };
}
