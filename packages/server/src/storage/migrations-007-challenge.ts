// Migration 007: solved captcha challenges, remembered until they expire so each passes once.
import type { Kysely, Migration } from 'kysely';

export const m007_challenge: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('captcha_uses')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('keep_until', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('captcha_uses_keep_until').on('captcha_uses').column('keep_until').execute();
  },
};
