// Migration 016: the console's licensing desk: SMS tallies per day and country, and background mints of code batches.
import type { Kysely, Migration } from 'kysely';

export const m016_console_desk: Migration = {
  async up(db: Kysely<any>) {
    // One row per UTC day, destination country and outcome, counted by upsert (no read-then-write): the overview's
    // "SMS today" across every instance, where the Prometheus counters are one process's since it started.
    await db.schema
      .createTable('sms_tallies')
      .addColumn('day', 'text', (c) => c.notNull())
      .addColumn('country', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('count', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('sms_tallies_pk', ['day', 'country', 'outcome'])
      .execute();

    // A mint started from the console: its progress, and its codes as a sealed CSV until the one download takes them
    // (or the download window closes). Plaintext codes are never stored.
    await db.schema
      .createTable('code_mint_jobs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('operator_id', 'text', (c) => c.notNull())
      .addColumn('plan_id', 'text', (c) => c.notNull())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('minted', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('batch_id', 'text')
      .addColumn('problem', 'text')
      .addColumn('csv_sealed', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('download_until', 'bigint')
      .addColumn('downloaded_at', 'bigint')
      .execute();
    await db.schema.createIndex('code_mint_jobs_created').on('code_mint_jobs').column('created_at').execute();
  },
};
