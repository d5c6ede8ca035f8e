// Turns cached JWKs into Ed25519 KeyObjects by kid; each key is imported once per process.
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { KeyCache } from '../api.js';

/** Looks a verification key up by `kid`. */
export type KeyLookup = (kid: string) => KeyObject | undefined;

/** Only an Ed25519 signing key is accepted: a key of any other type is never used to verify. */
function importKey(jwk: Record<string, unknown>): KeyObject | undefined {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string' || typeof jwk.kid !== 'string')
    return undefined;
  if (jwk.alg !== undefined && jwk.alg !== 'EdDSA') return undefined;
  if (jwk.use !== undefined && jwk.use !== 'sig') return undefined;
  if (jwk.d !== undefined) return undefined;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
    return key.asymmetricKeyType === 'ed25519' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Caches by the key cache object (stores return the same one while the file is unchanged) and by key material. */
export class KeyRing {
  private readonly imported = new Map<string, KeyObject | undefined>();
  private last: { cache: KeyCache | undefined; id: string; byKid: Map<string, KeyObject> } | undefined;

  /**
   * The keys of `cache` by kid: the same Map while the cache is the same object, or holds the same keys (a
   * custom store may hand out a fresh copy every time; the verified-token memo is keyed on this Map).
   */
  keysOf(cache: KeyCache | undefined): Map<string, KeyObject> {
    if (this.last && this.last.cache === cache) return this.last.byKid;
    const id = JSON.stringify(cache?.keys.map((k) => [k.kid, k.x, k.kty, k.crv, k.alg, k.use, k.d]) ?? null);
    if (this.last && this.last.id === id) {
      this.last.cache = cache;
      return this.last.byKid;
    }
    // null marks a kid published twice with different material: ambiguous, so neither is trusted.
    const found = new Map<string, KeyObject | null>();
    for (const jwk of cache?.keys ?? []) {
      const material = JSON.stringify([jwk.kid, jwk.x, jwk.kty, jwk.crv, jwk.alg, jwk.use, jwk.d]);
      if (!this.imported.has(material)) this.imported.set(material, importKey(jwk));
      const key = this.imported.get(material);
      if (!key || typeof jwk.kid !== 'string') continue;
      const seen = found.get(jwk.kid);
      found.set(jwk.kid, seen === undefined || seen === key ? key : null);
    }
    const byKid = new Map<string, KeyObject>();
    for (const [kid, key] of found) if (key) byKid.set(kid, key);
    this.last = { cache, id, byKid };
    return byKid;
  }
}
