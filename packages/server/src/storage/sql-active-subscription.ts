// The "active subscription" rule in SQL, written once: not revoked, and no end or an end after `now`.
// Its twin for a loaded record is `statusAt` (licensing/model.ts); the subscription contract suite checks they agree.
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely';

/**
 * A where-clause for rows of `subscriptions` (or the alias `table` it goes by in the query) active at `now`, e.g.
 * `.where(activeAt(now))` or `.where(activeAt(now, 's'))`.
 */
export const activeAt =
  (now: number, table = 'subscriptions') =>
  <DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>): Expression<SqlBool> => {
    const endsAt = sql.ref<number | null>(`${table}.ends_at`);
    return eb.and([
      eb(sql.ref<number | null>(`${table}.revoked_at`), 'is', null),
      eb.or([eb(endsAt, 'is', null), eb(endsAt, '>', now)]),
    ]);
  };

/** The same rule as a raw SQL condition, for statements written in SQL (the check-in read). */
export const activeAtSql = (now: number, table: string): RawBuilder<SqlBool> =>
  sql<SqlBool>`(${sql.ref(`${table}.revoked_at`)} is null and (${sql.ref(`${table}.ends_at`)} is null or ${sql.ref(`${table}.ends_at`)} > ${now}))`;
