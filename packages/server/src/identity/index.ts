// The only door of identity: accounts, password policy and hashing, email handling, TOTP.
export type { Account, AccountStore, NewAccount } from './account-store.js';
export {
  createAccountService,
  type AccountService,
  type PasswordCheck,
  type PasswordConfirmation,
} from './account-service.js';
export {
  createPasswordHasher,
  normalizePassword,
  OWASP_ARGON2ID,
  type Argon2Params,
  type PasswordHasher,
} from './password-hasher.js';
export {
  checkPassword,
  preloadCommonPasswords,
  PASSWORD_MIN_LENGTH,
  PASSWORD_MAX_LENGTH,
  type PasswordPolicyResult,
} from './password-policy.js';
export { normalizeEmail, maskEmail } from './email.js';
export { generateTotpSecret, totpUri, verifyTotp, totpCode } from './totp.js';
export type { PendingFactor, PendingFactorStore } from './pending-factor-store.js';
export { createFactorService, type FactorService, type FactorSettings } from './factor-service.js';
export {
  createAccountDeletion,
  DEFAULT_DELETION_GRACE_MS,
  type AccountDeletion,
  type AccountDeletionRecord,
  type AccountDeletionStore,
} from './account-deletion.js';
export type { PasskeyChallenge, PasskeyPurpose, PasskeyRecord, PasskeyStore } from './passkey-store.js';
export {
  createPasskeyService,
  type PasskeyService,
  type Ceremony,
  type PasskeySummary,
  type RelyingParty,
} from './passkey-service.js';
export { createPasswordlessSignIn, type PasswordlessSignIn } from './passwordless.js';
export { relyingPartyOf, type RelyingPartyConfig } from './relying-party.js';
export { countryFromLanguages, countryOptions, isCountryCode } from './countries.js';
export type { AccountDirectory, AccountSearch } from './account-directory.js';
export { createAccountLookup, termFilter, type AccountLookup, type AccountLookupQuery } from './account-lookup.js';
export {
  createAccountAdmin,
  type AccountAdmin,
  type AccountAdminResult,
  type OperatorActor,
  type RecoveryMail,
} from './account-admin.js';
