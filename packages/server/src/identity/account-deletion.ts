// Deleting an account: asked for with the password, carried out after a grace period during which signing in can undo it.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { SessionService } from '../sessions/index.js';
import type { Account } from './account-store.js';
import type { AccountService } from './account-service.js';
import type { Outcome } from '../errors/index.js';

export interface AccountDeletionRecord {
  accountId: string;
  requestedAt: number;
  /** The account and what belongs to it are removed once this time has passed. */
  purgeAt: number;
}

export interface AccountDeletionStore {
  /** Records the request unless one is pending; the first request's dates stand. */
  schedule(record: AccountDeletionRecord): Promise<boolean>;
  find(accountId: string): Promise<AccountDeletionRecord | undefined>;
  cancel(accountId: string): Promise<boolean>;
  /** Requests whose grace period has ended, oldest first. */
  due(now: number, limit: number): Promise<AccountDeletionRecord[]>;
  /**
   * In one transaction, if its request is still due: deletes the account (rows that belong to it cascade), gives back
   * the seats and family places it held in others' subscriptions, and deletes its audit trail; false otherwise.
   */
  purge(accountId: string, now: number): Promise<boolean>;
}

export interface AccountDeletion {
  readonly graceMs: number;
  request(
    actor: { account: Account; ip: string; userAgent: string | null },
    password: string,
  ): Promise<Outcome<{ purgeAt: number; already: boolean }>>;
  status(accountId: string): Promise<AccountDeletionRecord | undefined>;
  cancel(actor: { account: Account; ip: string; userAgent: string | null }): Promise<boolean>;
  /** Removes every account whose grace period has ended; returns how many. Safe to run on several instances at once. */
  purgeDue(): Promise<number>;
}

export const DEFAULT_DELETION_GRACE_MS = 30 * 86_400_000;

export function createAccountDeletion(deps: {
  store: AccountDeletionStore;
  accounts: AccountService;
  sessions: SessionService;
  audit: AuditLog;
  events: EventRecorder;
  clock: Clock;
  unitOfWork: UnitOfWork;
  graceMs?: number;
}): AccountDeletion {
  const { store, clock } = deps;
  const graceMs = deps.graceMs ?? DEFAULT_DELETION_GRACE_MS;
  return {
    graceMs,
    async request(actor, password) {
      const confirmed = await deps.accounts.confirmPassword(actor.account, password);
      if (!confirmed.ok) return confirmed;
      const now = clock.now();
      const purgeAt = now + graceMs;
      // The request, its audit entry and the end of every session commit together.
      const scheduled = await deps.unitOfWork.run(async () => {
        if (!(await store.schedule({ accountId: actor.account.id, requestedAt: now, purgeAt }))) return false;
        await deps.audit.record('account.deletion_requested', {
          accountId: actor.account.id,
          ip: actor.ip,
          userAgent: actor.userAgent,
          details: { purgeAt },
        });
        // Whoever holds a session now should not keep using an account its owner is closing.
        await deps.sessions.revokeAll(actor.account.id);
        return true;
      });
      // Only an earlier request's date needs reading back: a new one is the date just written.
      return {
        ok: true,
        purgeAt: scheduled ? purgeAt : ((await store.find(actor.account.id))?.purgeAt ?? purgeAt),
        already: !scheduled,
      };
    },
    status: (accountId) => store.find(accountId),
    async cancel(actor) {
      const cancelled = await store.cancel(actor.account.id);
      if (cancelled)
        await deps.audit.record('account.deletion_cancelled', {
          accountId: actor.account.id,
          ip: actor.ip,
          userAgent: actor.userAgent,
        });
      return cancelled;
    },
    async purgeDue() {
      let purged = 0;
      for (const record of await store.due(clock.now(), 100)) {
        // The purge and its `account.deleted` event commit together.
        const done = await deps.unitOfWork.run(async () => {
          if (!(await store.purge(record.accountId, clock.now()))) return false;
          await deps.events.record('account.deleted', { accountId: record.accountId });
          return true;
        });
        if (done) purged += 1;
      }
      return purged;
    },
  };
}
