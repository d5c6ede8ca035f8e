// What support does to an account on an operator's word: reset second factors, sign out everywhere, schedule deletion,
// start a recovery.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { SessionService } from '../sessions/index.js';
import type { AccountStore } from './account-store.js';
import type { AccountDeletionRecord, AccountDeletionStore } from './account-deletion.js';

/** The operator behind an action, recorded in the account's audit trail (the account owner sees support acted). */
export interface OperatorActor {
  tokenId: string;
  ip: string | null;
}

/**
 * Sends support's recovery email to the account's own address (never one the operator types), off the request path;
 * false when a send quota held it back. Built at the composition root from messaging and the send quotas.
 */
export type RecoveryMail = (to: { email: string; locale: string }, ip: string | null) => Promise<boolean>;

export type AccountAdminResult<T extends object = object> =
  ({ ok: true } & T) | { ok: false; code: 'ACCOUNT_NOT_FOUND' };

export interface AccountAdmin {
  /** Removes the phone and authenticator (the person lost them) and ends every session that relied on them. */
  resetSecondFactors(
    accountId: string,
    by: OperatorActor,
  ): Promise<AccountAdminResult<{ removed: { phone: boolean; totp: boolean }; sessionsEnded: number }>>;
  signOutEverywhere(accountId: string, by: OperatorActor): Promise<AccountAdminResult<{ sessionsEnded: number }>>;
  /** The same grace period as self-service deletion (signing in during it does not undo an operator's request). */
  scheduleDeletion(
    accountId: string,
    by: OperatorActor,
  ): Promise<AccountAdminResult<{ purgeAt: number; already: boolean }>>;
  cancelDeletion(accountId: string, by: OperatorActor): Promise<AccountAdminResult<{ cancelled: boolean }>>;
  deletionStatus(accountId: string): Promise<AccountDeletionRecord | undefined>;
  /** A disabled account cannot sign in or check in (ACCOUNT_DISABLED); its sessions end now. */
  setDisabled(
    accountId: string,
    disabled: boolean,
    by: OperatorActor,
  ): Promise<AccountAdminResult<{ changed: boolean; sessionsEnded: number }>>;
  /**
   * What the self-service "forgot password" starts, on support's word: an email to the account's address pointing to
   * the portal's reset (which proves the address with a code and asks the second factor as usual). The answer is the
   * same whatever the account's state (disabled, deletion pending, a quota spent): only the audit entry says.
   */
  startRecovery(accountId: string, by: OperatorActor): Promise<AccountAdminResult<{ accepted: true }>>;
}

export function createAccountAdmin(deps: {
  accounts: AccountStore;
  deletions: AccountDeletionStore;
  sessions: SessionService;
  audit: AuditLog;
  clock: Clock;
  unitOfWork: UnitOfWork;
  graceMs: number;
  /** Left out where no email can be sent (unit tests): the recovery is then audited as not sent. */
  recoveryMail?: RecoveryMail;
}): AccountAdmin {
  const { accounts, audit, unitOfWork } = deps;
  const detailsOf = (by: OperatorActor, more: Record<string, unknown> = {}) => ({
    operatorTokenId: by.tokenId,
    ...more,
  });
  return {
    async resetSecondFactors(accountId, by) {
      return unitOfWork.run(async () => {
        const account = await accounts.findById(accountId);
        if (!account) return { ok: false as const, code: 'ACCOUNT_NOT_FOUND' as const };
        const removed = { phone: account.phoneE164 !== null, totp: account.totpSecretSealed !== null };
        if (removed.phone) await accounts.setPhone(accountId, null, null);
        if (removed.totp) await accounts.setTotp(accountId, null);
        const sessionsEnded = await deps.sessions.revokeAll(accountId);
        await audit.record('second_factors.reset', { accountId, ip: by.ip, details: detailsOf(by, removed) });
        return { ok: true as const, removed, sessionsEnded };
      });
    },

    async signOutEverywhere(accountId, by) {
      return unitOfWork.run(async () => {
        if (!(await accounts.findById(accountId))) return { ok: false as const, code: 'ACCOUNT_NOT_FOUND' as const };
        const sessionsEnded = await deps.sessions.revokeAll(accountId);
        await audit.record('sessions.revoked_all', { accountId, ip: by.ip, details: detailsOf(by, { sessionsEnded }) });
        return { ok: true as const, sessionsEnded };
      });
    },

    async scheduleDeletion(accountId, by) {
      const now = deps.clock.now();
      const purgeAt = now + deps.graceMs;
      const result = await unitOfWork.run(async () => {
        if (!(await accounts.findById(accountId))) return undefined;
        const scheduled = await deps.deletions.schedule({ accountId, requestedAt: now, purgeAt });
        if (scheduled) {
          await audit.record('account.deletion_scheduled_by_operator', {
            accountId,
            ip: by.ip,
            details: detailsOf(by, { purgeAt }),
          });
          await deps.sessions.revokeAll(accountId);
        }
        return scheduled;
      });
      if (result === undefined) return { ok: false, code: 'ACCOUNT_NOT_FOUND' };
      return {
        ok: true,
        purgeAt: result ? purgeAt : ((await deps.deletions.find(accountId))?.purgeAt ?? purgeAt),
        already: !result,
      };
    },

    async cancelDeletion(accountId, by) {
      if (!(await accounts.findById(accountId))) return { ok: false, code: 'ACCOUNT_NOT_FOUND' };
      const cancelled = await unitOfWork.run(async () => {
        const done = await deps.deletions.cancel(accountId);
        if (done) await audit.record('account.deletion_cancelled', { accountId, ip: by.ip, details: detailsOf(by) });
        return done;
      });
      return { ok: true, cancelled };
    },

    deletionStatus: (accountId) => deps.deletions.find(accountId),

    async setDisabled(accountId, disabled, by) {
      return unitOfWork.run(async () => {
        if (!(await accounts.findById(accountId))) return { ok: false as const, code: 'ACCOUNT_NOT_FOUND' as const };
        const changed = await accounts.setDisabled(accountId, disabled ? deps.clock.now() : null);
        // Ended whether or not it changed: a retried disable still leaves no session behind.
        const sessionsEnded = disabled ? await deps.sessions.revokeAll(accountId) : 0;
        if (changed)
          await audit.record(disabled ? 'account.disabled' : 'account.enabled', {
            accountId,
            ip: by.ip,
            details: detailsOf(by),
          });
        return { ok: true as const, changed, sessionsEnded };
      });
    },

    async startRecovery(accountId, by) {
      const account = await accounts.findById(accountId);
      if (!account) return { ok: false, code: 'ACCOUNT_NOT_FOUND' };
      const sent = deps.recoveryMail
        ? await deps.recoveryMail({ email: account.email, locale: account.locale }, by.ip)
        : false;
      await audit.record('recovery.started_by_operator', { accountId, ip: by.ip, details: detailsOf(by, { sent }) });
      return { ok: true, accepted: true };
    },
  };
}
