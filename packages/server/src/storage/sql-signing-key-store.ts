// License signing keys in SQL.
import type { Kysely } from 'kysely';
import type { SigningKeyStore } from '../licensing/index.js';
import type { Database } from './tables.js';

export function sqlSigningKeyStore(db: Kysely<Database>): SigningKeyStore {
  return {
    async list() {
      const rows = await db.selectFrom('signing_keys').selectAll().orderBy('created_at').execute();
      return rows.map((r) => ({
        kid: r.kid,
        publicJwk: r.public_jwk,
        privateSealed: r.private_sealed,
        createdAt: r.created_at,
        retiredAt: r.retired_at,
      }));
    },
    async insert(k) {
      await db
        .insertInto('signing_keys')
        .values({
          kid: k.kid,
          public_jwk: k.publicJwk,
          private_sealed: k.privateSealed,
          created_at: k.createdAt,
          retired_at: k.retiredAt,
        })
        .execute();
    },
    async retireOthers(keepKid, at) {
      await db
        .updateTable('signing_keys')
        .set({ retired_at: at })
        .where('kid', '!=', keepKid)
        .where('retired_at', 'is', null)
        .execute();
    },
  };
}
