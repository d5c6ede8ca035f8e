// An operator's actions on one subscription: extend its term, revoke it, transfer it to another account, each with
// its webhook event (and audit entries) in one unit of work.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { Outcome } from '../errors/index.js';
import { refuse } from '../errors/index.js';
import { subscriptionAt, type Subscription } from './model.js';
import type { SubscriptionChangeStore } from './subscription-change-store.js';
import type { SubscriptionStore } from './subscription-store.js';

const DAY = 86_400_000;

export interface SubscriptionAdmin {
  find(id: string): Promise<Subscription | undefined>;
  /** Refused when there is no such subscription, or when it is revoked or has no end (nothing to extend). */
  extend(
    id: string,
    days: number,
  ): Promise<Outcome<{ subscription: Subscription }, 'SUBSCRIPTION_NOT_FOUND' | 'OPERATION_REFUSED'>>;
  /** Revoking a revoked subscription is refused, so a retried call can tell it already happened. */
  revoke(id: string): Promise<Outcome<{ subscription: Subscription }, 'SUBSCRIPTION_NOT_FOUND' | 'OPERATION_REFUSED'>>;
  /**
   * Gives it to another account (which must exist: the caller checks). The old owner's devices lose their seats (their
   * apps fall back at their next check-in); a revoked subscription, or one the account owns already, is refused.
   */
  transfer(
    id: string,
    toAccountId: string,
    by?: { tokenId: string; ip: string | null },
  ): Promise<Outcome<TransferOutcome, 'SUBSCRIPTION_NOT_FOUND' | 'OPERATION_REFUSED'>>;
}

export interface TransferOutcome {
  subscription: Subscription;
  fromAccountId: string;
  /** Devices of the old owner whose seat was freed. */
  freedDeviceIds: string[];
}

export function createSubscriptionAdmin(deps: {
  subscriptions: SubscriptionStore;
  changes: SubscriptionChangeStore;
  events: EventRecorder;
  clock: Clock;
  unitOfWork: UnitOfWork;
  /** Where a transfer is written in both accounts' audit trails (left out by unit tests that do not look). */
  audit?: AuditLog;
}): SubscriptionAdmin {
  const { clock } = deps;
  const missingOr = async (id: string, problem: string) =>
    (await deps.subscriptions.findSubscription(id))
      ? refuse('OPERATION_REFUSED', { problem })
      : refuse('SUBSCRIPTION_NOT_FOUND');
  return {
    async find(id) {
      const found = await deps.subscriptions.findSubscription(id);
      return found && subscriptionAt(found, clock.now());
    },

    async extend(id, days) {
      const now = clock.now();
      const changed = await deps.changes.extend(id, days * DAY, now);
      if (!changed) return missingOr(id, 'revoked, or has no end');
      return { ok: true, subscription: subscriptionAt(changed, now) };
    },

    async revoke(id) {
      const now = clock.now();
      const changed = await deps.unitOfWork.run(async () => {
        const row = await deps.changes.revoke(id, now);
        if (row)
          await deps.events.record('subscription.revoked', {
            accountId: row.ownerAccountId,
            subscriptionId: row.id,
            planId: row.planId,
          });
        return row;
      });
      if (!changed) return missingOr(id, 'revoked already');
      return { ok: true, subscription: subscriptionAt(changed, now) };
    },

    async transfer(id, toAccountId, by) {
      // One transaction: the owner, the freed seats, the audit entries and the outbox event commit together or not at all.
      const done = await deps.unitOfWork.run(async () => {
        const moved = await deps.changes.transfer(id, toAccountId);
        if (typeof moved === 'string') return moved;
        const { subscription: row, fromAccountId, freedDeviceIds } = moved;
        const details = {
          subscriptionId: row.id,
          planId: row.planId,
          fromAccountId,
          toAccountId,
          seatsFreed: freedDeviceIds.length,
          ...(by ? { operatorTokenId: by.tokenId } : {}),
        };
        for (const accountId of [fromAccountId, toAccountId])
          await deps.audit?.record('subscription.transferred', { accountId, ip: by?.ip ?? null, details });
        await deps.events.record('subscription.transferred', {
          accountId: toAccountId,
          fromAccountId,
          subscriptionId: row.id,
          planId: row.planId,
          seatsFreed: freedDeviceIds.length,
        });
        return moved;
      });
      if (done === 'not_found') return refuse('SUBSCRIPTION_NOT_FOUND');
      if (done === 'revoked') return refuse('OPERATION_REFUSED', { problem: 'revoked' });
      if (done === 'same_owner') return refuse('OPERATION_REFUSED', { problem: 'owned by that account already' });
      return {
        ok: true,
        subscription: subscriptionAt(done.subscription, clock.now()),
        fromAccountId: done.fromAccountId,
        freedDeviceIds: done.freedDeviceIds,
      };
    },
  };
}
