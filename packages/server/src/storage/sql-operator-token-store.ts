// Operator API tokens in SQL: keyed hashes, scopes as JSON, revocation and throttled last-use.
import type { Kysely, Selectable } from 'kysely';
import type { OperatorTokenRecord, OperatorTokenStore } from '../operators/index.js';
import type { Database } from './tables.js';

const toRecord = (r: Selectable<Database['operator_tokens']>): OperatorTokenRecord => ({
  id: r.id,
  name: r.name,
  tokenHash: r.token_hash,
  scopes: JSON.parse(r.scopes) as string[],
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  revokedAt: r.revoked_at,
});

export function sqlOperatorTokenStore(db: Kysely<Database>): OperatorTokenStore {
  return {
    async insert(t) {
      await db
        .insertInto('operator_tokens')
        .values({
          id: t.id,
          name: t.name,
          token_hash: t.tokenHash,
          scopes: JSON.stringify(t.scopes),
          created_at: t.createdAt,
          last_used_at: t.lastUsedAt,
          revoked_at: t.revokedAt,
        })
        .execute();
    },
    async findByHash(tokenHash) {
      const row = await db
        .selectFrom('operator_tokens')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return row && toRecord(row);
    },
    async find(id) {
      const row = await db.selectFrom('operator_tokens').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toRecord(row);
    },
    async list(options = {}) {
      let q = db.selectFrom('operator_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc');
      if (options.live) q = q.where('revoked_at', 'is', null);
      return (await q.execute()).map(toRecord);
    },
    async revoke(id, at) {
      const r = await db
        .updateTable('operator_tokens')
        .set({ revoked_at: at })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async touch(id, at, notBefore) {
      await db
        .updateTable('operator_tokens')
        .set({ last_used_at: at })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', notBefore)]))
        .execute();
    },
  };
}
