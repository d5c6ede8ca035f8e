// status(): the stored token checked against the cached keys, without the network, in a few microseconds when warm.
import type { DeviceStorePort, KeyCache, Status } from '../api.js';
import { evaluateClaims, notConnected } from './evaluate.js';
import { KeyRing } from './key-ring.js';
import { pinnedSet, pinSecretOf } from './key-pin.js';
import { verifyTokenSignature, type SignatureCheck } from './token-verifier.js';

/** What the offline check needs of the client. */
export interface OfflineStatusDeps {
  store: DeviceStorePort;
  server: string;
  appId: string;
  clock: () => number;
}

/**
 * The signature is checked once per (token, key set): both are immutable, so the result is too. What depends
 * on the time (expiry, grace) and on the stored device id is checked at every call.
 */
export function createOfflineStatus(deps: OfflineStatusDeps): () => Promise<Status> {
  const { store, server, appId, clock } = deps;
  const ring = new KeyRing();
  let memo: { token: string; keys: unknown; check: SignatureCheck } | undefined;
  // Stores hand out the same cache object while its file is unchanged, so the pin is checked once per version.
  let pinned: { cache: KeyCache | undefined; trusted: KeyCache | undefined } | undefined;

  /** The key set fetched from `server` by the SDK itself, or undefined (a planted or foreign set is not used). */
  async function trustedKeys(): Promise<KeyCache | undefined> {
    const cache = await store.readKeys(server);
    if (!pinned || pinned.cache !== cache)
      pinned = { cache, trusted: pinnedSet(cache, server, await pinSecretOf(store)) };
    return pinned.trusted;
  }

  async function whyNotConnected(): Promise<Status> {
    const device = await store.readDevice().catch(() => undefined);
    const ended = device?.server === server ? device.endedApps?.[appId] : undefined;
    return notConnected(ended ? 'DISCONNECTED' : 'NO_CREDENTIAL');
  }

  return async function status(): Promise<Status> {
    const app = await store.readApp(appId);
    if (!app) return whyNotConnected();
    if (app.server !== server)
      return notConnected('NO_CREDENTIAL', `This app is connected to another server (${app.server}), not ${server}.`);
    const keys = ring.keysOf(await trustedKeys());
    if (!memo || memo.token !== app.licenseToken || memo.keys !== keys) {
      memo = { token: app.licenseToken, keys, check: verifyTokenSignature(app.licenseToken, (kid) => keys.get(kid)) };
    }
    const { check } = memo;
    if (!check.ok) return notConnected(check.reason);
    return evaluateClaims(check.claims, { appId, deviceId: app.deviceId, now: clock() });
  };
}
