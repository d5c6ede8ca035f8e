// The device grant store port: one row per RFC 8628 request, found by the keyed hashes of its two codes.
export type GrantStatus = 'pending' | 'approved' | 'denied' | 'delivered';

export interface DeviceGrant {
  id: string;
  deviceCodeHash: string;
  userCodeHash: string;
  appId: string;
  deviceName: string;
  platform: string;
  locale: 'en' | 'vi';
  /** Where the device asked from, shown to the person who approves. */
  ip: string;
  country: string | null;
  status: GrantStatus;
  accountId: string | null;
  /** The approved connect's result, sealed, until the device takes it (then null). */
  resultSealed: string | null;
  /** Seconds the device must keep between polls; grows by 5 at each poll that came too soon. */
  intervalSeconds: number;
  lastPolledAt: number | null;
  createdAt: number;
  expiresAt: number;
}

export interface DeviceGrantStore {
  create(grant: DeviceGrant): Promise<void>;
  byDeviceCode(hash: string): Promise<DeviceGrant | undefined>;
  byUserCode(hash: string): Promise<DeviceGrant | undefined>;
  byId(id: string): Promise<DeviceGrant | undefined>;
  /** Records a poll at `now` with the interval it leaves (grown when it came too soon). */
  recordPoll(id: string, now: number, intervalSeconds: number): Promise<void>;
  /** pending → approved for `accountId`, only while pending and unexpired; false when it was not. */
  approve(id: string, accountId: string, now: number): Promise<boolean>;
  /** Stores the approved connect's sealed result (in the transaction that approved it), kept at least `keepUntil`. */
  storeResult(id: string, sealed: string, keepUntil: number): Promise<void>;
  /** pending → denied, only while pending and unexpired. */
  deny(id: string, now: number): Promise<boolean>;
  /** approved → delivered, clearing the result: true for exactly one of any number of racing callers. */
  markDelivered(id: string): Promise<boolean>;
  deleteExpired(before: number): Promise<number>;
}
