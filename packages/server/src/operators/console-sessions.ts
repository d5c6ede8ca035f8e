// Console sessions: an operator already signed in to the portal proves password and authenticator code again and
// gets a console session of its own (idle timeout, fresh-confirmation time for destructive actions).
import { newId, newToken, type Clock, type Secrets } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import { verifyTotp, type Account, type AccountService } from '../identity/index.js';
import type { AttemptBudgets } from '../risk/index.js';
import type { ConsoleSessionRecord, ConsoleStore } from './console-store.js';
import { scopesOfRole, type OperatorRole } from './roles.js';
import type { OperatorScope } from './scopes.js';

const HASH_PURPOSE = 'console-session';
const TOKEN_SHAPE = /^tsc_[A-Za-z0-9_-]{43}$/;
/** Last-seen is written at most this often, so a burst of pages is one write. */
const TOUCH_INTERVAL_MS = 30_000;
/** Authenticator codes tried per operator in the window (the password has its own confirmation budget). */
const CODE_BUDGET = { limit: 10, windowMs: 15 * 60_000 };

export interface ConsoleOperator {
  account: Account;
  role: OperatorRole;
  scopes: OperatorScope[];
  session: ConsoleSessionRecord;
}

/** Why a proof was refused: the page says which step to take next. */
export type ConsoleProofRefusal =
  | { ok: false; code: 'NOT_OPERATOR' | 'TOTP_REQUIRED' | 'ACCOUNT_DISABLED' | 'PROOF_INVALID' }
  | { ok: false; code: 'THROTTLED'; retryAfterSeconds: number };

export interface ConsoleSessions {
  /** Password and authenticator code of a portal-signed-in account that holds a role: a new console session. */
  signIn(input: {
    account: Account;
    password: string;
    code: string;
    ip: string | null;
    userAgent: string | null;
  }): Promise<{ ok: true; token: string; session: ConsoleSessionRecord } | ConsoleProofRefusal>;
  /** The operator behind a cookie: live, not idle, still holding a role, its proof still standing (see stillProven). */
  authenticate(token: string | undefined): Promise<ConsoleOperator | undefined>;
  /** A fresh proof within the session, for destructive actions. */
  confirm(
    operator: ConsoleOperator,
    input: { password: string; code: string },
  ): Promise<{ ok: true } | ConsoleProofRefusal>;
  /** Whether the last proof is recent enough for a destructive action. */
  isFresh(operator: ConsoleOperator): boolean;
  end(operator: ConsoleOperator): Promise<void>;
}

/**
 * What the session's proof stood on still holds: the account is enabled, its authenticator is still there (a reset
 * of second factors ends the console too), and its password has not changed since (a changed password is a new
 * proof everywhere).
 */
const stillProven = (account: Account, session: ConsoleSessionRecord) =>
  account.disabledAt === null && account.totpSecretSealed !== null && account.passwordChangedAt <= session.createdAt;

export function createConsoleSessions(deps: {
  store: ConsoleStore;
  accounts: Pick<AccountService, 'confirmPassword' | 'advanceTotpStep' | 'get'>;
  attempts: AttemptBudgets;
  secrets: Secrets;
  audit: AuditLog;
  clock: Clock;
  settings: { idleMs: number; lifetimeMs: number; freshMs: number };
}): ConsoleSessions {
  const { store, accounts, secrets, clock, settings } = deps;

  /** The steps of a proof: a role, an authenticator enrolled, the password (budgeted), the code (budgeted, single use). */
  async function prove(account: Account, password: string, code: string): Promise<{ ok: true } | ConsoleProofRefusal> {
    if (!(await store.find(account.id))) return { ok: false, code: 'NOT_OPERATOR' };
    if (account.disabledAt !== null) return { ok: false, code: 'ACCOUNT_DISABLED' };
    if (account.totpSecretSealed === null) return { ok: false, code: 'TOTP_REQUIRED' };
    const confirmed = await accounts.confirmPassword(account, password);
    if (!confirmed.ok)
      return confirmed.code === 'ACCOUNT_THROTTLED'
        ? { ok: false, code: 'THROTTLED', retryAfterSeconds: Number(confirmed.context?.seconds ?? 60) }
        : { ok: false, code: 'PROOF_INVALID' };
    const sealed = account.totpSecretSealed;
    const checked = await deps.attempts.attempt([{ key: `console:totp:${account.id}`, ...CODE_BUDGET }], async () => {
      const result = verifyTotp({
        secret: secrets.open(sealed),
        code,
        now: clock.now(),
        ...(account.totpLastStep !== null ? { lastUsedStep: account.totpLastStep } : {}),
      });
      // Recorded atomically: one code never opens two sessions, even in racing requests.
      return { ok: result.ok && (await accounts.advanceTotpStep(account.id, result.step)) };
    });
    if ('retryAfterSeconds' in checked)
      return { ok: false, code: 'THROTTLED', retryAfterSeconds: checked.retryAfterSeconds };
    return checked.ok ? { ok: true } : { ok: false, code: 'PROOF_INVALID' };
  }

  return {
    async signIn({ account, password, code, ip, userAgent }) {
      const proof = await prove(account, password, code);
      if (!proof.ok) {
        if (proof.code === 'PROOF_INVALID')
          await deps.audit.record('console.sign_in_failed', { accountId: account.id, ip, userAgent });
        return proof;
      }
      const token = newToken('tsc');
      const now = clock.now();
      const session: ConsoleSessionRecord = {
        id: newId('cos'),
        tokenHash: secrets.keyedHash(HASH_PURPOSE, token),
        accountId: account.id,
        createdAt: now,
        lastSeenAt: now,
        confirmedAt: now,
        revokedAt: null,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
      };
      await store.createSession(session);
      await deps.audit.record('console.signed_in', {
        accountId: account.id,
        ip,
        userAgent,
        details: { consoleSessionId: session.id },
      });
      return { ok: true, token, session };
    },

    async authenticate(token) {
      if (!token || !TOKEN_SHAPE.test(token)) return undefined;
      const session = await store.findSession(secrets.keyedHash(HASH_PURPOSE, token));
      const now = clock.now();
      if (!session || session.revokedAt !== null) return undefined;
      if (now - session.lastSeenAt >= settings.idleMs || now - session.createdAt >= settings.lifetimeMs)
        return undefined;
      const [operator, account] = await Promise.all([store.find(session.accountId), accounts.get(session.accountId)]);
      if (!operator || !account || !stillProven(account, session)) return undefined;
      if (
        now - session.lastSeenAt >= TOUCH_INTERVAL_MS &&
        !(await store.touchSession(session.id, now, now - settings.idleMs))
      )
        return undefined;
      return { account, role: operator.role, scopes: scopesOfRole(operator.role), session };
    },

    async confirm(operator, { password, code }) {
      const proof = await prove(operator.account, password, code);
      if (!proof.ok) return proof;
      await store.confirmSession(operator.session.id, clock.now());
      return { ok: true };
    },

    isFresh: (operator) => clock.now() - operator.session.confirmedAt < settings.freshMs,

    end: (operator) => store.revokeSession(operator.session.id, clock.now()),
  };
}
