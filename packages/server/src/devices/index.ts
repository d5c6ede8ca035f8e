// The only door of devices.
export type { DeviceRecord, AppConnectionRecord, DeviceStore } from './device-store.js';
export { createDeviceService, type DeviceService } from './device-service.js';
