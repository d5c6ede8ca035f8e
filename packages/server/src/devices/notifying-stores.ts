// The stores as check-in's cache needs them: every write that can change a check-in answer sends a change notice
// with the tags it touches, once the store call has returned (see change-notices.ts for when they take effect).
// Wrapping the stores at the composition root means no writer (portal, API, flows, admin CLI) can forget one.
import type { LicensingStores, SubscriptionChangeStore } from '../licensing/index.js';
import type { AccountDeletionStore, AccountStore } from '../identity/index.js';
import type { ChangeNotices } from './change-notices.js';
import type { DeviceStore } from './device-store.js';
import { tags } from './check-in-cache.js';

type Method<S> = { [K in keyof S]: S[K] extends (...args: any[]) => Promise<any> ? K : never }[keyof S];

/** Wraps the listed methods of `store` so each, when it settles, sends the tags `tagsOf` names for its arguments and result. */
function notifying<S extends object>(
  store: S,
  notices: ChangeNotices,
  rules: { [K in Method<S>]?: (args: any[], result: any) => readonly string[] },
): S {
  const wrapped = { ...store } as Record<string, unknown>;
  for (const [name, tagsOf] of Object.entries(rules) as Array<[string, (a: any[], r: any) => readonly string[]]>) {
    const original = (store as Record<string, (...args: any[]) => Promise<unknown>>)[name]!;
    wrapped[name] = async (...args: any[]) => {
      let result: unknown;
      try {
        result = await original.apply(store, args);
        return result;
      } finally {
        // Also after a throw: a write may have happened inside a transaction the caller still commits.
        notices.changed(tagsOf(args, result));
      }
    };
  }
  return wrapped as S;
}

export function notifyingDeviceStore(store: DeviceStore, notices: ChangeNotices): DeviceStore {
  return notifying(store, notices, {
    // A new connection replaces (revokes) the app's earlier one on the device.
    connectApp: ([c]) => [tags.device(c.deviceId)],
    rotateCredential: ([id]) => [tags.connection(id)],
    setConnectionPlan: ([id]) => [tags.connection(id)],
    revokeConnection: ([id]) => [tags.connection(id)],
    disconnectDevice: ([deviceId]) => [tags.device(deviceId)],
    reconnectDevice: ([deviceId]) => [tags.device(deviceId)],
  });
}

/** The licensing stores whose writes change what fits an app: codes, subscriptions, seats and families. */
export function notifyingLicensingStores<S extends LicensingStores>(stores: S, notices: ChangeNotices): S {
  return {
    ...stores,
    activationCodes: notifying(stores.activationCodes, notices, {
      // A new subscription may fit the account's apps on Free.
      redeem: ([input]) => [tags.account(input.accountId)],
      revokeCode: (_args, result) => (result?.subscriptionId ? [tags.subscription(result.subscriptionId)] : []),
      // Rare (an operator's batch): which subscriptions it touched is not known here, so every answer goes.
      revokeBatch: () => [tags.all],
    }),
    subscriptions: notifying(stores.subscriptions, notices, {
      createSubscription: ([s]) => [tags.account(s.ownerAccountId)],
    }),
    // A seat taken or given back changes whether the subscription still fits other devices on Free.
    seats: notifying(stores.seats, notices, {
      claimSeat: ([input]) => [tags.subscription(input.subscriptionId)],
      releaseSeat: ([subscriptionId]) => [tags.subscription(subscriptionId)],
    }),
    family: notifying(stores.family, notices, {
      acceptInvitation: ([input]) => [tags.account(input.accountId)],
      removeMember: ([subscriptionId, accountId]) => [tags.subscription(subscriptionId), tags.account(accountId)],
    }),
  };
}

/** An operator's changes to one subscription: its end, its revocation, its owner (both accounts' answers go). */
export function notifyingSubscriptionChanges(store: SubscriptionChangeStore, notices: ChangeNotices) {
  return notifying(store, notices, {
    extend: ([id]) => [tags.subscription(id)],
    revoke: ([id]) => [tags.subscription(id)],
    transfer: ([id, toAccountId], result) => [
      tags.subscription(id),
      tags.account(toAccountId),
      ...(result && typeof result === 'object' ? [tags.account(result.fromAccountId)] : []),
    ],
  });
}

export function notifyingAccountDeletionStore(store: AccountDeletionStore, notices: ChangeNotices) {
  // A purge frees seats in other people's subscriptions too: rare (hourly at most), so every answer goes.
  return notifying(store, notices, { purge: () => [tags.all] });
}

export function notifyingAccountStore(store: AccountStore, notices: ChangeNotices): AccountStore {
  // Disabling an account must reach its apps' cached answers at once, on every instance.
  return notifying(store, notices, { setDisabled: ([accountId]) => [tags.account(accountId)] });
}
