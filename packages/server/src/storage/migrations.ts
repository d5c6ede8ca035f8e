// The one set of migrations, written with Kysely's schema builder so SQLite and PostgreSQL share it.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { m002_licensing } from './migrations-002-licensing.js';
import { m003_connect } from './migrations-003-connect.js';
import { m004_portal } from './migrations-004-portal.js';
import { m005_integrity } from './migrations-005-integrity.js';
import { m006_budgets } from './migrations-006-budgets.js';
import { m007_challenge } from './migrations-007-challenge.js';
import { m008_hardening } from './migrations-008-hardening.js';
import { m010_operator } from './migrations-010-operator.js';
import { m011_check_in } from './migrations-011-check-in.js';
import { m012_admin } from './migrations-012-admin.js';
import { m013_device_code } from './migrations-013-device-code.js';
import { m014_passkeys } from './migrations-014-passkeys.js';
import { m015_console_operators } from './migrations-015-console-operators.js';
import { m016_console_desk } from './migrations-016-console-desk.js';
import { m017_subscriber_flag } from './migrations-017-subscriber-flag.js';
import { m018_check_in_tallies } from './migrations-018-check-in-tallies.js';

const m001_core: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('email_normalized', 'text', (c) => c.notNull().unique())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('locale', 'text', (c) => c.notNull())
      .addColumn('phone_e164', 'text')
      .addColumn('phone_verified_at', 'bigint')
      .addColumn('totp_secret_sealed', 'text')
      .addColumn('totp_last_step', 'bigint')
      .addColumn('email_verified_at', 'bigint')
      .addColumn('password_changed_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('flows')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('step', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('completed_at', 'bigint')
      .execute();
    await db.schema.createIndex('flows_expires_at').on('flows').column('expires_at').execute();

    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('revoked_at', 'bigint')
      .execute();
    await db.schema.createIndex('sessions_account').on('sessions').column('account_id').execute();

    await db.schema
      .createTable('pending_factors')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('value_sealed', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('sent_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('pending_factors_pk', ['account_id', 'kind'])
      .execute();

    await db.schema
      .createTable('risk_events')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('keep_until', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('risk_events_key_at').on('risk_events').columns(['key', 'at']).execute();
    await db.schema.createIndex('risk_events_keep_until').on('risk_events').column('keep_until').execute();
    await db.schema
      .createTable('risk_blocks')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('until', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('outbox')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('subject', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('outbox_created').on('outbox').column('created_at').execute();

    await db.schema
      .createTable('audit_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text')
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('details', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('audit_account_created')
      .on('audit_events')
      .columns(['account_id', 'created_at'])
      .execute();

    await db.schema
      .createTable('devices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('disconnected_at', 'bigint')
      .execute();
    await db.schema.createIndex('devices_account').on('devices').column('account_id').execute();

    await db.schema
      .createTable('app_connections')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('app_id', 'text', (c) => c.notNull())
      .addColumn('plan_id', 'text', (c) => c.notNull())
      .addColumn('subscription_id', 'text')
      .addColumn('credential_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_check_in_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute();
    await db.schema
      .createIndex('app_connections_device')
      .on('app_connections')
      .columns(['device_id', 'app_id'])
      .execute();
  },
};

export const MIGRATIONS: Record<string, Migration> = {
  '001_core': m001_core,
  '002_licensing': m002_licensing,
  '003_connect': m003_connect,
  '004_portal': m004_portal,
  '005_integrity': m005_integrity,
  '006_budgets': m006_budgets,
  '007_challenge': m007_challenge,
  '008_hardening': m008_hardening,
  '010_operator': m010_operator,
  '011_check_in': m011_check_in,
  '012_admin': m012_admin,
  '013_device_code': m013_device_code,
  '014_passkeys': m014_passkeys,
  '015_console_operators': m015_console_operators,
  '016_console_desk': m016_console_desk,
  '017_subscriber_flag': m017_subscriber_flag,
  '018_check_in_tallies': m018_check_in_tallies,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
