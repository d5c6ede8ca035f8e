// Devices and app connections: registering a device, connecting an app with its own credential (stored as a keyed hash).
import { newId, newToken, type Clock, type Secrets } from '../common/index.js';
import type { AppConnectionRecord, DeviceRecord, DeviceStore } from './device-store.js';

export interface DeviceService {
  registerDevice(input: { accountId: string; name: string; platform: string }): Promise<DeviceRecord>;
  connectApp(input: {
    device: DeviceRecord;
    appId: string;
    planId: string;
    subscriptionId: string | null;
  }): Promise<{ connection: AppConnectionRecord; credential: string }>;
  /** The live connection a device credential names, or undefined. */
  findByCredential(credential: string): Promise<AppConnectionRecord | undefined>;
  /** The account's device while it is connected (not disconnected in the portal), or undefined. */
  connectedDevice(deviceId: string, accountId: string): Promise<DeviceRecord | undefined>;
  /** The account's device, connected or not (reconnecting an installation reuses its record). */
  ownDevice(deviceId: string, accountId: string): Promise<DeviceRecord | undefined>;
  /** Marks the account's disconnected device connected again; false when it is not the account's. */
  reconnectDevice(deviceId: string, accountId: string): Promise<boolean>;
  /**
   * Inside a unit of work: takes the account's device lock and counts its connected devices, so the count holds
   * until the commit (see `DeviceStore.lockAccountDevices`).
   */
  lockAccountDevices(accountId: string): Promise<number>;
  /** The device's connections not revoked. */
  liveConnections(deviceId: string): Promise<AppConnectionRecord[]>;
  credentialHash(credential: string): string;
  /**
   * The credential that replaces `credential` at check-in: derived (keyed), not drawn, so a replay of a lost
   * response gets the very credential it lost and the chain never forks.
   */
  nextCredential(credential: string): string;
}

export const DEVICE_CREDENTIAL_PREFIX = 'tdc';

/** Cheap shape check before any hashing or lookup. */
export const isDeviceCredential = (value: string) =>
  value.startsWith(`${DEVICE_CREDENTIAL_PREFIX}_`) && value.length <= 100;

export function createDeviceService(deps: { store: DeviceStore; secrets: Secrets; clock: Clock }): DeviceService {
  const { store, secrets, clock } = deps;
  const credentialHash = (credential: string) => secrets.keyedHash('device-credential', credential);
  return {
    async registerDevice({ accountId, name, platform }) {
      const now = clock.now();
      const device: DeviceRecord = {
        id: newId('dev'),
        accountId,
        name,
        platform,
        createdAt: now,
        lastSeenAt: now,
        disconnectedAt: null,
      };
      await store.createDevice(device);
      return device;
    },
    async connectApp({ device, appId, planId, subscriptionId }) {
      const now = clock.now();
      const credential = newToken(DEVICE_CREDENTIAL_PREFIX);
      const connection: AppConnectionRecord = {
        id: newId('con'),
        deviceId: device.id,
        accountId: device.accountId,
        appId,
        planId,
        subscriptionId,
        credentialHash: credentialHash(credential),
        createdAt: now,
        lastCheckInAt: now,
        revokedAt: null,
      };
      await store.connectApp(connection);
      return { connection, credential };
    },
    async findByCredential(credential) {
      if (!isDeviceCredential(credential)) return undefined;
      const connection = await store.findConnectionByCredentialHash(credentialHash(credential));
      return connection && connection.revokedAt === null ? connection : undefined;
    },
    async connectedDevice(deviceId, accountId) {
      const device = await store.findDevice(deviceId);
      return device && device.accountId === accountId && device.disconnectedAt === null ? device : undefined;
    },
    async ownDevice(deviceId, accountId) {
      const device = await store.findDevice(deviceId);
      return device && device.accountId === accountId ? device : undefined;
    },
    reconnectDevice: (deviceId, accountId) => store.reconnectDevice(deviceId, accountId),
    lockAccountDevices: (accountId) => store.lockAccountDevices(accountId),
    async liveConnections(deviceId) {
      return (await store.listConnections(deviceId)).filter((c) => c.revokedAt === null);
    },
    credentialHash,
    nextCredential: (credential) =>
      `${DEVICE_CREDENTIAL_PREFIX}_${secrets.keyedHash('device-credential-next', credential)}`,
  };
}
