// Migration 004: account deletion requests (the portal's "delete my account", carried out after a grace period).
import type { Kysely, Migration } from 'kysely';

export const m004_portal: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('account_deletions')
      .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
      .addColumn('requested_at', 'bigint', (c) => c.notNull())
      .addColumn('purge_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('account_deletions_purge_at').on('account_deletions').column('purge_at').execute();
  },
};
