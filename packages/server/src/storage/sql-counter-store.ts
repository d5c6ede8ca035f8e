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

async function reserveEachIn(tx: Executor, limits: readonly Limit[], now: number): Promise<Reservation[]> {
  if (new Set(limits.map((l) => l.key)).size !== limits.length) throw new Error('reserveEach needs distinct keys');
  // The keys' rows are the locks, taken in one order by every caller (one statement locks its rows in the order of its
  // values): on PostgreSQL racing reservations of a key queue here until the holder commits, so each counts what the
  // others took (SQLite runs one transaction at a time anyway).
  const sorted = [...limits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  await tx
    .insertInto('risk_keys')
    .values(sorted.map((l) => ({ key: l.key, keep_until: now + l.windowMs })))
    .onConflict((oc) => oc.column('key').doUpdateSet({ keep_until: LATER_KEEP }))
    .execute();
  const rows = await tx
    .selectFrom('risk_events')
    .select((eb) => ['key', eb.fn.countAll<number>().as('n'), eb.fn.min('at').as('oldest')])
    .where((eb) => eb.or(limits.map((l) => eb.and([eb('key', '=', l.key), eb('at', '>', now - l.windowMs)]))))
    .groupBy('key')
    .execute();
  const inWindow = new Map(rows.map((r) => [r.key, { taken: Number(r.n), oldest: Number(r.oldest) }]));
  const reservations = limits.map(({ key, limit, windowMs }): Reservation => {
    const { taken, oldest } = inWindow.get(key) ?? { taken: 0, oldest: now };
    if (taken >= limit) return { ok: false, freeAt: oldest + windowMs };
    return { ok: true, slot: taken + 1, id: randomBytes(9).toString('base64url') };
  });
  const events = limits.flatMap(({ key, windowMs }, i) => {
    const r = reservations[i]!;
    return r.ok ? [{ key, at: now, keep_until: now + windowMs, id: r.id }] : [];
  });
  if (events.length > 0) await tx.insertInto('risk_events').values(events).execute();
  return reservations;
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
  const reserveEach: CounterStore['reserveEach'] = async (limits, now) => {
    if (limits.length === 0) return [];
    const reservations = await db.transaction().execute((tx) => reserveEachIn(tx, limits, now));
    await prune(now);
    return reservations;
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
    reserve: async (key, limit, windowMs, now) => (await reserveEach([{ key, limit, windowMs }], now))[0]!,
    reserveEach,
    async reserveAll(limits, now) {
      if (limits.length === 0) return { ok: true, ids: [], spentUntil: 0 };
      const reservations = await db.transaction().execute((tx) => reserveAllIn(tx, limits, now));
      await prune(now);
      return reservations;
    },
    async forget({ events = [], keys = [] }) {
      if (events.length === 0 && keys.length === 0) return;
      // One statement: on SQLite one commit rather than one per event or key.
      await db
        .deleteFrom('risk_events')
        .where((eb) =>
          eb.or([
            ...events.map(([key, id]) => eb.and([eb('key', '=', key), eb('id', '=', id)])),
            ...(keys.length > 0 ? [eb('key', 'in', keys)] : []),
          ]),
        )
        .execute();
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
