// The console's store port: which accounts are operators (and their role), and the console's own sessions.
import type { OperatorRole } from './roles.js';

export interface ConsoleOperatorRecord {
  accountId: string;
  role: OperatorRole;
  grantedAt: number;
}

export interface ConsoleSessionRecord {
  id: string;
  /** Keyed hash of the cookie's token; the token itself is never stored. */
  tokenHash: string;
  accountId: string;
  createdAt: number;
  lastSeenAt: number;
  /** When the operator last proved password and authenticator code (sign-in or a fresh confirmation). */
  confirmedAt: number;
  revokedAt: number | null;
  ip: string | null;
  userAgent: string | null;
}

export interface ConsoleStore {
  /** Sets the role (a second grant changes it); answers the role held before, if any. */
  grant(record: ConsoleOperatorRecord): Promise<{ previous: OperatorRole | null }>;
  /** False when the account was no operator. */
  revoke(accountId: string): Promise<boolean>;
  find(accountId: string): Promise<ConsoleOperatorRecord | undefined>;
  /** Every operator, oldest grant first. */
  list(): Promise<ConsoleOperatorRecord[]>;

  createSession(record: ConsoleSessionRecord): Promise<void>;
  findSession(tokenHash: string): Promise<ConsoleSessionRecord | undefined>;
  /** Moves last-seen forward; only a live session whose last-seen is after `idleSince` (an idle one stays ended). */
  touchSession(id: string, at: number, idleSince: number): Promise<boolean>;
  confirmSession(id: string, at: number): Promise<void>;
  revokeSession(id: string, at: number): Promise<void>;
  /** Ends every console session of the account (its role was revoked); answers how many. */
  revokeSessionsOf(accountId: string, at: number): Promise<number>;
}
