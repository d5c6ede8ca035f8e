// Second factors of an account: add, prove and remove a phone for SMS codes or an authenticator (TOTP),
// and change the password; every change re-authenticates with the current password first.
import type { Locale } from '@tessera/protocol';
import { newNumericCode, type Clock, type Secrets } from '../common/index.js';
import type { SendQuota } from '../risk/index.js';
import { checkSmsDestination, type SmsSender, type Templates } from '../messaging/index.js';
import type { AuditLog } from '../audit/index.js';
import type { Outcome } from '../errors/index.js';
import type { SessionService } from '../sessions/index.js';
import type { Account, AccountStore } from './account-store.js';
import type { AccountService } from './account-service.js';
import type { PendingFactorStore } from './pending-factor-store.js';
import { generateTotpSecret, totpUri, verifyTotp } from './totp.js';

type Actor = {
  account: Account;
  ip: string;
  userAgent: string | null;
  sessionId?: string;
  /** The caller confirmed this session's password moments ago (the portal's short re-authentication window). */
  recentlyConfirmed?: boolean;
};

export interface FactorSettings {
  smsCodeTtlMs: number;
  smsMaxAttempts: number;
  resendCooldownMs: number;
  allowedSmsCountries: readonly string[];
  deniedSmsPrefixes: readonly string[];
  productName: string;
}

export interface FactorService {
  startPhone(
    actor: Actor,
    input: { phone: string; password: string; locale: Locale },
  ): Promise<Outcome<{ phone: string; expiresAt: number }>>;
  verifyPhone(actor: Actor, code: string): Promise<Outcome>;
  removePhone(actor: Actor, password: string): Promise<Outcome>;
  startTotp(actor: Actor, password: string): Promise<Outcome<{ secret: string; uri: string; expiresAt: number }>>;
  verifyTotp(actor: Actor, code: string): Promise<Outcome>;
  removeTotp(actor: Actor, password: string): Promise<Outcome>;
  changePassword(actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<Outcome>;
  /** A fresh re-authentication (audited), after which a caller may pass `recentlyConfirmed` for a short while. */
  confirmPassword(actor: Actor, password: string): Promise<Outcome>;
  /** What is waiting for its first code, so a page can show it again (after a redirect, or a wrong code). */
  pendingPhone(account: Account): Promise<{ phone: string } | undefined>;
  pendingTotp(account: Account): Promise<{ secret: string; uri: string } | undefined>;
}

const PENDING_TOTP_MS = 15 * 60_000;

export function createFactorService(deps: {
  accounts: AccountService;
  accountStore: AccountStore;
  pending: PendingFactorStore;
  quota: SendQuota;
  sms: SmsSender;
  templates: Templates;
  audit: AuditLog;
  sessions: SessionService;
  secrets: Secrets;
  clock: Clock;
  settings: FactorSettings;
}): FactorService {
  const { accounts, accountStore, pending, secrets, clock, settings } = deps;
  const codeKey = (accountId: string) => `phone-verification:${accountId}`;
  const audit = (type: Parameters<AuditLog['record']>[0], actor: Actor, details: Record<string, unknown> = {}) =>
    deps.audit.record(type, { accountId: actor.account.id, ip: actor.ip, userAgent: actor.userAgent, details });
  const reauth = async (actor: Actor, password: string): Promise<Outcome> =>
    actor.recentlyConfirmed ? { ok: true } : accounts.confirmPassword(actor.account, password);

  return {
    async startPhone(actor, { phone, password, locale }) {
      const destination = checkSmsDestination(phone, {
        allowedCountries: settings.allowedSmsCountries,
        deniedPrefixes: settings.deniedSmsPrefixes,
      });
      if (!destination.ok) return destination;
      const auth = await reauth(actor, password);
      if (!auth.ok) return auth;
      const now = clock.now();
      const previous = await pending.get(actor.account.id, 'phone');
      if (previous && previous.sentAt + settings.resendCooldownMs > now) {
        const seconds = Math.ceil((previous.sentAt + settings.resendCooldownMs - now) / 1000);
        return { ok: false, code: 'RESEND_COOLDOWN', context: { seconds } };
      }
      const { e164 } = destination;
      const quota = await deps.quota.take({
        channel: 'sms',
        destination: e164,
        accountId: actor.account.id,
        ip: actor.ip,
      });
      if (!quota.allowed) return { ok: false, code: quota.code, context: { seconds: quota.retryAfterSeconds } };
      const code = newNumericCode(6);
      const expiresAt = now + settings.smsCodeTtlMs;
      await pending.put({
        accountId: actor.account.id,
        kind: 'phone',
        valueSealed: secrets.seal(e164),
        codeHash: secrets.keyedHash(codeKey(actor.account.id), code),
        attempts: 0,
        sentAt: now,
        expiresAt,
      });
      const delivery = await deps.sms.send(
        deps.templates.phoneVerificationSms({
          to: e164,
          locale,
          code,
          minutes: Math.round(settings.smsCodeTtlMs / 60000),
        }),
      );
      if (!delivery.ok) return { ok: false, code: 'DELIVERY_FAILED' };
      return { ok: true, phone: e164, expiresAt };
    },

    async verifyPhone(actor, code) {
      const p = await pending.get(actor.account.id, 'phone');
      const now = clock.now();
      if (!p || !p.codeHash) return { ok: false, code: 'FACTOR_NOT_PENDING' };
      if (p.attempts >= settings.smsMaxAttempts) return { ok: false, code: 'CODE_ATTEMPTS_EXCEEDED' };
      if (p.expiresAt <= now) return { ok: false, code: 'CODE_EXPIRED' };
      // Counting the try before comparing means racing guesses each spend one.
      if (!(await pending.recordAttempt(actor.account.id, 'phone', p.attempts)))
        return { ok: false, code: 'CODE_INVALID' };
      if (!secrets.verifyKeyedHash(codeKey(actor.account.id), code.replace(/[\s-]/g, ''), p.codeHash))
        return { ok: false, code: 'CODE_INVALID' };
      await pending.delete(actor.account.id, 'phone');
      const phone = secrets.open(p.valueSealed);
      await accountStore.setPhone(actor.account.id, phone, now);
      await audit('phone.added', actor, { phoneTail: phone.slice(-4) });
      return { ok: true };
    },

    async removePhone(actor, password) {
      const auth = await reauth(actor, password);
      if (!auth.ok) return auth;
      await accountStore.setPhone(actor.account.id, null, null);
      await audit('phone.removed', actor);
      return { ok: true };
    },

    async startTotp(actor, password) {
      const auth = await reauth(actor, password);
      if (!auth.ok) return auth;
      const secret = generateTotpSecret();
      const expiresAt = clock.now() + PENDING_TOTP_MS;
      await pending.put({
        accountId: actor.account.id,
        kind: 'totp',
        valueSealed: secrets.seal(secret),
        codeHash: null,
        attempts: 0,
        sentAt: clock.now(),
        expiresAt,
      });
      return {
        ok: true,
        secret,
        uri: totpUri({ secret, account: actor.account.email, issuer: settings.productName }),
        expiresAt,
      };
    },

    async verifyTotp(actor, code) {
      const p = await pending.get(actor.account.id, 'totp');
      const now = clock.now();
      if (!p || p.expiresAt <= now) return { ok: false, code: 'FACTOR_NOT_PENDING' };
      if (p.attempts >= settings.smsMaxAttempts) return { ok: false, code: 'CODE_ATTEMPTS_EXCEEDED' };
      if (!(await pending.recordAttempt(actor.account.id, 'totp', p.attempts)))
        return { ok: false, code: 'CODE_INVALID' };
      const secret = secrets.open(p.valueSealed);
      const result = verifyTotp({ secret, code, now });
      if (!result.ok) return { ok: false, code: 'CODE_INVALID' };
      await pending.delete(actor.account.id, 'totp');
      await accountStore.setTotp(actor.account.id, p.valueSealed);
      await accountStore.advanceTotpStep(actor.account.id, result.step);
      await audit('totp.enabled', actor);
      return { ok: true };
    },

    async removeTotp(actor, password) {
      const auth = await reauth(actor, password);
      if (!auth.ok) return auth;
      await accountStore.setTotp(actor.account.id, null);
      await audit('totp.disabled', actor);
      return { ok: true };
    },

    async confirmPassword(actor, password) {
      const auth = await accounts.confirmPassword(actor.account, password);
      if (auth.ok) await audit('password.confirmed', actor);
      return auth;
    },

    async pendingPhone(account) {
      const p = await pending.get(account.id, 'phone');
      return p && p.expiresAt > clock.now() ? { phone: secrets.open(p.valueSealed) } : undefined;
    },

    async pendingTotp(account) {
      const p = await pending.get(account.id, 'totp');
      if (!p || p.expiresAt <= clock.now()) return undefined;
      const secret = secrets.open(p.valueSealed);
      return { secret, uri: totpUri({ secret, account: account.email, issuer: settings.productName }) };
    },

    async changePassword(actor, { currentPassword, newPassword }) {
      // Changing the password always takes the current one, whatever was confirmed before.
      const auth = await accounts.confirmPassword(actor.account, currentPassword);
      if (!auth.ok) return auth;
      const prepared = await accounts.preparePassword(newPassword, actor.account.emailNormalized);
      if (!prepared.ok)
        return { ok: false, code: prepared.code, ...(prepared.context ? { context: prepared.context } : {}) };
      await accounts.setPassword(actor.account.id, prepared.hash);
      // Whoever else held a session may have known the old password.
      await deps.sessions.revokeAll(actor.account.id, actor.sessionId);
      await audit('password.changed', actor);
      return { ok: true };
    },
  };
}
