// Migration 012: the operator API (issue 10): an account an operator disabled cannot sign in or check in until enabled.
import type { Kysely, Migration } from 'kysely';

export const m012_admin: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('accounts').addColumn('disabled_at', 'bigint').execute();
  },
};
