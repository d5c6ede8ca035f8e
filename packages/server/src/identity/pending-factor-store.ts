// The pending-factor store port: a phone number or TOTP seed waiting for its first code.
export interface PendingFactor {
  accountId: string;
  kind: 'phone' | 'totp';
  /** The phone number or TOTP seed, sealed. */
  valueSealed: string;
  /** Keyed hash of the SMS code (phone only). */
  codeHash: string | null;
  attempts: number;
  sentAt: number;
  expiresAt: number;
}

export interface PendingFactorStore {
  /** Replaces any pending factor of the same kind. */
  put(factor: PendingFactor): Promise<void>;
  get(accountId: string, kind: PendingFactor['kind']): Promise<PendingFactor | undefined>;
  /** Counts a try only if `attempts` is still what the caller read: false when another request got there first. */
  recordAttempt(accountId: string, kind: PendingFactor['kind'], seenAttempts: number): Promise<boolean>;
  delete(accountId: string, kind: PendingFactor['kind']): Promise<void>;
}
