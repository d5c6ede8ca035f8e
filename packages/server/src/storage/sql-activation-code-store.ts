// Activation codes in SQL: batches, their keyed-hash codes, revocation, and the redemption that creates a subscription.
// Checks that must hold under concurrency are conditional writes inside one transaction.
import type { Kysely } from 'kysely';
import type { ActivationCodeStore } from '../licensing/index.js';
import type { Database } from './tables.js';
import { raiseSubscriberFlag } from './sql-subscriber-flag.js';
import { atomically, Rollback } from './sql-transaction.js';
import { fromSubscription } from './sql-licensing-rows.js';
import { activeAt } from './sql-active-subscription.js';

/** Rows per INSERT: 2 parameters each stays far below SQLite's and PostgreSQL's parameter limits. */
const ROWS_PER_INSERT = 2_000;
/** Rows per transaction: large batches commit in steps so a running server's writers are not held up for long. */
const ROWS_PER_TRANSACTION = 20_000;
const DAY = 86_400_000;

export function sqlActivationCodeStore(db: Kysely<Database>): ActivationCodeStore {
  return {
    async createBatch(b) {
      await db
        .insertInto('activation_batches')
        .values({
          id: b.id,
          plan_id: b.planId,
          term_days: b.termDays,
          count: b.count,
          note: b.note,
          created_at: b.createdAt,
          revoked_at: b.revokedAt,
        })
        .execute();
    },
    async insertCodes(batchId, hashes, onProgress) {
      for (let start = 0; start < hashes.length; start += ROWS_PER_TRANSACTION) {
        const slice = hashes.slice(start, start + ROWS_PER_TRANSACTION);
        await db.transaction().execute(async (tx) => {
          for (let i = 0; i < slice.length; i += ROWS_PER_INSERT) {
            await tx
              .insertInto('activation_codes')
              .values(slice.slice(i, i + ROWS_PER_INSERT).map((code_hash) => ({ code_hash, batch_id: batchId })))
              .execute();
          }
        });
        onProgress?.(start + slice.length);
      }
    },
    async findCodes(codeHashes) {
      if (codeHashes.length === 0) return [];
      const rows = await db
        .selectFrom('activation_codes')
        .selectAll()
        .where('code_hash', 'in', [...codeHashes])
        .execute();
      return rows.map((r) => ({
        codeHash: r.code_hash,
        batchId: r.batch_id,
        redeemedAt: r.redeemed_at === null ? null : Number(r.redeemed_at),
        redeemedBy: r.redeemed_by,
        subscriptionId: r.subscription_id,
        revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
      }));
    },
    async listBatches() {
      const rows = await db
        .selectFrom('activation_batches as b')
        .selectAll('b')
        .select((eb) =>
          eb
            .selectFrom('activation_codes as c')
            .select((c) => c.fn.countAll<number>().as('n'))
            .whereRef('c.batch_id', '=', 'b.id')
            .where('c.redeemed_at', 'is not', null)
            .as('redeemed'),
        )
        .orderBy('b.created_at', 'desc')
        .orderBy('b.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        planId: r.plan_id,
        termDays: r.term_days,
        count: r.count,
        note: r.note,
        createdAt: r.created_at,
        revokedAt: r.revoked_at,
        redeemed: Number(r.redeemed ?? 0),
      }));
    },
    async revokeBatch(id, at) {
      return db.transaction().execute(async (tx) => {
        const batch = await tx.selectFrom('activation_batches').select('id').where('id', '=', id).executeTakeFirst();
        if (!batch) return { found: false, redeemed: 0 };
        await tx
          .updateTable('activation_batches')
          .set({ revoked_at: at })
          .where('id', '=', id)
          .where('revoked_at', 'is', null)
          .execute();
        const row = await tx
          .selectFrom('activation_codes')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('batch_id', '=', id)
          .where('redeemed_at', 'is not', null)
          .executeTakeFirstOrThrow();
        return { found: true, redeemed: Number(row.n) };
      });
    },
    async revokeCode(codeHash, at) {
      return db.transaction().execute(async (tx) => {
        const code = await tx
          .updateTable('activation_codes')
          .set((eb) => ({ revoked_at: eb.fn.coalesce('revoked_at', eb.val(at)) }))
          .where('code_hash', '=', codeHash)
          .returning('subscription_id')
          .executeTakeFirst();
        if (!code) return { found: false, subscriptionId: null };
        if (code.subscription_id) {
          await tx
            .updateTable('subscriptions')
            .set({ revoked_at: at })
            .where('id', '=', code.subscription_id)
            .where('revoked_at', 'is', null)
            .execute();
        }
        return { found: true, subscriptionId: code.subscription_id };
      });
    },

    async redeem({ codeHash, accountId, subscriptionId, now, maxActive }) {
      return atomically(db, async (tx) => {
        await raiseSubscriberFlag(tx, accountId);
        // Lock the account's owner row first: its redemptions queue here, so counting then inserting below is exact.
        await tx
          .insertInto('subscription_owners')
          .values({ account_id: accountId, last_redeemed_at: now })
          .onConflict((oc) => oc.column('account_id').doUpdateSet({ last_redeemed_at: now }))
          .execute();
        // The claim: of any number of racing transactions, one updates the row; the others find it redeemed.
        const claimed = await tx
          .updateTable('activation_codes')
          .set({ redeemed_at: now, redeemed_by: accountId, subscription_id: subscriptionId })
          .where('code_hash', '=', codeHash)
          .where('redeemed_at', 'is', null)
          .where('revoked_at', 'is', null)
          .where((eb) =>
            eb.exists(
              eb
                .selectFrom('activation_batches as b')
                .select('b.id')
                .whereRef('b.id', '=', 'activation_codes.batch_id')
                .where('b.revoked_at', 'is', null),
            ),
          )
          .returning('batch_id')
          .executeTakeFirst();
        if (!claimed) throw new Rollback({ ok: false as const, reason: 'invalid' as const });
        const active = await tx
          .selectFrom('subscriptions')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('owner_account_id', '=', accountId)
          .where(activeAt(now))
          .executeTakeFirstOrThrow();
        if (Number(active.n) >= maxActive) throw new Rollback({ ok: false as const, reason: 'limit' as const });
        const batch = await tx
          .selectFrom('activation_batches')
          .select(['plan_id', 'term_days'])
          .where('id', '=', claimed.batch_id)
          .executeTakeFirstOrThrow();
        const subscription = {
          id: subscriptionId,
          ownerAccountId: accountId,
          planId: batch.plan_id,
          startsAt: now,
          endsAt: batch.term_days === 0 ? null : now + batch.term_days * DAY,
          source: 'activation_code' as const,
          sourceRef: claimed.batch_id,
          seatsUsed: 0,
          membersUsed: 0,
          revokedAt: null,
          createdAt: now,
        };
        await tx.insertInto('subscriptions').values(fromSubscription(subscription)).execute();
        return { ok: true as const, subscription };
      });
    },
  };
}
