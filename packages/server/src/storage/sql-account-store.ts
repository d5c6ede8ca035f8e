// The account store in SQL.
import type { Kysely, Selectable } from 'kysely';
import type { Account, AccountStore } from '../identity/index.js';
import type { Database } from './tables.js';

type Row = Selectable<Database['accounts']>;

export const toAccount = (r: Row): Account => ({
  id: r.id,
  email: r.email,
  emailNormalized: r.email_normalized,
  passwordHash: r.password_hash,
  country: r.country,
  locale: r.locale,
  phoneE164: r.phone_e164,
  phoneVerifiedAt: r.phone_verified_at,
  totpSecretSealed: r.totp_secret_sealed,
  totpLastStep: r.totp_last_step,
  emailVerifiedAt: r.email_verified_at,
  passwordChangedAt: r.password_changed_at,
  createdAt: r.created_at,
  disabledAt: r.disabled_at ?? null,
});

export function sqlAccountStore(db: Kysely<Database>): AccountStore {
  return {
    async create(a) {
      // ON CONFLICT rather than catching the violation: inside a caller's transaction a failed statement would abort
      // the whole of it on PostgreSQL.
      const r = await db
        .insertInto('accounts')
        .values({
          id: a.id,
          email: a.email,
          email_normalized: a.emailNormalized,
          password_hash: a.passwordHash,
          country: a.country,
          locale: a.locale,
          phone_e164: a.phoneE164 ?? null,
          phone_verified_at: a.phoneVerifiedAt ?? null,
          totp_secret_sealed: null,
          totp_last_step: null,
          email_verified_at: a.emailVerifiedAt,
          password_changed_at: a.passwordChangedAt,
          created_at: a.createdAt,
        })
        .onConflict((oc) => oc.column('email_normalized').doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
        ? { created: true }
        : { created: false, reason: 'EMAIL_TAKEN' };
    },
    async findById(id) {
      const row = await db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAccount(row);
    },
    async findByEmail(emailNormalized) {
      const row = await db
        .selectFrom('accounts')
        .selectAll()
        .where('email_normalized', '=', emailNormalized)
        .executeTakeFirst();
      return row && toAccount(row);
    },
    async updatePasswordHash(id, passwordHash, changedAt) {
      await db
        .updateTable('accounts')
        .set({ password_hash: passwordHash, password_changed_at: changedAt })
        .where('id', '=', id)
        .execute();
    },
    async setPhone(id, phoneE164, verifiedAt) {
      await db
        .updateTable('accounts')
        .set({ phone_e164: phoneE164, phone_verified_at: verifiedAt })
        .where('id', '=', id)
        .execute();
    },
    async setDisabled(id, at) {
      const r = await db
        .updateTable('accounts')
        .set({ disabled_at: at })
        .where('id', '=', id)
        .where('disabled_at', at === null ? 'is not' : 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) > 0;
    },
    async setTotp(id, secretSealed) {
      await db
        .updateTable('accounts')
        .set({ totp_secret_sealed: secretSealed, totp_last_step: null })
        .where('id', '=', id)
        .execute();
    },
    async advanceTotpStep(id, step) {
      const result = await db
        .updateTable('accounts')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async list({ limit, afterEmail }) {
      let q = db.selectFrom('accounts').selectAll().orderBy('email_normalized').limit(limit);
      if (afterEmail) q = q.where('email_normalized', '>', afterEmail);
      return (await q.execute()).map(toAccount);
    },
    async count() {
      const row = await db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
