// License-token signing keys: created on first use, rotated by the operator, published as a JWKS while any
// token they signed can still be presented (lifetime + grace), so rotation never breaks connected apps.
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { newId, type Clock, type Secrets } from '../common/index.js';
import type { SigningKeyRecord, SigningKeyStore } from './signing-key-store.js';

export interface SigningKeys {
  /** The newest active key, creating one if there is none. */
  current(): Promise<{ kid: string; privateKey: CryptoKey }>;
  /** Public keys a verifier should accept now. */
  jwks(): Promise<{ keys: JWK[] }>;
  rotate(): Promise<string>;
}

/** Instances re-read the keys this often, so a rotation made elsewhere is picked up without a restart. */
const CACHE_MS = 60_000;

export function createSigningKeys(deps: {
  store: SigningKeyStore;
  secrets: Secrets;
  clock: Clock;
  publishForMs: number;
}): SigningKeys {
  const { store, secrets, clock } = deps;
  let cache: { at: number; keys: SigningKeyRecord[] } | undefined;
  const privateKeys = new Map<string, CryptoKey>();
  /** The first key being made here: requests that find none meanwhile wait for it rather than make their own. */
  let creating: Promise<SigningKeyRecord> | undefined;

  async function load(force = false): Promise<SigningKeyRecord[]> {
    const now = clock.now();
    if (!force && cache && now - cache.at < CACHE_MS && now >= cache.at) return cache.keys;
    cache = { at: now, keys: await store.list() };
    return cache.keys;
  }

  async function newKey(): Promise<SigningKeyRecord> {
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const kid = newId('key');
    return {
      kid,
      publicJwk: JSON.stringify({ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' }),
      privateSealed: secrets.seal(JSON.stringify(await exportJWK(privateKey))),
      createdAt: clock.now(),
      retiredAt: null,
    };
  }

  /**
   * The first key, made once: a fleet's first check-ins arrive together, and each making its own key left as many
   * active keys, every token under one but the newest re-issued at its next read (and the key set that long).
   */
  function first(): Promise<SigningKeyRecord> {
    creating ??= newKey()
      .then((key) => store.insertIfNoneActive(key))
      .finally(() => {
        creating = undefined;
      });
    return creating;
  }

  const newestActive = (keys: SigningKeyRecord[]) =>
    keys.filter((k) => k.retiredAt === null).sort((a, b) => b.createdAt - a.createdAt || (a.kid < b.kid ? 1 : -1))[0];

  return {
    async current() {
      let key = newestActive(await load());
      if (!key) {
        key = newestActive(await load(true));
        if (!key) {
          key = await first();
          // The key set must list the new key at once, or the first token would not verify for a minute.
          cache = undefined;
        }
      }
      let privateKey = privateKeys.get(key.kid);
      if (!privateKey) {
        privateKey = (await importJWK(JSON.parse(secrets.open(key.privateSealed)) as JWK, 'EdDSA')) as CryptoKey;
        privateKeys.set(key.kid, privateKey);
      }
      return { kid: key.kid, privateKey };
    },
    async jwks() {
      const now = clock.now();
      const keys = (await load()).filter((k) => k.retiredAt === null || now - k.retiredAt < deps.publishForMs);
      return { keys: keys.map((k) => JSON.parse(k.publicJwk) as JWK) };
    },
    async rotate() {
      const key = await newKey();
      await store.rotateTo(key, clock.now());
      cache = undefined;
      return key.kid;
    },
  };
}
