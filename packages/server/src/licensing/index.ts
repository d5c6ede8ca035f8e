// The only door of licensing: plans, activation codes, subscriptions, seats, and license tokens.
export type { SigningKeyRecord, SigningKeyStore } from './signing-key-store.js';
export { createSigningKeys, type SigningKeys } from './signing-keys.js';
export { issueLicenseToken, type LicenseClaims, type LicenseTokenSettings } from './license-token.js';
export { createLicenseIssuer, type LicenseIssuer } from './license-issuer.js';
export {
  FREE_PLAN_ID,
  statusAt,
  subscriptionAt,
  memberCapacity,
  type Plan,
  type Subscription,
  type SubscriptionRecord,
  type SubscriptionStatus,
  type SubscriptionSource,
  type ActivationBatch,
  type InvitationRecord,
  type Member,
  type Person,
} from './model.js';
export {
  CODE_ALPHABET,
  CODE_LENGTH,
  parseActivationCode,
  generateActivationCodes,
  hasValidCheck,
  codeFromValues,
  nearbyCodes,
  type ParsedActivationCode,
} from './activation-code.js';
export type { PlanStore } from './plan-store.js';
export type { ActivationCodeStore, RedeemResult, BatchSummary, CodeRecord } from './activation-code-store.js';
export { createCodeLookup, type CodeLookup, type CodeLookupResult, type FoundCode } from './code-lookup.js';
export type { SubscriptionStore, SubscriptionListing } from './subscription-store.js';
export type { SeatStore, SeatClaim } from './seat-store.js';
export type { FamilyStore, AcceptResult, InvitationMatch } from './family-store.js';
export type { LicensingStores } from './licensing-stores.js';
export {
  createLicensing,
  type Licensing,
  type LicensingSettings,
  type AccountSubscription,
} from './licensing-service.js';
export type { UsableSubscription, ClaimSeatResult } from './seats.js';
export type { RedeemCode } from './redemption.js';
export type { Actor as LicensingActor, InvitationIssued, InvitationSummary } from './family.js';
export { MAX_BATCH, type LicensingOperator, type AdminResult, type MintInput } from './operator.js';
export { freeEntitlement } from './free-entitlement.js';
export type { SubscriptionChangeStore, TransferredSubscription, TransferRefusal } from './subscription-change-store.js';
export { createSubscriptionAdmin, type SubscriptionAdmin, type TransferOutcome } from './subscription-admin.js';
