// Portal and API sessions: random bearer tokens, stored as keyed hashes, revocable one by one or all at once.
import { newId, newToken, type Clock, type Secrets } from '../common/index.js';
import type { SessionRecord, SessionStore } from './session-store.js';

const TOUCH_INTERVAL_MS = 60_000;

export interface SessionService {
  create(input: {
    accountId: string;
    ip: string | null;
    userAgent: string | null;
  }): Promise<{ token: string; session: SessionRecord }>;
  /** The live session a token names, or undefined; never says why (expired, revoked, unknown look alike). */
  authenticate(token: string): Promise<SessionRecord | undefined>;
  list(accountId: string): Promise<SessionRecord[]>;
  revoke(accountId: string, sessionId: string): Promise<boolean>;
  revokeAll(accountId: string, exceptId?: string): Promise<number>;
}

export function createSessionService(deps: {
  store: SessionStore;
  secrets: Secrets;
  clock: Clock;
  lifetimeMs: number;
  maxPerAccount: number;
}): SessionService {
  const { store, secrets, clock } = deps;
  return {
    async create({ accountId, ip, userAgent }) {
      const token = newToken('tss');
      const now = clock.now();
      const session: SessionRecord = {
        id: newId('ses'),
        tokenHash: secrets.keyedHash('session', token),
        accountId,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: now + deps.lifetimeMs,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
        revokedAt: null,
      };
      await store.create(session, deps.maxPerAccount);
      return { token, session };
    },
    async authenticate(token) {
      if (!token.startsWith('tss_') || token.length > 100) return undefined;
      const session = await store.findByTokenHash(secrets.keyedHash('session', token));
      const now = clock.now();
      if (!session || session.revokedAt !== null || session.expiresAt <= now) return undefined;
      // Last-seen is informational; writing it on every request would make reads cost writes.
      if (now - session.lastSeenAt > TOUCH_INTERVAL_MS) await store.touch(session.id, now);
      return session;
    },
    list: (accountId) => store.listForAccount(accountId, clock.now()),
    revoke: (accountId, sessionId) => store.revoke(sessionId, accountId, clock.now()),
    revokeAll: (accountId, exceptId) => store.revokeAll(accountId, clock.now(), exceptId),
  };
}
