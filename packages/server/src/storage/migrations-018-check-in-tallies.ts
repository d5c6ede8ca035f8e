// Migration 018: check-ins counted per minute, for the console's chart, so that last-seen times can be written
// coarsely (checkIn.lastSeenGranularitySeconds): the chart counted connections by their last check-in's minute.
import { sql, type Kysely, type Migration } from 'kysely';

const MINUTE = 60_000;

export const m018_check_in_tallies: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('check_in_tallies')
      .addColumn('minute', 'bigint', (c) => c.primaryKey())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .execute();
    // The last hour as the chart showed it until now, so that it does not start empty after the upgrade.
    const minute = sql<number>`(last_check_in_at / ${sql.lit(MINUTE)})`;
    await db
      .insertInto('check_in_tallies')
      .columns(['minute', 'count'])
      .expression(
        db
          .selectFrom('app_connections')
          .select([minute.as('minute'), (eb) => eb.fn.countAll().as('count')])
          .where('last_check_in_at', '>=', Date.now() - 60 * MINUTE)
          .groupBy(minute),
      )
      .execute();
  },
};
