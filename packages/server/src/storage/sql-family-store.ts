// Family sharing in SQL: invitations, acceptance and the people of a subscription, each check-and-change one transaction.
// Lock order everywhere: invitation row, then the subscription row (with its counter update), then member and seat rows;
// every change of seats or members first takes the subscription row, so they never deadlock one another.
import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { AcceptResult, FamilyStore, InvitationRecord } from '../licensing/index.js';
import type { Database } from './tables.js';
import { raiseSubscriberFlag } from './sql-subscriber-flag.js';
import { atomically, Rollback } from './sql-transaction.js';
import { toPlan, toSubscription } from './sql-licensing-rows.js';
import { activeAt } from './sql-active-subscription.js';

const toInvitation = (r: Selectable<Database['subscription_invitations']>): InvitationRecord => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  email: r.email,
  tokenHash: r.token_hash,
  invitedBy: r.invited_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  acceptedAt: r.accepted_at,
  acceptedBy: r.accepted_by,
});

/**
 * Only invitations whose sender still owns the subscription are open: after a transfer, the old owner's are neither
 * listed nor accepted (acceptance checks the same under its row lock).
 */
const sentByOwner = (eb: ExpressionBuilder<Database, 'subscription_invitations'>) =>
  eb.exists(
    eb
      .selectFrom('subscriptions as owner')
      .select('owner.id')
      .whereRef('owner.id', '=', 'subscription_invitations.subscription_id')
      .whereRef('owner.owner_account_id', '=', 'subscription_invitations.invited_by'),
  );

export function sqlFamilyStore(db: Kysely<Database>): FamilyStore {
  return {
    async createInvitation(i) {
      await db
        .insertInto('subscription_invitations')
        .values({
          id: i.id,
          subscription_id: i.subscriptionId,
          email: i.email,
          token_hash: i.tokenHash,
          invited_by: i.invitedBy,
          created_at: i.createdAt,
          expires_at: i.expiresAt,
          accepted_at: i.acceptedAt,
          accepted_by: i.acceptedBy,
        })
        .execute();
    },
    async acceptInvitation({ invitation: match, accountId, email, now, capacity }) {
      return atomically<AcceptResult>(db, async (tx) => {
        await raiseSubscriberFlag(tx, accountId);
        const invitation = await tx
          .selectFrom('subscription_invitations')
          .selectAll()
          .where('tokenHash' in match ? 'token_hash' : 'id', '=', 'tokenHash' in match ? match.tokenHash : match.id)
          .executeTakeFirst();
        if (!invitation || invitation.accepted_at !== null) return { ok: false, reason: 'invalid' };
        if (invitation.expires_at <= now) return { ok: false, reason: 'expired' };
        // Only the person it was sent to: a forwarded or leaked link is no way into someone's plan.
        if (invitation.email !== email) return { ok: false, reason: 'wrong_email' };
        const sub = await tx
          .selectFrom('subscriptions')
          .selectAll()
          .where('id', '=', invitation.subscription_id)
          .where(activeAt(now))
          .executeTakeFirst();
        if (!sub) return { ok: false, reason: 'not_usable' };
        if (sub.owner_account_id === accountId) return { ok: false, reason: 'already_member' };
        const plan = await tx.selectFrom('plans').selectAll().where('id', '=', sub.plan_id).executeTakeFirstOrThrow();
        // Single use: of racing acceptances, one updates the invitation.
        const used = await tx
          .updateTable('subscription_invitations')
          .set({ accepted_at: now, accepted_by: accountId })
          .where('id', '=', invitation.id)
          .where('accepted_at', 'is', null)
          .executeTakeFirst();
        if (Number(used.numUpdatedRows) === 0) return { ok: false, reason: 'invalid' };
        const reserved = await tx
          .updateTable('subscriptions')
          .set((eb) => ({ members_used: eb('members_used', '+', 1) }))
          .where('id', '=', sub.id)
          .where('members_used', '<', capacity(toPlan(plan)))
          .where(activeAt(now))
          .executeTakeFirst();
        if (Number(reserved.numUpdatedRows) === 0) throw new Rollback<AcceptResult>({ ok: false, reason: 'full' });
        // Under the row lock now: a transfer that made this person the owner while the acceptance waited is seen.
        const ownerNow = await tx
          .selectFrom('subscriptions')
          .select('owner_account_id')
          .where('id', '=', sub.id)
          .executeTakeFirstOrThrow();
        if (ownerNow.owner_account_id === accountId)
          throw new Rollback<AcceptResult>({ ok: false, reason: 'already_member' });
        // An invitation stands for the owner who sent it: after a transfer it admits nobody to the new owner's plan.
        // Checked here, under the lock, rather than by ending invitations inside the transfer (which would lock in
        // the opposite order to this acceptance).
        if (ownerNow.owner_account_id !== invitation.invited_by)
          throw new Rollback<AcceptResult>({ ok: false, reason: 'invalid' });
        const joined = await tx
          .insertInto('subscription_members')
          .values({ subscription_id: sub.id, account_id: accountId, joined_at: now })
          .onConflict((oc) => oc.columns(['subscription_id', 'account_id']).doNothing())
          .executeTakeFirst();
        if (Number(joined.numInsertedOrUpdatedRows ?? 0) === 0)
          throw new Rollback<AcceptResult>({ ok: false, reason: 'already_member' });
        const after = await tx
          .selectFrom('subscriptions')
          .selectAll()
          .where('id', '=', sub.id)
          .executeTakeFirstOrThrow();
        return { ok: true, subscription: toSubscription(after) };
      });
    },
    async pendingInvitations(subscriptionId, now) {
      const rows = await db
        .selectFrom('subscription_invitations')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', now)
        .where(sentByOwner)
        .orderBy('created_at')
        .execute();
      return rows.map(toInvitation);
    },
    async invitationsFor(email, now) {
      const rows = await db
        .selectFrom('subscription_invitations')
        .selectAll()
        .where('email', '=', email)
        .where('accepted_at', 'is', null)
        .where('expires_at', '>', now)
        .where(sentByOwner)
        .orderBy('created_at', 'desc')
        .limit(20)
        .execute();
      return rows.map(toInvitation);
    },
    async findInvitation(match) {
      const row = await db
        .selectFrom('subscription_invitations')
        .selectAll()
        .where('tokenHash' in match ? 'token_hash' : 'id', '=', 'tokenHash' in match ? match.tokenHash : match.id)
        .executeTakeFirst();
      return row && toInvitation(row);
    },
    async deleteOpenInvitation(id) {
      const deleted = await db
        .deleteFrom('subscription_invitations')
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .executeTakeFirst();
      return Number(deleted.numDeletedRows) > 0;
    },
    async people(subscriptionId) {
      const owner = await db
        .selectFrom('subscriptions as s')
        .innerJoin('accounts as a', 'a.id', 's.owner_account_id')
        .select(['a.id', 'a.email'])
        .where('s.id', '=', subscriptionId)
        .executeTakeFirst();
      if (!owner) return undefined;
      const members = await db
        .selectFrom('subscription_members as m')
        .innerJoin('accounts as a', 'a.id', 'm.account_id')
        .select(['a.id', 'a.email', 'm.joined_at'])
        .where('m.subscription_id', '=', subscriptionId)
        .orderBy('m.joined_at')
        .orderBy('a.id')
        .execute();
      return {
        owner: { accountId: owner.id, email: owner.email },
        members: members.map((m) => ({ accountId: m.id, email: m.email, joinedAt: m.joined_at })),
      };
    },
    async removeMember(subscriptionId, accountId) {
      return atomically(db, async (tx) => {
        // Take the subscription row first (the lock order), then check there was someone to remove.
        const counted = await tx
          .updateTable('subscriptions')
          .set((eb) => ({ members_used: eb('members_used', '-', 1) }))
          .where('id', '=', subscriptionId)
          .where('members_used', '>', 0)
          .executeTakeFirst();
        if (Number(counted.numUpdatedRows) === 0) return false;
        const removed = await tx
          .deleteFrom('subscription_members')
          .where('subscription_id', '=', subscriptionId)
          .where('account_id', '=', accountId)
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) === 0) throw new Rollback(false);
        // Their devices stop using the family's seats.
        const freed = Number(
          (
            await tx
              .deleteFrom('seats')
              .where('subscription_id', '=', subscriptionId)
              .where('account_id', '=', accountId)
              .executeTakeFirst()
          ).numDeletedRows,
        );
        if (freed > 0) {
          await tx
            .updateTable('subscriptions')
            .set((eb) => ({ seats_used: eb('seats_used', '-', freed) }))
            .where('id', '=', subscriptionId)
            .execute();
        }
        return true;
      });
    },
  };
}
