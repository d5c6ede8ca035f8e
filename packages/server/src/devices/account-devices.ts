// The account's own view of its devices, for the web surfaces: list them with their apps, find one, rename one; and
// the operator console's search by device name.
import type { DeviceRecord, DeviceStore, DeviceWithApps } from './device-store.js';

export interface AccountDevices {
  /** The account's devices, oldest first, each with all its app connections (revoked ones included). */
  list(accountId: string): Promise<DeviceWithApps[]>;
  /** The device with its app connections, if it is the account's (another account's device looks like none). */
  find(accountId: string, deviceId: string): Promise<DeviceWithApps | undefined>;
  /** False when the device is not the account's. */
  rename(accountId: string, deviceId: string, name: string): Promise<boolean>;
  /** Any account's devices named like `text` (the operator console's search); blank text finds nothing. */
  search(text: string, limit: number): Promise<DeviceRecord[]>;
}

export function createAccountDevices(deps: { store: DeviceStore }): AccountDevices {
  const { store } = deps;
  return {
    list: (accountId) => store.listDevices(accountId),
    async find(accountId, deviceId) {
      const device = await store.findDevice(deviceId);
      if (!device || device.accountId !== accountId) return undefined;
      return { ...device, apps: await store.listConnections(device.id) };
    },
    rename: (accountId, deviceId, name) => store.renameDevice(deviceId, accountId, name),
    async search(text, limit) {
      const folded = text.trim().normalize('NFKC').toLowerCase();
      return folded.length === 0 || folded.length > 100 ? [] : store.searchDevicesByName(folded, limit);
    },
  };
}
