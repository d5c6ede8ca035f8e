// Migration 005: a finished flow's result kept (sealed, briefly) for redelivery, and indexes the integrity checks use.
import type { Kysely, Migration } from 'kysely';

export const m005_integrity: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('flows').addColumn('result_sealed', 'text').execute();
    await db.schema.alterTable('flows').addColumn('result_expires_at', 'bigint').execute();
    await db.schema
      .createIndex('app_connections_subscription')
      .on('app_connections')
      .column('subscription_id')
      .execute();
    await db.schema.createIndex('seats_account').on('seats').column('account_id').execute();
  },
};
