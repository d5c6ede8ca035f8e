// Fetches the server's license keys (JWKS) when a token names a key the cache lacks; only connect and check-in do.
import { TesseraError, type DeviceStorePort, type KeyCache } from '../api.js';
import { pinnedSet, pinOf, pinSecretOf } from '../license/key-pin.js';
import { tokenKid } from '../license/token-verifier.js';
import { serverFailure, type Http } from './http.js';

/** The cached license keys of the server, and their refresh. */
export interface KeySync {
  /** Whether the cached keys hold the key that signed `token`. */
  knows(token: string): Promise<boolean>;
  /** Replaces the cached keys with the server's current set. */
  refresh(): Promise<void>;
}

/** Key fetching for connect and check-in; status() never calls it. */
export function createKeySync(deps: {
  http: Http;
  store: DeviceStorePort;
  server: string;
  clock: () => number;
}): KeySync {
  const { http, store, server, clock } = deps;
  return {
    async knows(token) {
      const kid = tokenKid(token);
      // A damaged key file is as good as none: the refresh that follows replaces it.
      const cache = pinnedSet(await store.readKeys(server).catch(() => undefined), server, await pinSecretOf(store));
      return kid !== undefined && cache !== undefined && cache.keys.some((k) => k.kid === kid);
    },
    async refresh() {
      const reply = await http.send('GET', '/v1/keys');
      if (reply.status !== 200) throw serverFailure(reply, 'Fetching the license keys');
      const keys = (reply.body as { keys?: unknown } | null)?.keys;
      if (!Array.isArray(keys) || !keys.every((k) => typeof k === 'object' && k !== null && !Array.isArray(k))) {
        throw new TesseraError('PROTOCOL', `${server}/v1/keys did not answer with a key set.`);
      }
      // The server keeps publishing a retired key until its tokens have expired, so its set replaces ours.
      // Pinned to the server that answered, so only a set fetched here is ever trusted (see offline-status).
      const set = keys as KeyCache['keys'];
      await store.writeKeys(server, {
        server,
        fetchedAt: new Date(clock()).toISOString(),
        keys: set,
        pin: pinOf(await pinSecretOf(store), server, set),
      });
    },
  };
}
