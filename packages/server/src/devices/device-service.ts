// Connects an app on a device to an account and issues the device credential (stored as a keyed hash).
import { newId, newToken, type Clock, type Secrets } from '../common/index.js';
import type { AppConnectionRecord, DeviceRecord, DeviceStore } from './device-store.js';

export interface DeviceService {
  connect(input: {
    accountId: string; appId: string; device: { name: string; platform: string }; planId: string; subscriptionId: string | null;
  }): Promise<{ device: DeviceRecord; connection: AppConnectionRecord; credential: string }>;
  /** The live connection a device credential names, or undefined. */
  findByCredential(credential: string): Promise<AppConnectionRecord | undefined>;
}

export function createDeviceService(deps: { store: DeviceStore; secrets: Secrets; clock: Clock }): DeviceService {
  const { store, secrets, clock } = deps;
  return {
    async connect({ accountId, appId, device, planId, subscriptionId }) {
      const now = clock.now();
      const record: DeviceRecord = {
        id: newId('dev'), accountId, name: device.name, platform: device.platform, createdAt: now, lastSeenAt: now, disconnectedAt: null,
      };
      await store.createDevice(record);
      const credential = newToken('tdc');
      const connection: AppConnectionRecord = {
        id: newId('con'), deviceId: record.id, accountId, appId, planId, subscriptionId,
        credentialHash: secrets.keyedHash('device-credential', credential), createdAt: now, lastCheckInAt: now, revokedAt: null,
      };
      await store.connectApp(connection);
      return { device: record, connection, credential };
    },
    async findByCredential(credential) {
      if (!credential.startsWith('tdc_') || credential.length > 100) return undefined;
      const connection = await store.findConnectionByCredentialHash(secrets.keyedHash('device-credential', credential));
      return connection && connection.revokedAt === null ? connection : undefined;
    },
  };
}
