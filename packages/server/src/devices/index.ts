// The only door of devices.
export type { DeviceRecord, DeviceWithApps, AppConnectionRecord, DeviceStore } from './device-store.js';
export { createAccountDevices, type AccountDevices } from './account-devices.js';
export { createDeviceService, DEVICE_CREDENTIAL_PREFIX, type DeviceService } from './device-service.js';
export { createDisconnectDevice } from './disconnect-device.js';
export { createDisconnectApp } from './disconnect-app.js';
export {
  createCheckIn,
  type CheckIn,
  type UnchangedAnswer,
  type CheckInOutcome,
  type EntitlementPort,
  type LicenseSigner,
} from './check-in.js';
export type { CheckInRow, CheckInStore, IssuedLicense, LastSeenBatch } from './check-in-store.js';
export { createEntitlements, entitlementKey, type Entitlement } from './check-in-entitlement.js';
export { cacheHeapAdvice, createCheckInCache, tags as checkInTags, type CheckInCache } from './check-in-cache.js';
export { createChangeNotices, type ChangeFeed, type ChangeNotices } from './change-notices.js';
export { createLastSeenBuffer, type LastSeenBuffer } from './last-seen-buffer.js';
export { createReadAdmission, type ReadAdmission } from './read-admission.js';
export {
  notifyingDeviceStore,
  notifyingLicensingStores,
  notifyingAccountDeletionStore,
  notifyingAccountStore,
  notifyingSubscriptionChanges,
} from './notifying-stores.js';
export { createChooseSubscription, type ChooseSubscription } from './choose-subscription.js';
