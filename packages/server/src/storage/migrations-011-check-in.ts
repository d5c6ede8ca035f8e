// Migration 011: the license token last issued to each app connection, so an unchanged check-in hands it back
// without a new signature or a write (issue 9), and the entitlement it states, to tell when it must be re-issued.
import type { Kysely, Migration } from 'kysely';

export const m011_check_in: Migration = {
  async up(db: Kysely<any>) {
    for (const [column, type] of [
      ['license_token', 'text'],
      ['license_issued_at', 'bigint'],
      ['license_expires_at', 'bigint'],
      ['license_key', 'text'],
    ] as const) {
      await db.schema.alterTable('app_connections').addColumn(column, type).execute();
    }
  },
};
