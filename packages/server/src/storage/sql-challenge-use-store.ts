// Solved captcha challenges in SQL: the primary key makes the first insert the only winner on SQLite and PostgreSQL.
import type { Kysely } from 'kysely';
import type { ChallengeUseStore } from '../captcha/index.js';
import type { Database } from './tables.js';

const PRUNE_EVERY = 1000;

export function sqlChallengeUseStore(db: Kysely<Database>): ChallengeUseStore {
  let claimsSincePrune = 0;
  return {
    async claim(id, keepUntil, now) {
      if (++claimsSincePrune >= PRUNE_EVERY) {
        claimsSincePrune = 0;
        await db.deleteFrom('captcha_uses').where('keep_until', '<', now).execute();
      }
      const result = await db
        .insertInto('captcha_uses')
        .values({ id, keep_until: keepUntil })
        .onConflict((oc) => oc.column('id').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
