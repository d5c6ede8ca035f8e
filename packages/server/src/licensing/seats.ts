// Seats: which subscriptions an account may activate an app with, and the device places they give (one per device).
import type { Outcome } from '../errors/index.js';
import type { LicensingStores } from './licensing-stores.js';
import { statusAt, subscriptionAt, type Plan, type Subscription, type SubscriptionRecord } from './model.js';

export interface UsableSubscription {
  subscription: Subscription;
  plan: Plan;
  role: 'owner' | 'member';
  seatsUsed: number;
  seatsTotal: number;
  /** No seat left for a new device (a device already holding one is never told it is full). */
  full: boolean;
}

export type ClaimSeatResult = Outcome<object, 'SEATS_EXCEEDED' | 'SUBSCRIPTION_NOT_USABLE'>;

export function createSeats(deps: { stores: Pick<LicensingStores, 'plans' | 'subscriptions' | 'seats'> }) {
  const { plans: planStore, subscriptions, seats } = deps.stores;
  const plans = async (records: SubscriptionRecord[]) => {
    const ids = [...new Set(records.map((r) => r.planId))];
    const found = await Promise.all(ids.map((id) => planStore.findPlan(id)));
    return new Map(found.filter((p): p is Plan => p !== undefined).map((p) => [p.id, p]));
  };

  return {
    /** Active subscriptions the account owns or shares, owned first then by start; `deviceId` marks the ones it already has a seat in as not full. */
    async usableSubscriptions(
      accountId: string,
      now: number,
      options: { deviceId?: string } = {},
    ): Promise<UsableSubscription[]> {
      const listed = await subscriptions.listSubscriptions(accountId, { activeAt: now });
      const [byPlan, held] = await Promise.all([
        plans(listed.map((x) => x.subscription)),
        options.deviceId ? seats.seatsOfDevice(options.deviceId) : Promise.resolve([] as string[]),
      ]);
      const usable: UsableSubscription[] = [];
      for (const { subscription, role } of listed) {
        const plan = byPlan.get(subscription.planId);
        if (!plan) continue;
        const full = subscription.seatsUsed >= plan.deviceLimit && !held.includes(subscription.id);
        usable.push({
          subscription: subscriptionAt(subscription, now),
          plan,
          role,
          seatsUsed: subscription.seatsUsed,
          seatsTotal: plan.deviceLimit,
          full,
        });
      }
      return usable.sort((a, b) =>
        a.role === b.role ? a.subscription.startsAt - b.subscription.startsAt : a.role === 'owner' ? -1 : 1,
      );
    },

    async claimSeat(input: {
      subscriptionId: string;
      deviceId: string;
      accountId: string;
      now: number;
    }): Promise<ClaimSeatResult> {
      const claim = await seats.claimSeat(input);
      if (claim === 'claimed' || claim === 'held') return { ok: true };
      return { ok: false, code: claim === 'full' ? 'SEATS_EXCEEDED' : 'SUBSCRIPTION_NOT_USABLE' };
    },

    async releaseSeat(input: { subscriptionId: string; deviceId: string }): Promise<void> {
      await seats.releaseSeat(input.subscriptionId, input.deviceId);
    },
  };
}
