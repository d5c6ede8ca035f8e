// Offline license-token verification: strict JWS parsing, EdDSA only, Ed25519 signature, then the claims' shape.
import { verify } from 'node:crypto';
import { Buffer } from 'node:buffer';
import { decodeBase64url } from './base64url.js';
import type { KeyLookup } from './key-ring.js';

/** The claims the server signs (see the server's license-token.ts), in the SDK's words. */
export interface LicenseClaims {
  accountId: string;
  deviceId: string;
  appId: string;
  audiences: string[];
  plan: string;
  /** The plan's name (tokens from servers before issue 9 have none: then the id). */
  planName: string;
  /** Several subscriptions fit this app on Free: the person chooses on the portal. */
  choicePending: boolean;
  features: string[];
  subscriptionId: string | null;
  /** Milliseconds since the epoch. */
  expiresAt: number;
  graceMs: number;
}

/** The outcome of the time-independent part of verification, cacheable per token. */
export type SignatureCheck =
  { ok: true; claims: LicenseClaims } | { ok: false; reason: 'TOKEN_INVALID' | 'KEY_UNKNOWN'; detail: string };

/** The only header type the server writes; a token of another kind is not a license. */
const TYP = 'tessera-license+jwt';
/** Far beyond any real token: bounds the work an absurd file can cause. */
const MAX_TOKEN_LENGTH = 16_384;

const invalid = (detail: string): SignatureCheck => ({ ok: false, reason: 'TOKEN_INVALID', detail });

function jsonObject(segment: string): Record<string, unknown> | undefined {
  const bytes = decodeBase64url(segment);
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** The `kid` a token names, read without trusting anything else in it (to know whether keys must be fetched). */
export function tokenKid(token: string): string | undefined {
  const header =
    typeof token === 'string' && token.length <= MAX_TOKEN_LENGTH ? jsonObject(token.split('.')[0] ?? '') : undefined;
  return typeof header?.kid === 'string' ? header.kid : undefined;
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isSeconds = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function claimsOf(p: Record<string, unknown>): LicenseClaims | undefined {
  const audiences = typeof p.aud === 'string' ? [p.aud] : isStringArray(p.aud) ? p.aud : undefined;
  const grace = p.grace === undefined ? 0 : p.grace;
  if (typeof p.sub !== 'string' || typeof p.device !== 'string' || typeof p.app !== 'string' || !audiences)
    return undefined;
  if (
    typeof p.plan !== 'string' ||
    !isStringArray(p.features) ||
    !(p.subscription === null || typeof p.subscription === 'string')
  )
    return undefined;
  if (!isSeconds(p.exp) || !isSeconds(grace)) return undefined;
  return {
    accountId: p.sub,
    deviceId: p.device,
    appId: p.app,
    audiences,
    plan: p.plan,
    planName: typeof p.plan_name === 'string' ? p.plan_name : p.plan,
    choicePending: p.choice_pending === true,
    features: [...p.features],
    subscriptionId: p.subscription,
    expiresAt: p.exp * 1000,
    graceMs: grace * 1000,
  };
}

/**
 * Verifies everything about a token that does not depend on the time or on who asks: its form, `alg` (EdDSA
 * and nothing else: never `none`, never an HMAC keyed with a public key), the key named by `kid`, the
 * Ed25519 signature, and that the claims have the expected types.
 */
export function verifyTokenSignature(token: string, keyFor: KeyLookup): SignatureCheck {
  if (typeof token !== 'string' || token.length > MAX_TOKEN_LENGTH) return invalid('not a token');
  const parts = token.split('.');
  if (parts.length !== 3) return invalid('not a signed JWT (three parts)');
  const [h, p, s] = parts as [string, string, string];
  const header = jsonObject(h);
  if (!header) return invalid('unreadable header');
  if (header.alg !== 'EdDSA') return invalid(`algorithm ${JSON.stringify(header.alg)} is not accepted (EdDSA only)`);
  // No extension is understood, so none may be declared critical (e.g. an unencoded payload).
  if (header.crit !== undefined || header.b64 !== undefined) return invalid('unsupported header extension');
  if (header.typ !== undefined && header.typ !== TYP)
    return invalid(`token type ${JSON.stringify(header.typ)} is not a license`);
  if (typeof header.kid !== 'string' || header.kid === '') return invalid('no key id');
  const key = keyFor(header.kid);
  if (!key) return { ok: false, reason: 'KEY_UNKNOWN', detail: `key ${header.kid} is not among the cached keys` };
  const signature = decodeBase64url(s);
  if (!signature || signature.length !== 64) return invalid('malformed signature');
  let good = false;
  try {
    good = verify(null, Buffer.from(`${h}.${p}`, 'ascii'), key, signature);
  } catch {
    good = false;
  }
  if (!good) return invalid('bad signature');
  const payload = jsonObject(p);
  const claims = payload && claimsOf(payload);
  if (!claims) return invalid('the claims are not a license');
  return { ok: true, claims };
}
