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

/** A device with every app connection it ever had (revoked ones included), oldest first. */
export interface DeviceWithApps extends DeviceRecord {
  apps: AppConnectionRecord[];
}

export interface DeviceStore {
  createDevice(device: DeviceRecord): Promise<void>;
  findDevice(id: string): Promise<DeviceRecord | undefined>;
  /** The account's devices, oldest first, each with its app connections: one statement, whatever the count. */
  listDevices(accountId: string): Promise<DeviceWithApps[]>;
  /** Devices of any account whose name contains `text` (case folded), most recently seen first: a support search. */
  searchDevicesByName(text: string, limit: number): Promise<DeviceRecord[]>;
  /**
   * Inside a unit of work: takes the account's device lock and counts its connected devices. Every change to an
   * account's devices (connect, disconnect) takes it first, so a count read here stays true until the commit.
   */
  lockAccountDevices(accountId: string): Promise<number>;
  /** Creates the app's connection on the device, replacing (revoking) an earlier one for the same app. */
  connectApp(connection: AppConnectionRecord): Promise<void>;
  findConnectionByCredentialHash(hash: string): Promise<AppConnectionRecord | undefined>;
  /** The connection whose current or previous (just rotated) credential has this hash. */
  findConnectionByAnyCredentialHash(
    hash: string,
  ): Promise<
    { connection: AppConnectionRecord; matched: 'current' | 'previous'; rotatedAt: number | null } | undefined
  >;
  /**
   * Replaces the credential only if it is still `expectedHash`: false when a concurrent check-in rotated it first.
   * The replaced one may then be replayed once, unless it had itself been handed out twice (by a replay).
   */
  rotateCredential(connectionId: string, expectedHash: string, newHash: string, now: number): Promise<boolean>;
  /**
   * Spends the one replay of the previous credential `previousHash`, if it is still open and the rotation that
   * replaced it happened at or after `rotatedSince`: true for exactly one caller, however many race.
   */
  replayPreviousCredential(connectionId: string, previousHash: string, rotatedSince: number): Promise<boolean>;
  setConnectionPlan(connectionId: string, planId: string, subscriptionId: string | null): Promise<void>;
  /** False when it was already revoked (a racing disconnect got there first). */
  revokeConnection(connectionId: string, now: number): Promise<boolean>;
  listConnections(deviceId: string): Promise<AppConnectionRecord[]>;
  renameDevice(deviceId: string, accountId: string, name: string): Promise<boolean>;
  /** Marks the device disconnected and revokes its apps' connections; false when not the account's or already done. */
  disconnectDevice(deviceId: string, accountId: string, now: number): Promise<boolean>;
  touchDevice(deviceId: string, now: number): Promise<void>;
  /** Marks a disconnected device of the account connected again (reconnecting reuses its record); false otherwise. */
  reconnectDevice(deviceId: string, accountId: string): Promise<boolean>;
}
