// Migration 015: the operator console (issue 11): which accounts are operators (their role), and console sessions.
import type { Kysely, Migration } from 'kysely';

export const m015_console_operators: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('console_operators')
      .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('granted_at', 'bigint', (c) => c.notNull())
      .execute();

    // The console's own sessions, apart from portal sessions: a portal cookie never opens the console.
    await db.schema
      .createTable('console_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
      .addColumn('confirmed_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint')
      .addColumn('ip', 'text')
      .addColumn('user_agent', 'text')
      .execute();
    await db.schema.createIndex('console_sessions_account').on('console_sessions').column('account_id').execute();
  },
};
