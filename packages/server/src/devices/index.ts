// The only door of devices.
export type { DeviceRecord, DeviceWithApps, AppConnectionRecord, DeviceStore } from './device-store.js';
export { createAccountDevices, type AccountDevices } from './account-devices.js';
export { createDeviceService, DEVICE_CREDENTIAL_PREFIX, type DeviceService } from './device-service.js';
export { createDisconnectDevice } from './disconnect-device.js';
export { createDisconnectApp } from './disconnect-app.js';
export { createCheckIn, type CheckIn, type CheckInOutcome, type EntitlementPort } from './check-in.js';
