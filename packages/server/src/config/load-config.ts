// Reads configuration from the environment and an optional JSON file, validates it, freezes it.
import { readFileSync } from 'node:fs';
import { Value } from '@sinclair/typebox/value';
import { ConfigSchema, type Config } from './schema.js';

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;
type Mutable = Record<string, unknown>;

const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const bool = (v: string) => (/^(1|true|yes|on)$/i.test(v) ? true : /^(0|false|no|off)$/i.test(v) ? false : v);
const num = (v: string) => (/^-?\d+$/.test(v.trim()) ? Number(v) : v);

/** Environment variable → where it lands in the config object, and how it is parsed. */
export const ENV_MAP: Array<[string, string[], (v: string) => unknown]> = [
  ['TESSERA_PORT', ['port'], num],
  ['TESSERA_HOST', ['host'], String],
  ['TESSERA_DATA_DIR', ['dataDir'], String],
  ['TESSERA_DATABASE_URL', ['databaseUrl'], String],
  ['TESSERA_SQLITE_CACHE_MB', ['sqliteCacheMegabytes'], num],
  ['TESSERA_REDIS_URL', ['redisUrl'], String],
  ['TESSERA_REDIS_PREFIX', ['redisKeyPrefix'], String],
  ['TESSERA_BASE_URL', ['baseUrl'], String],
  ['TESSERA_TRUSTED_PROXIES', ['trustedProxies'], list],
  ['TESSERA_CORS_ORIGINS', ['corsOrigins'], list],
  ['TESSERA_DEV', ['dev'], bool],
  ['TESSERA_LOG_LEVEL', ['logLevel'], String],
  ['TESSERA_PRODUCT_NAME', ['productName'], String],
  ['TESSERA_SMS_COUNTRIES', ['sms', 'allowedCountries'], (v) => list(v).map((c) => c.toUpperCase())],
  ['TESSERA_PASSKEY_RP_ID', ['passkeys', 'rpId'], (v) => v.toLowerCase()],
  ['TESSERA_PASSKEY_RP_NAME', ['passkeys', 'rpName'], String],
  ['TESSERA_PASSKEY_ORIGINS', ['passkeys', 'origins'], list],
  ['TESSERA_SMTP_URL', ['email', 'smtpUrl'], String],
  ['TESSERA_EMAIL_FROM', ['email', 'from'], String],
];

function setPath(target: Mutable, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Mutable;
  }
  node[path[path.length - 1]!] = value;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * Builds the config: the schema's defaults ← `defaults` (e.g. the demo's roomier quotas) ← file (`TESSERA_CONFIG_FILE`)
 * ← environment ← overrides.
 */
export function loadConfig(
  options: { env?: Env; defaults?: Record<string, unknown>; overrides?: Record<string, unknown> } = {},
): Config {
  const env = options.env ?? {};
  let raw: Mutable = {};
  const file = env.TESSERA_CONFIG_FILE;
  if (file) {
    try {
      raw = JSON.parse(readFileSync(file, 'utf8')) as Mutable;
    } catch (error) {
      throw new ConfigError([`TESSERA_CONFIG_FILE ${file}: ${(error as Error).message}`]);
    }
  }
  raw = mergeDeep(options.defaults ?? {}, raw);
  for (const [name, path, parse] of ENV_MAP) {
    const value = env[name];
    if (value !== undefined && value !== '') setPath(raw, path, parse(value));
  }
  const smsUrl = env.TESSERA_SMS_PROVIDER_URL;
  if (smsUrl) {
    setPath(raw, ['sms', 'provider'], {
      kind: 'http',
      baseUrl: smsUrl,
      accountSid: env.TESSERA_SMS_ACCOUNT_SID ?? '',
      authToken: env.TESSERA_SMS_AUTH_TOKEN ?? '',
      from: env.TESSERA_SMS_FROM ?? '',
    });
  }
  raw = mergeDeep(raw, options.overrides ?? {});
  const withDefaults = Value.Default(ConfigSchema, raw);
  const problems = [...Value.Errors(ConfigSchema, withDefaults)].map(
    (e) => `${e.path || '(root)'}: ${e.message}${e.schema.description ? ` (${e.schema.description})` : ''}`,
  );
  if (problems.length) throw new ConfigError(problems);
  return deepFreeze(withDefaults as Config);
}

function mergeDeep(base: Mutable, extra: Record<string, unknown>): Mutable {
  const out: Mutable = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] =
      value &&
      typeof value === 'object' &&
      !Array.isArray(value) &&
      current &&
      typeof current === 'object' &&
      !Array.isArray(current)
        ? mergeDeep(current as Mutable, value as Record<string, unknown>)
        : value;
  }
  return out;
}
