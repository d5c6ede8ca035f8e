// Migration 003: license signing keys, regional data statements and their acceptances, credential rotation.
import type { Kysely, Migration } from 'kysely';

export const m003_connect: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('signing_keys')
      .addColumn('kid', 'text', (c) => c.primaryKey())
      .addColumn('public_jwk', 'text', (c) => c.notNull())
      .addColumn('private_sealed', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('retired_at', 'bigint')
      .execute();

    await db.schema
      .createTable('data_statements')
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('published_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('data_statements_pk', ['region', 'locale', 'version'])
      .execute();

    await db.schema
      .createTable('statement_acceptances')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('region', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('device_id', 'text')
      .addColumn('app_id', 'text')
      .addColumn('ip', 'text')
      .addColumn('accepted_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('statement_acceptances_account')
      .on('statement_acceptances')
      .columns(['account_id', 'region'])
      .execute();

    await db.schema.alterTable('app_connections').addColumn('previous_credential_hash', 'text').execute();
    await db.schema.alterTable('app_connections').addColumn('rotated_at', 'bigint').execute();
    await db.schema
      .createIndex('app_connections_previous_credential')
      .on('app_connections')
      .column('previous_credential_hash')
      .execute();
  },
};
