// The one place the server process's environment is read: the binary asks for its config here, never for process.env.
import { loadConfig } from './load-config.js';
import type { Config } from './schema.js';

export function loadProcessConfig(options: Omit<Parameters<typeof loadConfig>[0] & object, 'env'> = {}): Config {
  return loadConfig({ ...options, env: process.env });
}
