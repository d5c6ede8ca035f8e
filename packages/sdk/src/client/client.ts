// createClient(): wires the store, the server connection, the flow driver and the offline check into one client.
import { TesseraError, type ClientOptions, type TesseraClient } from '../api.js';
import { isAppId } from '../app-id.js';
import { createFlowApi } from '../flow/flow-api.js';
import { createOfflineStatus } from '../license/offline-status.js';
import { createFileStore } from '../store/file-store.js';
import { createCheckIn } from './check-in.js';
import { createConnectDriver } from './connect-driver.js';
import { clean, defaultDevice } from './device-info.js';
import { createDeviceCodeConnect } from './device-code.js';
import { createDisconnect } from './disconnect.js';
import { createHttp } from './http.js';
import { createKeySync } from './key-sync.js';
import { createLocalState } from './local-state.js';
import { serialQueue } from './serial.js';

const DEFAULT_TIMEOUT_MS = 15_000;

/** One spelling per server, so the state written under it is found again: origin + path, no trailing slash. */
export function normaliseServer(server: string): string {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw new TesseraError('INVALID_OPTIONS', `"${server}" is not a server URL (e.g. https://accounts.example.com).`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new TesseraError('INVALID_OPTIONS', `The server URL must be http(s), not ${url.protocol}`);
  if (url.username || url.password || url.search || url.hash)
    throw new TesseraError('INVALID_OPTIONS', 'The server URL must not carry credentials, a query or a fragment.');
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/** `ms` × a random factor in [0.8, 1.2]: apps started together spread their check-ins. */
export function jitteredDelay(seconds: number, random: () => number = Math.random): number {
  const base = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
  return Math.round(base * (0.8 + 0.4 * random()));
}

/**
 * Creates the client an app uses to connect, check its license offline, check in and disconnect. No network
 * or disk access happens until a method is called.
 *
 * @example
 * const tessera = createClient({ server: 'https://accounts.example.com', appId: 'app.secure' });
 * if ((await tessera.status()).state !== 'connected') { let step = await tessera.connect(); ... }
 */
export function createClient(options: ClientOptions): TesseraClient {
  const server = normaliseServer(options.server);
  if (!isAppId(options.appId)) {
    throw new TesseraError(
      'INVALID_OPTIONS',
      `"${options.appId}" is not an app id (lowercase letters, digits, . _ -, at most 64, starting with a letter or digit).`,
    );
  }
  const appId = options.appId;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function')
    throw new TesseraError('INVALID_OPTIONS', 'No fetch is available: pass `fetch` in the options.');
  const store = options.store ?? createFileStore();
  const clock = options.clock ?? Date.now;
  const locale = options.locale;
  const device = options.device
    ? {
        name: clean(options.device.name, 100) || 'This device',
        platform: clean(options.device.platform, 40) || 'unknown',
      }
    : defaultDevice();

  const http = createHttp({ server, fetch: fetchImpl, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, locale });
  const serial = serialQueue();
  const status = createOfflineStatus({ store, server, appId, clock });
  const local = createLocalState({ store, server, appId, clock });
  const keys = createKeySync({ http, store, server, clock });
  const driver = createConnectDriver({
    flows: createFlowApi(http),
    store,
    server,
    appId,
    locale,
    device,
    local,
    keys,
    status,
    serial,
  });
  const checkIn = createCheckIn({ http, store, server, appId, local, keys, status });
  const disconnect = createDisconnect({ http, store, server, appId, local });

  return {
    connect: driver.connect,
    signUp: driver.signUp,
    connectWithDeviceCode: createDeviceCodeConnect({
      http,
      appId,
      device,
      locale,
      clock,
      finish: driver.finishConnect,
    }),
    status,
    checkIn: () => serial(checkIn),
    disconnect: () => serial(disconnect),
    nextCheckInDelay: (seconds) => jitteredDelay(seconds),
  };
}
