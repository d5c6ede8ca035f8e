// Binds license-token issuing to the configured lifetime, grace and issuer, for the flows and check-in.
import type { Clock } from '../common/index.js';
import { issueLicenseToken, type LicenseClaims, type LicenseTokenSettings } from './license-token.js';
import type { SigningKeys } from './signing-keys.js';

export interface LicenseIssuer {
  issue(claims: LicenseClaims): Promise<{ token: string; expiresAt: number }>;
  /** The key new tokens are signed with: a token under another one is re-issued at its next check-in. */
  currentKid(): Promise<string>;
}

export function createLicenseIssuer(deps: {
  keys: SigningKeys;
  clock: Clock;
  settings: LicenseTokenSettings;
}): LicenseIssuer {
  return {
    issue: (claims) => issueLicenseToken(deps.keys, deps.settings, claims, deps.clock.now()),
    currentKid: async () => (await deps.keys.current()).kid,
  };
}
