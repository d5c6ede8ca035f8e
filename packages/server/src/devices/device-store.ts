// The device store port: devices of an account and each app's connection on them.
export interface DeviceRecord {
  id: string;
  accountId: string;
  name: string;
  platform: string;
  createdAt: number;
  lastSeenAt: number;
  disconnectedAt: number | null;
}

export interface AppConnectionRecord {
  id: string;
  deviceId: string;
  accountId: string;
  appId: string;
  planId: string;
  subscriptionId: string | null;
  credentialHash: string;
  createdAt: number;
  lastCheckInAt: number;
  revokedAt: number | null;
}

export interface DeviceStore {
  createDevice(device: DeviceRecord): Promise<void>;
  findDevice(id: string): Promise<DeviceRecord | undefined>;
  listDevices(accountId: string): Promise<DeviceRecord[]>;
  /** Creates the app's connection on the device, replacing (revoking) an earlier one for the same app. */
  connectApp(connection: AppConnectionRecord): Promise<void>;
  findConnectionByCredentialHash(hash: string): Promise<AppConnectionRecord | undefined>;
  listConnections(deviceId: string): Promise<AppConnectionRecord[]>;
}
