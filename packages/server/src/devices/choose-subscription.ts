// The person's choice when several subscriptions fit a device's apps on Free (portal device page): each of the
// device's live apps on Free moves onto the chosen subscription with the device's one seat, all or nothing.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { CheckInStore } from './check-in-store.js';
import type { DeviceStore } from './device-store.js';
import type { EntitlementPort } from './check-in-entitlement.js';
import { tags } from './check-in-cache.js';
import type { ChangeNotices } from './change-notices.js';

export type ChooseOutcome =
  { ok: true; moved: number } | { ok: false; code: 'NOT_FOUND' | 'SEATS_EXCEEDED' | 'SUBSCRIPTION_NOT_USABLE' };

class Refused extends Error {
  constructor(readonly code: 'SEATS_EXCEEDED' | 'SUBSCRIPTION_NOT_USABLE') {
    super(code);
  }
}

export function createChooseSubscription(deps: {
  store: DeviceStore;
  checkInStore: CheckInStore;
  licensing: EntitlementPort;
  unitOfWork: UnitOfWork;
  notices: ChangeNotices;
  clock: Clock;
}) {
  return async function chooseSubscription(input: {
    accountId: string;
    deviceId: string;
    subscriptionId: string;
  }): Promise<ChooseOutcome> {
    const now = deps.clock.now();
    const device = await deps.store.findDevice(input.deviceId);
    if (!device || device.accountId !== input.accountId || device.disconnectedAt !== null)
      return { ok: false, code: 'NOT_FOUND' };
    const option = (await deps.licensing.usableSubscriptions(input.accountId, now, { deviceId: device.id })).find(
      (o) => o.subscription.id === input.subscriptionId,
    );
    if (!option) return { ok: false, code: 'SUBSCRIPTION_NOT_USABLE' };
    const onFree = (await deps.store.listConnections(device.id)).filter(
      (c) => c.revokedAt === null && c.subscriptionId === null,
    );
    try {
      const moved = await deps.unitOfWork.run(async () => {
        let n = 0;
        // Connection rows first, then the subscription's (the seat): the lock order of check-in and disconnects.
        for (const c of onFree)
          if (await deps.checkInStore.moveToSubscription(c.id, option.plan.id, option.subscription.id)) n += 1;
        if (n === 0) return 0;
        const claim = await deps.licensing.claimSeat({ ...input, now });
        if (!claim.ok)
          throw new Refused(claim.code === 'SEATS_EXCEEDED' ? 'SEATS_EXCEEDED' : 'SUBSCRIPTION_NOT_USABLE');
        return n;
      });
      deps.notices.changed([tags.device(device.id)]);
      return { ok: true, moved };
    } catch (error) {
      if (error instanceof Refused) return { ok: false, code: error.code };
      throw error;
    }
  };
}

export type ChooseSubscription = ReturnType<typeof createChooseSubscription>;
