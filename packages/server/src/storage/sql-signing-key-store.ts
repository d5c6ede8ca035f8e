// License signing keys in SQL.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { SigningKeyRecord, SigningKeyStore } from '../licensing/index.js';
import type { Database } from './tables.js';
import { supportsRowLocks } from './unit-of-work.js';

const toRecord = (r: Selectable<Database['signing_keys']>): SigningKeyRecord => ({
  kid: r.kid,
  publicJwk: r.public_jwk,
  privateSealed: r.private_sealed,
  createdAt: r.created_at,
  retiredAt: r.retired_at,
});

const toRow = (k: SigningKeyRecord) => ({
  kid: k.kid,
  public_jwk: k.publicJwk,
  private_sealed: k.privateSealed,
  created_at: k.createdAt,
  retired_at: k.retiredAt,
});

export function sqlSigningKeyStore(db: Kysely<Database>): SigningKeyStore {
  const postgres = supportsRowLocks(db);

  /**
   * `work` in a transaction that no other creation or rotation runs beside. There is no row to lock when no key
   * exists yet, so PostgreSQL locks the table in a mode that conflicts with itself and not with readers (listing keys
   * and verifying tokens go on). SQLite runs one write transaction at a time already.
   */
  const serialized = <T>(work: (tx: Transaction<Database>) => Promise<T>) =>
    db.transaction().execute(async (tx) => {
      if (postgres) await sql`lock table signing_keys in share row exclusive mode`.execute(tx);
      return work(tx);
    });

  return {
    async list() {
      const rows = await db.selectFrom('signing_keys').selectAll().orderBy('created_at').execute();
      return rows.map(toRecord);
    },
    async insert(k) {
      await db.insertInto('signing_keys').values(toRow(k)).execute();
    },
    insertIfNoneActive(k) {
      return serialized(async (tx) => {
        const active = await tx
          .selectFrom('signing_keys')
          .selectAll()
          .where('retired_at', 'is', null)
          .orderBy('created_at', 'desc')
          .orderBy('kid', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (active) return toRecord(active);
        await tx.insertInto('signing_keys').values(toRow(k)).execute();
        return k;
      });
    },
    async rotateTo(k, at) {
      await serialized(async (tx) => {
        await tx.insertInto('signing_keys').values(toRow(k)).execute();
        await tx
          .updateTable('signing_keys')
          .set({ retired_at: at })
          .where('kid', '!=', k.kid)
          .where('retired_at', 'is', null)
          .execute();
      });
    },
  };
}
