// An operator's actions on one subscription: extend its term and revoke it, each with its webhook event in one unit of work.
import type { Clock, UnitOfWork } from '../common/index.js';
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
}

export function createSubscriptionAdmin(deps: {
  subscriptions: SubscriptionStore;
  changes: SubscriptionChangeStore;
  events: EventRecorder;
  clock: Clock;
  unitOfWork: UnitOfWork;
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
  };
}
