// An operator's subscription changes in SQL: single conditional UPDATE … RETURNING statements (no read-then-write).
import { sql, type Kysely } from 'kysely';
import type { SubscriptionChangeStore } from '../licensing/index.js';
import type { Database } from './tables.js';
import { toSubscription } from './sql-licensing-rows.js';

export function sqlSubscriptionChangeStore(db: Kysely<Database>): SubscriptionChangeStore {
  return {
    async extend(id, addMs, now) {
      const row = await db
        .updateTable('subscriptions')
        // The new end is computed from the row's own value inside the statement, so concurrent extends add up.
        .set({ ends_at: sql<number>`(case when ends_at < ${now} then ${now} else ends_at end) + ${addMs}` })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .where('ends_at', 'is not', null)
        .returningAll()
        .executeTakeFirst();
      return row && toSubscription(row);
    },
    async revoke(id, now) {
      const row = await db
        .updateTable('subscriptions')
        .set({ revoked_at: now })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return row && toSubscription(row);
    },
  };
}
