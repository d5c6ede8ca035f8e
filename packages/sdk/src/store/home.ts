// Where the vendor-level folder lives: an explicit option, else TESSERA_HOME, else the XDG config folder.
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * The folder shared by the vendor's apps for this OS user. Read once, by the store's factory: the environment
 * can change under a long-running app, but its store must not move.
 */
export function resolveHome(explicit: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return resolve(explicit);
  if (env.TESSERA_HOME) return resolve(env.TESSERA_HOME);
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'tessera');
  return join(homedir(), '.config', 'tessera');
}
