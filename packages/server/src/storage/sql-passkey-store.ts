// Passkeys in SQL: credentials per account, compare-and-set sign counters, challenges taken by one DELETE.
import type { Kysely, Selectable } from 'kysely';
import type { PasskeyChallenge, PasskeyPurpose, PasskeyRecord, PasskeyStore } from '../identity/index.js';
import { isUniqueViolation } from './sql-errors.js';
import type { Database } from './tables.js';

const toRecord = (r: Selectable<Database['passkeys']>): PasskeyRecord => ({
  id: r.id,
  accountId: r.account_id,
  credentialId: r.credential_id,
  publicKey: r.public_key,
  signCount: Number(r.sign_count),
  transports: JSON.parse(r.transports) as string[],
  backedUp: Number(r.backed_up) === 1,
  name: r.name,
  createdAt: Number(r.created_at),
  lastUsedAt: r.last_used_at === null ? null : Number(r.last_used_at),
});

export function sqlPasskeyStore(db: Kysely<Database>): PasskeyStore {
  return {
    async insert(p, maxPerAccount) {
      try {
        return await db.transaction().execute(async (tx) => {
          // The account's row lock queues its concurrent registrations, so each counts after the ones before it.
          await tx
            .updateTable('accounts')
            .set((eb) => ({ created_at: eb.ref('created_at') }))
            .where('id', '=', p.accountId)
            .execute();
          const held = await tx
            .selectFrom('passkeys')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('account_id', '=', p.accountId)
            .executeTakeFirstOrThrow();
          if (Number(held.n) >= maxPerAccount) return 'limit' as const;
          await tx
            .insertInto('passkeys')
            .values({
              id: p.id,
              account_id: p.accountId,
              credential_id: p.credentialId,
              public_key: p.publicKey,
              sign_count: p.signCount,
              transports: JSON.stringify(p.transports),
              backed_up: p.backedUp ? 1 : 0,
              name: p.name,
              created_at: p.createdAt,
              last_used_at: p.lastUsedAt,
            })
            .execute();
          return 'inserted' as const;
        });
      } catch (error) {
        if (isUniqueViolation(error)) return 'duplicate';
        throw error;
      }
    },
    async findByCredentialId(credentialId) {
      const r = await db
        .selectFrom('passkeys')
        .selectAll()
        .where('credential_id', '=', credentialId)
        .executeTakeFirst();
      return r && toRecord(r);
    },
    async listForAccount(accountId) {
      const rows = await db
        .selectFrom('passkeys')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },
    async rename(accountId, id, name) {
      const r = await db
        .updateTable('passkeys')
        .set({ name })
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async remove(accountId, id) {
      const r = await db
        .deleteFrom('passkeys')
        .where('id', '=', id)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(r.numDeletedRows) === 1;
    },
    async recordUse(id, expected, signCount, at) {
      const r = await db
        .updateTable('passkeys')
        .set({ sign_count: signCount, last_used_at: at })
        .where('id', '=', id)
        .where('sign_count', '=', expected)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async putChallenge(c) {
      await db
        .insertInto('passkey_challenges')
        .values({
          id: c.id,
          challenge: c.challenge,
          purpose: c.purpose,
          bound_to: c.boundTo,
          account_id: c.accountId,
          expires_at: c.expiresAt,
        })
        .execute();
    },
    async takeChallenge(id, { purpose, boundTo, now }) {
      // DELETE … RETURNING on both databases: of racing takers exactly one gets the row.
      const r = await db
        .deleteFrom('passkey_challenges')
        .where('id', '=', id)
        .where('purpose', '=', purpose)
        .where('bound_to', '=', boundTo)
        .returningAll()
        .executeTakeFirst();
      if (!r || Number(r.expires_at) <= now) return undefined;
      return {
        id: r.id,
        challenge: r.challenge,
        purpose: r.purpose as PasskeyPurpose,
        boundTo: r.bound_to,
        accountId: r.account_id,
        expiresAt: Number(r.expires_at),
      } satisfies PasskeyChallenge;
    },
    async sweepChallenges(now) {
      const r = await db.deleteFrom('passkey_challenges').where('expires_at', '<=', now).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
