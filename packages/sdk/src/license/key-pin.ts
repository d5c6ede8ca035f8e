// Key sets are trusted only as fetched: from the configured server's /v1/keys, bound to it by a keyed hash the SDK checks.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DeviceStorePort, KeyCache } from '../api.js';

/** The key of the pin for stores without a secret of their own (see DeviceStorePort.pinSecret). */
const UNKEYED = 'tessera-sdk-key-pin-v1';

export const pinSecretOf = async (store: DeviceStorePort): Promise<string> =>
  store.pinSecret ? store.pinSecret() : UNKEYED;

/** The pin of `keys` as fetched from `server`. */
export function pinOf(secret: string, server: string, keys: KeyCache['keys']): string {
  return createHmac('sha256', secret)
    .update('tessera key set\0')
    .update(JSON.stringify([server, keys]))
    .digest('base64url');
}

/** `cache` when it is `server`'s set exactly as the SDK stored it; undefined for anything else. */
export function pinnedSet(cache: KeyCache | undefined, server: string, secret: string): KeyCache | undefined {
  if (!cache || cache.server !== server || typeof cache.pin !== 'string') return undefined;
  const expected = Buffer.from(pinOf(secret, server, cache.keys));
  const found = Buffer.from(cache.pin);
  return expected.length === found.length && timingSafeEqual(expected, found) ? cache : undefined;
}
