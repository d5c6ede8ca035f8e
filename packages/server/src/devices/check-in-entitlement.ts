// What a checking-in app is entitled to now, from the one row check-in read: its subscription while that is in use
// and the device still holds its seat; otherwise Free, written back (the seat returned) before the answer. An app on
// Free moves onto a subscription when exactly one fits (seat rules hold: the claim is atomic); when several fit,
// the answer says a choice is waiting (the person picks on the portal's device page).
import type { UnitOfWork } from '../common/index.js';
import { FREE_PLAN_ID, freeEntitlement, statusAt } from '../licensing/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { CheckInRow, CheckInStore } from './check-in-store.js';
import type { DeviceStore } from './device-store.js';
import { tags } from './check-in-cache.js';
import type { ChangeNotices } from './change-notices.js';

/** What check-in needs of licensing. */
export interface EntitlementPort {
  getSubscription(id: string): Promise<{ ownerAccountId: string } | undefined>;
  getPlan(id: string): Promise<{ id: string; name: string; features: string[] } | undefined>;
  releaseSeat(input: { subscriptionId: string; deviceId: string }): Promise<void>;
  usableSubscriptions(
    accountId: string,
    now: number,
    options: { deviceId?: string },
  ): Promise<
    Array<{
      subscription: { id: string; endsAt: number | null };
      plan: { id: string; name: string; features: string[] };
      full: boolean;
    }>
  >;
  claimSeat(input: {
    subscriptionId: string;
    deviceId: string;
    accountId: string;
    now: number;
  }): Promise<{ ok: true } | { ok: false; code: string }>;
}

export interface Entitlement {
  planId: string;
  planName: string;
  features: string[];
  subscriptionId: string | null;
  endsAt: number | null;
  /** Several subscriptions would fit this app on Free: the person chooses on the portal. */
  choicePending: boolean;
  /** The subscription it used has ended or lost its seat: moved to Free by this check-in. */
  fellBack: boolean;
  /** Whether anything was written (then the answer is not cached: its notice drops it anyway). */
  wrote: boolean;
  /** What the answer depends on besides the connection, device and account. */
  tags: string[];
  /** The answer changes by itself then (a subscription's end). */
  changesAt: number | null;
}

/** Thrown inside the unit of work to undo the move when the seat could not be had. */
class NoSeat extends Error {}

const earliest = (...times: Array<number | null>) =>
  times.reduce<number | null>((min, t) => (t === null ? min : min === null ? t : Math.min(min, t)), null);

export function createEntitlements(deps: {
  checkInStore: CheckInStore;
  store: DeviceStore;
  licensing: EntitlementPort;
  unitOfWork: UnitOfWork;
  notices: ChangeNotices;
  events: EventRecorder;
}) {
  const { licensing } = deps;

  async function free(extra: Partial<Entitlement>): Promise<Entitlement> {
    const f = await freeEntitlement(licensing.getPlan);
    return {
      ...f,
      features: [...f.features],
      choicePending: false,
      fellBack: false,
      wrote: false,
      tags: [],
      changesAt: null,
      ...extra,
    };
  }

  /** Free now: moves onto the one subscription that fits, or reports that several do. */
  async function onFree(row: CheckInRow, now: number, fellBack: boolean): Promise<Entitlement> {
    const options = await licensing.usableSubscriptions(row.accountId, now, { deviceId: row.deviceId });
    const fits = options.filter((o) => !o.full);
    // A seat freed or taken in any of them changes what fits, and each one's end too.
    const depends = options.map((o) => tags.subscription(o.subscription.id));
    const changesAt = earliest(...options.map((o) => o.subscription.endsAt));
    if (fits.length === 1) {
      const only = fits[0]!;
      try {
        await deps.unitOfWork.run(async () => {
          if (!(await deps.checkInStore.moveToSubscription(row.connectionId, only.plan.id, only.subscription.id)))
            throw new NoSeat();
          const claim = await licensing.claimSeat({
            subscriptionId: only.subscription.id,
            deviceId: row.deviceId,
            accountId: row.accountId,
            now,
          });
          if (!claim.ok) throw new NoSeat();
        });
        deps.notices.changed([tags.connection(row.connectionId)]);
        return {
          planId: only.plan.id,
          planName: only.plan.name,
          features: [...only.plan.features],
          subscriptionId: only.subscription.id,
          endsAt: only.subscription.endsAt,
          choicePending: false,
          fellBack: false,
          wrote: true,
          tags: [tags.subscription(only.subscription.id)],
          changesAt: only.subscription.endsAt,
        };
      } catch (error) {
        if (!(error instanceof NoSeat)) throw error;
        // Another device took the last seat, or the connection changed meanwhile: Free this time, not cached.
        return free({ fellBack, wrote: true });
      }
    }
    return free({ fellBack, wrote: fellBack, choicePending: fits.length > 1, tags: depends, changesAt });
  }

  return async function settle(row: CheckInRow, now: number): Promise<Entitlement> {
    const sub = row.subscription;
    if (row.subscriptionId) {
      const inUse = sub && statusAt(sub, now) === 'active' && row.seatHeld;
      const plan = inUse ? await licensing.getPlan(sub.planId) : undefined;
      if (inUse && plan) {
        return {
          planId: plan.id,
          planName: plan.name,
          features: [...plan.features],
          subscriptionId: row.subscriptionId,
          endsAt: sub.endsAt,
          choicePending: false,
          fellBack: false,
          wrote: false,
          tags: [tags.subscription(row.subscriptionId)],
          changesAt: sub.endsAt,
        };
      }
      // Ended, revoked, or the device lost its seat (its owner left the family): Free, together with the seat's return.
      // The connection row before the subscription's, the lock order disconnects use.
      const subscriptionId = row.subscriptionId;
      await deps.unitOfWork.run(async () => {
        await deps.store.setConnectionPlan(row.connectionId, FREE_PLAN_ID, null);
        if (row.seatHeld) await licensing.releaseSeat({ subscriptionId, deviceId: row.deviceId });
        const status = sub ? statusAt(sub, now) : 'gone';
        // Only an end is `subscription.ended`: a device that lost its seat in a live subscription (its owner left the
        // family, or the subscription was given to another account) must not use up the one the real end sends.
        if (status === 'active') return;
        const owner = await licensing.getSubscription(subscriptionId);
        await deps.events.record(
          'subscription.ended',
          { accountId: owner?.ownerAccountId ?? row.accountId, subscriptionId, planId: sub?.planId ?? null, status },
          { once: `subscription.ended:${subscriptionId}` },
        );
      });
      return onFree(row, now, true);
    }
    return row.mayUpgrade ? onFree(row, now, false) : free({});
  };
}

/** The entitlement a token states: a token stating another one must be re-issued. */
export const entitlementKey = (e: Entitlement) =>
  JSON.stringify([e.planId, e.planName, e.subscriptionId, e.endsAt, [...e.features].sort(), e.choicePending]);
