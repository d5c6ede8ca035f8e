// The session store port: sessions are found by the keyed hash of their bearer token.
export interface SessionRecord {
  id: string;
  tokenHash: string;
  accountId: string;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
  ip: string | null;
  userAgent: string | null;
  revokedAt: number | null;
}

export interface SessionStore {
  /**
   * Stores the session; then, when the account has more than `maxLive` live sessions, ends the oldest (by creation)
   * so `maxLive` remain, however many are created at once.
   */
  create(session: SessionRecord, maxLive: number): Promise<void>;
  findByTokenHash(tokenHash: string): Promise<SessionRecord | undefined>;
  listForAccount(accountId: string, now: number): Promise<SessionRecord[]>;
  touch(id: string, now: number): Promise<void>;
  revoke(id: string, accountId: string, now: number): Promise<boolean>;
  /** Revokes every live session of the account except `exceptId`; returns how many. */
  revokeAll(accountId: string, now: number, exceptId?: string): Promise<number>;
}
