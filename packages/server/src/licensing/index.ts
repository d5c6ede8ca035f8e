// The only door of licensing: plans, activation codes, subscriptions, seats, and license tokens.
export type { SigningKeyRecord, SigningKeyStore } from './signing-key-store.js';
export { createSigningKeys, type SigningKeys } from './signing-keys.js';
export { issueLicenseToken, type LicenseClaims, type LicenseTokenSettings } from './license-token.js';
export { createLicenseIssuer, type LicenseIssuer } from './license-issuer.js';
export { freeOnlyLicensing } from './free-only.js';
