// Migration 008: what the pen-test fixes of issue 14 store: whether a rotated-out device credential has spent its one
// lost-response replay (null: not yet; 'spent': it has; 'closed': the credential it names was handed out twice).
import type { Kysely, Migration } from 'kysely';

export const m008_hardening: Migration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('app_connections').addColumn('previous_grace', 'text').execute();
  },
};
