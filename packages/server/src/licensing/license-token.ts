// License tokens: short-lived EdDSA JWTs naming the device, app, plan and features, verified offline by the SDK.
import { SignJWT } from 'jose';
import type { SigningKeys } from './signing-keys.js';

export interface LicenseClaims {
  accountId: string;
  deviceId: string;
  appId: string;
  planId: string;
  /** The plan's name, shown by the SDK and CLI (absent in tokens issued before issue 9). */
  planName?: string;
  features: readonly string[];
  subscriptionId: string | null;
  /** When the subscription ends, if it does. */
  subscriptionEndsAt: number | null;
  /** Several subscriptions would fit this app on Free: the person chooses on the portal. */
  choicePending?: boolean;
}

export interface LicenseTokenSettings {
  issuer: string;
  lifetimeMs: number;
  /** How long past expiry an app may keep working offline. */
  graceMs: number;
}

export async function issueLicenseToken(
  keys: SigningKeys,
  settings: LicenseTokenSettings,
  claims: LicenseClaims,
  now: number,
) {
  const { kid, privateKey } = await keys.current();
  const iat = Math.floor(now / 1000);
  const exp = Math.floor((now + settings.lifetimeMs) / 1000);
  const token = await new SignJWT({
    device: claims.deviceId,
    app: claims.appId,
    plan: claims.planId,
    ...(claims.planName === undefined ? {} : { plan_name: claims.planName }),
    ...(claims.choicePending ? { choice_pending: true } : {}),
    features: [...claims.features],
    subscription: claims.subscriptionId,
    subscription_ends_at: claims.subscriptionEndsAt === null ? null : Math.floor(claims.subscriptionEndsAt / 1000),
    grace: Math.floor(settings.graceMs / 1000),
  })
    .setProtectedHeader({ alg: 'EdDSA', kid, typ: 'tessera-license+jwt' })
    .setIssuer(settings.issuer)
    .setSubject(claims.accountId)
    .setAudience(claims.appId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(privateKey);
  return { token, expiresAt: exp * 1000 };
}
