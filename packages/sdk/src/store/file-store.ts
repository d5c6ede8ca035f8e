// The default device store: a vendor-level folder (device.json, apps/<appId>.json, keys/<server hash>.json, keys/pin.json).
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TesseraError, type AppState, type DeviceState, type DeviceStorePort, type KeyCache } from '../api.js';
import { isAppId } from '../app-id.js';
import { createFileOnce, removeFile, writeFileAtomic } from './atomic-write.js';
import { GuardedJsonFile } from './guarded-file.js';
import { resolveHome } from './home.js';
import { appStateShape, deviceStateShape, keyCacheShape, pinSecretShape } from './state-shapes.js';

/** What {@link createFileStore} takes. */
export interface FileStoreOptions {
  /** The folder; defaults to TESSERA_HOME, else `$XDG_CONFIG_HOME/tessera`, else `~/.config/tessera`. */
  home?: string;
  /** Where TESSERA_HOME and XDG_CONFIG_HOME are read (default: this process's environment); a CLI passes its own. */
  env?: NodeJS.ProcessEnv;
}

/** A {@link DeviceStorePort} on files, and where they are. */
export interface FileStore extends DeviceStorePort {
  /** The folder in use (absolute). */
  readonly home: string;
  listApps(): Promise<string[]>;
}

function checkAppId(appId: string): string {
  if (!isAppId(appId))
    throw new TesseraError(
      'INVALID_OPTIONS',
      `"${appId}" is not an app id (lowercase letters, digits, . _ -, at most 64).`,
    );
  return appId;
}

/** Servers are named by a hash so any URL makes a safe, fixed-length file name. */
const serverFileName = (server: string) => `${createHash('sha256').update(server).digest('hex').slice(0, 32)}.json`;

const serialise = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The default store: files created 0600 in a 0700 folder, written atomically, each app's state beside the
 * device state. TESSERA_HOME is read here, once; an explicit `home` wins over it.
 */
export function createFileStore(options: FileStoreOptions = {}): FileStore {
  const home = resolveHome(options.home, options.env);
  const device = new GuardedJsonFile(join(home, 'device.json'), deviceStateShape, 'a device state');
  const apps = new Map<string, GuardedJsonFile<AppState>>();
  const keys = new Map<string, GuardedJsonFile<KeyCache>>();
  const pin = new GuardedJsonFile(join(home, 'keys', 'pin.json'), pinSecretShape, 'the key-set pin secret');

  const appFile = (appId: string) => {
    let file = apps.get(appId);
    if (!file)
      apps.set(
        appId,
        (file = new GuardedJsonFile(join(home, 'apps', `${checkAppId(appId)}.json`), appStateShape, 'an app state')),
      );
    return file;
  };
  const keyFile = (server: string) => {
    let file = keys.get(server);
    if (!file)
      keys.set(
        server,
        (file = new GuardedJsonFile(join(home, 'keys', serverFileName(server)), keyCacheShape, 'a key set')),
      );
    return file;
  };
  const write = async (file: GuardedJsonFile<unknown>, value: unknown) => {
    await writeFileAtomic(file.path, serialise(value));
    file.invalidate();
  };

  return {
    home,
    readDevice: async () => device.read(),
    writeDevice: (state) => write(device, state),
    readApp: async (appId) => appFile(appId).read(),
    writeApp: (appId, state) => write(appFile(appId), state),
    async removeApp(appId) {
      const file = appFile(appId);
      await removeFile(file.path);
      file.invalidate();
    },
    readKeys: async (server) => keyFile(server).read(),
    writeKeys: (server, cache) => write(keyFile(server), cache),
    async pinSecret() {
      const found = pin.read();
      if (found) return found.secret;
      // Made once per folder; a racing process may make it first, and then its secret is the one.
      await createFileOnce(pin.path, serialise({ secret: randomBytes(32).toString('base64url') }));
      pin.invalidate();
      return pin.read()!.secret;
    },
    async listApps() {
      let names: string[];
      try {
        names = readdirSync(join(home, 'apps'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw new TesseraError(
          'STORE_CORRUPT',
          `Cannot list ${join(home, 'apps')} (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
          { cause: error },
        );
      }
      // Temp files start with a dot and never match; neither does anything that is not an app's file.
      return names
        .filter((n) => n.endsWith('.json') && isAppId(n.slice(0, -5)))
        .map((n) => n.slice(0, -5))
        .sort();
    },
  };
}
