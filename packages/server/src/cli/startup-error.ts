// Says which setting to look at when the server cannot start on the database it was given.
import type { Config } from '../config/index.js';

/** Network failures and PostgreSQL's refusals at connection time (SQLSTATE class 28: authorization, 3D000: no such database). */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
  '3D000',
  '28000',
  '28P01',
]);

/** Where a URL points, without its password. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${u.username}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** A one-paragraph explanation for an error that has a known cause in the configuration, else undefined. */
export function explainStartupError(
  error: unknown,
  config: Pick<Config, 'databaseUrl' | 'dataDir'> | undefined,
): string | undefined {
  const e = error as { code?: string; message?: string };
  if (!config || !e?.code || !UNREACHABLE.has(e.code)) return undefined;
  if (config.databaseUrl) {
    return `Cannot use the PostgreSQL database at ${where(config.databaseUrl)} (TESSERA_DATABASE_URL): ${e.message}. Check that the server runs and that the user and database exist, or unset TESSERA_DATABASE_URL to use SQLite in ${config.dataDir}.`;
  }
  return undefined;
}
