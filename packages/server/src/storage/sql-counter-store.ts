// Sliding-window counters in SQL: one row per event, so counts stay exact under any concurrency.
import { sql, type Kysely } from 'kysely';
import type { CounterStore } from '../risk/index.js';
import type { Database } from './tables.js';

/** Each event is kept for the window it was recorded with; expired ones are pruned now and then. */
const PRUNE_EVERY = 1000;

export function sqlCounterStore(db: Kysely<Database>): CounterStore {
  let hitsSincePrune = 0;
  const count = async (key: string, windowMs: number, now: number) => {
    const row = await db.selectFrom('risk_events').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('key', '=', key).where('at', '>', now - windowMs).executeTakeFirstOrThrow();
    return Number(row.n);
  };
  return {
    async hit(key, windowMs, now) {
      await db.insertInto('risk_events').values({ key, at: now, keep_until: now + windowMs }).execute();
      if (++hitsSincePrune >= PRUNE_EVERY) {
        hitsSincePrune = 0;
        await db.deleteFrom('risk_events').where('keep_until', '<', now).execute();
      }
      return count(key, windowMs, now);
    },
    count,
    async reset(key) {
      await db.deleteFrom('risk_events').where('key', '=', key).execute();
    },
    async block(key, until) {
      await db.insertInto('risk_blocks').values({ key, until })
        .onConflict((oc) => oc.column('key').doUpdateSet({
          until: sql<number>`CASE WHEN excluded.until > risk_blocks.until THEN excluded.until ELSE risk_blocks.until END`,
        }))
        .execute();
    },
    async blockedUntil(key, now) {
      const row = await db.selectFrom('risk_blocks').select('until').where('key', '=', key).executeTakeFirst();
      return row && row.until > now ? row.until : 0;
    },
    async unblock(key) {
      await db.deleteFrom('risk_blocks').where('key', '=', key).execute();
    },
  };
}
