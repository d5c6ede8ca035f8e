// Migration 002: plans (Free and the demo plans seeded), activation-code batches, subscriptions, family members, seats.
import type { Kysely, Migration } from 'kysely';

/** `free` must always exist; `personal` and `family` are the demo plans the seed's vendor sells. */
const SEEDED_PLANS = [
  // Free has no subscription and takes no seats; its device limit is the per-account default (config licensing.maxDevicesPerAccount).
  { id: 'free', name: 'Free', device_limit: 500, member_limit: 1, features: ['basic'], term_days: 0 },
  {
    id: 'personal',
    name: 'Personal',
    device_limit: 3,
    member_limit: 1,
    features: ['basic', 'premium'],
    term_days: 365,
  },
  { id: 'family', name: 'Family', device_limit: 10, member_limit: 6, features: ['basic', 'premium'], term_days: 365 },
];

export const m002_licensing: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('device_limit', 'integer', (c) => c.notNull())
      .addColumn('member_limit', 'integer', (c) => c.notNull())
      .addColumn('features', 'text', (c) => c.notNull())
      .addColumn('term_days', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    const now = Date.now();
    await db
      .insertInto('plans')
      .values(SEEDED_PLANS.map((p) => ({ ...p, features: JSON.stringify(p.features), created_at: now })))
      .execute();

    await db.schema
      .createTable('activation_batches')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('term_days', 'integer', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .execute();

    // Only the keyed hash of a code is stored; it is the key a typed code is looked up by.
    await db.schema
      .createTable('activation_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('batch_id', 'text', (c) => c.notNull().references('activation_batches.id'))
      .addColumn('redeemed_at', 'bigint')
      .addColumn('redeemed_by', 'text')
      .addColumn('subscription_id', 'text')
      .addColumn('revoked_at', 'bigint')
      .execute();
    await db.schema.createIndex('activation_codes_batch').on('activation_codes').column('batch_id').execute();

    await db.schema
      .createTable('subscriptions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('owner_account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id'))
      .addColumn('starts_at', 'bigint', (c) => c.notNull())
      .addColumn('ends_at', 'bigint')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('source_ref', 'text')
      .addColumn('seats_used', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('members_used', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('revoked_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('subscriptions_owner').on('subscriptions').column('owner_account_id').execute();

    // One row per account that redeemed: its redemptions serialize on this row, so the subscription cap holds.
    await db.schema
      .createTable('subscription_owners')
      .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
      .addColumn('last_redeemed_at', 'bigint', (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('subscription_members')
      .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('joined_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('subscription_members_pk', ['subscription_id', 'account_id'])
      .execute();
    await db.schema
      .createIndex('subscription_members_account')
      .on('subscription_members')
      .column('account_id')
      .execute();

    await db.schema
      .createTable('subscription_invitations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('invited_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('accepted_at', 'bigint')
      .addColumn('accepted_by', 'text')
      .execute();
    await db.schema
      .createIndex('subscription_invitations_subscription')
      .on('subscription_invitations')
      .column('subscription_id')
      .execute();

    // A device holds at most one seat per subscription, however many of its apps use it.
    await db.schema
      .createTable('seats')
      .addColumn('subscription_id', 'text', (c) => c.notNull().references('subscriptions.id').onDelete('cascade'))
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('claimed_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('seats_pk', ['subscription_id', 'device_id'])
      .execute();
    await db.schema.createIndex('seats_device').on('seats').column('device_id').execute();
  },
};
