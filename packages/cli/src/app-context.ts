// Which app and server a command speaks for, and the SDK client for them (the device store is the SDK's own).
import {
  createClient,
  createFileStore,
  isAppId,
  normaliseServer,
  type DeviceStorePort,
  type TesseraClient,
} from '@tessera/sdk';
import type { Locale } from '@tessera/protocol';
import type { Options } from './args.js';
import { EXIT } from './exit-codes.js';
import { CliFailure } from './failure.js';
import type { Translator } from './i18n/translate.js';

/** The reference app's own id; `--app` lets one machine play any other app of the vendor. */
export const DEFAULT_APP_ID = 'app.tessera-cli';
export const DEFAULT_SERVER = 'http://127.0.0.1:3000';

export interface AppContext {
  appId: string;
  server: string;
  client: TesseraClient;
  /** ` --app ID` when the app is not the default, for the commands the CLI suggests. */
  appFlag: string;
}

function checkServer(server: string, t: Translator): string {
  try {
    return normaliseServer(server);
  } catch {
    throw new CliFailure(EXIT.USAGE, 'USAGE', t('badServer', { server }));
  }
}

export function checkAppId(options: Options, t: Translator): string {
  const appId = options.app ?? DEFAULT_APP_ID;
  if (!isAppId(appId)) throw new CliFailure(EXIT.USAGE, 'USAGE', t('badApp', { app: appId }));
  return appId;
}

/** --server, else the server this app or the device was connected to, else TESSERA_SERVER, else the local default. */
async function resolveServer(
  options: Options,
  appId: string,
  store: DeviceStorePort,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  if (options.server !== undefined) return options.server;
  const app = await store.readApp(appId);
  if (app?.server) return app.server;
  const device = await store.readDevice();
  if (device?.server) return device.server;
  return env.TESSERA_SERVER || DEFAULT_SERVER;
}

export async function openApp(
  options: Options,
  env: NodeJS.ProcessEnv,
  t: Translator,
  locale: Locale,
): Promise<AppContext> {
  const appId = checkAppId(options, t);
  const store = createFileStore({ env });
  const server = checkServer(await resolveServer(options, appId, store, env), t);
  const client = createClient({ server, appId, store, locale });
  return { appId, server, client, appFlag: appId === DEFAULT_APP_ID ? '' : ` --app ${appId}` };
}
