// Migration 006: attempt budgets. Reserved events carry an id so a right secret can give its slot back, and one
// row per budget key is the lock that serialises "count, then take a slot if under the limit" on PostgreSQL.
import type { Kysely, Migration } from 'kysely';

export const m006_budgets: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('risk_events').addColumn('id', 'text').execute();
    await db.schema
      .createTable('risk_keys')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('keep_until', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('risk_keys_keep_until').on('risk_keys').column('keep_until').execute();
  },
};
