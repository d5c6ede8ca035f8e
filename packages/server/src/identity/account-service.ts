// Accounts: password sign-in that costs the same whether or not the email exists, registration, changes.
import { newId, type Clock, type UnitOfWork } from '../common/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { Outcome } from '../errors/index.js';
import type { AttemptBudgets } from '../risk/index.js';
import type { Account, AccountStore } from './account-store.js';
import type { PasswordHasher } from './password-hasher.js';
import { normalizePassword } from './password-hasher.js';
import { normalizeEmail } from './email.js';
import { checkPassword, type PasswordPolicyResult } from './password-policy.js';

/** A wrong password, or too many of them (the refusal names the wait in `seconds`). */
export type PasswordConfirmation = Outcome<object, 'PASSWORD_INCORRECT' | 'ACCOUNT_THROTTLED'>;

/** Wrong passwords a signed-in session may give before sensitive changes, per account and window. */
export interface ConfirmationBudget {
  budgets: AttemptBudgets;
  limit: number;
  windowMs: number;
}

/** On failure `accountId` names the account when one exists, for its own audit log; never shown to clients. */
export type PasswordCheck = { ok: true; account: Account } | { ok: false; accountId: string | null };

export interface AccountService {
  /** Verifies email + password; unknown emails verify a dummy hash so both failures take the same time. */
  verifyPassword(emailNormalized: string, password: string): Promise<PasswordCheck>;
  /** Verifies the current password of a known account (re-authentication before sensitive changes), within its budget. */
  confirmPassword(account: Account, password: string): Promise<PasswordConfirmation>;
  /** Applies the password policy and hashes; the hash can wait in a flow until the email is verified. */
  preparePassword(
    password: string,
    email: string,
  ): Promise<{ ok: true; hash: string } | Extract<PasswordPolicyResult, { ok: false }>>;
  register(input: {
    email: string;
    passwordHash: string;
    country: string;
    locale: string;
  }): Promise<Account | undefined>;
  setPassword(accountId: string, passwordHash: string): Promise<void>;
  /** Records the authenticator step just accepted only if it is newer: false means a replay lost the race. */
  advanceTotpStep(accountId: string, step: number): Promise<boolean>;
  get(accountId: string): Promise<Account | undefined>;
  findByEmail(email: string): Promise<Account | undefined>;
}

export function createAccountService(deps: {
  store: AccountStore;
  hasher: PasswordHasher;
  clock: Clock;
  confirmations: ConfirmationBudget;
  events: EventRecorder;
  unitOfWork: UnitOfWork;
}): AccountService {
  const { store, hasher, clock, confirmations } = deps;
  return {
    async verifyPassword(emailNormalized, password) {
      const normalized = normalizePassword(password);
      const account = await store.findByEmail(emailNormalized);
      if (!account) {
        await hasher.verifyDummy(normalized);
        return { ok: false, accountId: null };
      }
      const result = await hasher.verify(account.passwordHash, normalized);
      if (!result.ok) return { ok: false, accountId: account.id };
      if (result.needsRehash) {
        // Parameters moved on since this hash was made: upgrade it while the password is at hand.
        await store.updatePasswordHash(account.id, await hasher.hash(normalized), account.passwordChangedAt);
      }
      return { ok: true, account };
    },
    async confirmPassword(account, password) {
      // A stolen session must not become an unlimited password oracle.
      const budget = {
        key: `reauth:account:${account.id}`,
        limit: confirmations.limit,
        windowMs: confirmations.windowMs,
      };
      const checked = await confirmations.budgets.attempt([budget], async () => ({
        ok: (await hasher.verify(account.passwordHash, normalizePassword(password))).ok,
      }));
      if ('spent' in checked)
        return { ok: false, code: 'ACCOUNT_THROTTLED', context: { seconds: checked.retryAfterSeconds } };
      return checked.ok ? { ok: true } : { ok: false, code: 'PASSWORD_INCORRECT' };
    },
    async preparePassword(password, email) {
      const policy = checkPassword(password, { email });
      if (!policy.ok) return policy;
      return { ok: true, hash: await hasher.hash(policy.normalized) };
    },
    async register({ email, passwordHash, country, locale }) {
      const emailNormalized = normalizeEmail(email);
      if (!emailNormalized) return undefined;
      const now = clock.now();
      const account: Account = {
        id: newId('acc'),
        email: email.trim(),
        emailNormalized,
        passwordHash,
        country: country.toUpperCase(),
        locale,
        phoneE164: null,
        phoneVerifiedAt: null,
        totpSecretSealed: null,
        totpLastStep: null,
        emailVerifiedAt: now,
        passwordChangedAt: now,
        createdAt: now,
        disabledAt: null,
      };
      // The account and its `account.created` event commit together.
      const created = await deps.unitOfWork.run(async () => {
        const stored = await store.create(account);
        if (stored.created)
          await deps.events.record('account.created', {
            accountId: account.id,
            email: account.email,
            country: account.country,
          });
        return stored.created;
      });
      return created ? account : undefined;
    },
    async setPassword(accountId, passwordHash) {
      await store.updatePasswordHash(accountId, passwordHash, clock.now());
    },
    advanceTotpStep: (accountId, step) => store.advanceTotpStep(accountId, step),
    get: (accountId) => store.findById(accountId),
    async findByEmail(email) {
      const normalized = normalizeEmail(email);
      return normalized ? store.findByEmail(normalized) : undefined;
    },
  };
}
