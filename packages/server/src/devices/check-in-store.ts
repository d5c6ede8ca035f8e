// The check-in store port: the one indexed read a check-in needs, the write that goes with a re-issued token, and
// the batched last-seen write (with check-ins counted per minute). Kept apart from the device store so the hot path
// stays one statement.

/** Everything a check-in decides from, read by the credential's hash in one statement. */
export interface CheckInRow {
  connectionId: string;
  deviceId: string;
  accountId: string;
  appId: string;
  planId: string;
  subscriptionId: string | null;
  /** The hash matched the current credential (else the one just rotated out). */
  current: boolean;
  /**
   * The connection was ended: by the app, the person, an operator, or its device's disconnect. No device flag is read:
   * a device's disconnect revokes its connections in the same transaction (and the integrity check finds and ends any
   * connection left open on a disconnected device), so the read needs no join on devices.
   */
  revoked: boolean;
  /** The connection's last check-in as stored (written once per last-seen granularity at most). */
  lastCheckInAt: number;
  /** An operator disabled the account: its apps are refused until it is enabled again. */
  accountDisabled: boolean;
  /** The connection's subscription as stored, or null (Free, or gone). */
  subscription: { planId: string; endsAt: number | null; revokedAt: number | null } | null;
  /** The device still holds a seat in that subscription (a removed family member's devices do not). */
  seatHeld: boolean;
  /** The current credential's hash (to tell whether a replayed one's successor is still current). */
  credentialHash: string;
  /**
   * On Free only: the account owns or shares a subscription, or once did (so one might fit; a stale yes costs a look
   * at its subscriptions, a missing one would keep the app on Free).
   */
  mayUpgrade: boolean;
  /** The token last issued on this connection, when it was, and the entitlement it states. */
  license: { token: string; issuedAt: number; expiresAt: number; key: string } | null;
}

export interface IssuedLicense {
  token: string;
  issuedAt: number;
  expiresAt: number;
  key: string;
}

export interface CheckInStore {
  /** The connection by its current credential's hash, else by the one just rotated out; what it depends on, as stored. */
  read(credentialHash: string): Promise<CheckInRow | undefined>;
  /**
   * Rotates the credential (only if it is still `expectedHash`, as `DeviceStore.rotateCredential`) and stores the
   * token issued with it, in one statement; false when a concurrent check-in rotated first.
   */
  rotateWithLicense(
    connectionId: string,
    expectedHash: string,
    newHash: string,
    now: number,
    license: IssuedLicense,
  ): Promise<boolean>;
  /**
   * Moves a connection still on Free and not revoked onto a subscription; false when it no longer is (a racing
   * disconnect or upgrade). Run before the seat claim, in its transaction: the connection row is locked before the
   * subscription's, the order disconnects and fall-backs use.
   */
  moveToSubscription(connectionId: string, planId: string, subscriptionId: string): Promise<boolean>;
  /**
   * What check-ins noted since the last flush: each last-seen time only moves forward, and only when the stored one
   * is more than `granularityMs` behind; the per-minute counts add to what other instances wrote.
   */
  writeLastSeen(batch: LastSeenBatch, granularityMs: number): Promise<void>;
}

export interface LastSeenBatch {
  /** Device id → when it was last seen. */
  devices: ReadonlyMap<string, number>;
  /** Connection id → when it last checked in. */
  connections: ReadonlyMap<string, number>;
  /** Minute (epoch milliseconds / 60,000) → check-ins counted in it. */
  checkInsPerMinute: ReadonlyMap<number, number>;
}
