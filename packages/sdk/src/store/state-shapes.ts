// Checks that parsed JSON really is the state it claims to be, and freezes it (stores hand out shared copies).
import type { AppState, DeviceState, KeyCache } from '../api.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Only the known fields are kept, so whatever else a file holds never reaches the app. */
export function appStateShape(v: unknown): AppState | undefined {
  if (!isObject(v)) return undefined;
  const fields = [
    'server',
    'appId',
    'deviceId',
    'accountId',
    'credential',
    'licenseToken',
    'connectedAt',
    'lastCheckInAt',
  ] as const;
  if (!fields.every((f) => isString(v[f]))) return undefined;
  const s = v as Record<(typeof fields)[number], string>;
  return Object.freeze({
    server: s.server,
    appId: s.appId,
    deviceId: s.deviceId,
    accountId: s.accountId,
    credential: s.credential,
    licenseToken: s.licenseToken,
    connectedAt: s.connectedAt,
    lastCheckInAt: s.lastCheckInAt,
  });
}

function endedShape(v: unknown): DeviceState['endedApps'] | null {
  if (v === undefined) return undefined;
  if (!isObject(v)) return null;
  const out: NonNullable<DeviceState['endedApps']> = {};
  for (const [appId, entry] of Object.entries(v)) {
    if (
      !isObject(entry) ||
      !isString(entry.at) ||
      (entry.code !== 'DEVICE_DISCONNECTED' && entry.code !== 'DEVICE_CREDENTIAL_INVALID')
    )
      return null;
    out[appId] = Object.freeze({ code: entry.code, at: entry.at });
  }
  return Object.freeze(out);
}

/** A device state, or undefined when `v` is not one (an unknown `endedApps` entry makes it not one). */
export function deviceStateShape(v: unknown): DeviceState | undefined {
  if (!isObject(v) || !isString(v.server) || !isString(v.deviceId) || !isString(v.accountHint)) return undefined;
  const shared = v.shared;
  if (shared !== null && !(isObject(shared) && isString(shared.appId) && isString(shared.credential))) return undefined;
  const ended = endedShape(v.endedApps);
  if (ended === null) return undefined;
  return Object.freeze({
    server: v.server,
    deviceId: v.deviceId,
    accountHint: v.accountHint,
    shared:
      shared === null
        ? null
        : Object.freeze({ appId: shared.appId as string, credential: shared.credential as string }),
    ...(ended ? { endedApps: ended } : {}),
  });
}

/** The secret that pins key sets (keys/pin.json). */
export function pinSecretShape(v: unknown): { secret: string } | undefined {
  return isObject(v) && isString(v.secret) && v.secret.length >= 32 ? Object.freeze({ secret: v.secret }) : undefined;
}

/** A key cache: when it was fetched and the JWKs, each a plain object. */
export function keyCacheShape(v: unknown): KeyCache | undefined {
  if (!isObject(v) || !isString(v.fetchedAt) || !Array.isArray(v.keys) || !v.keys.every(isObject)) return undefined;
  if ((v.server !== undefined && !isString(v.server)) || (v.pin !== undefined && !isString(v.pin))) return undefined;
  return Object.freeze({
    fetchedAt: v.fetchedAt,
    keys: Object.freeze(v.keys.map((k) => Object.freeze({ ...k }))) as KeyCache['keys'],
    ...(v.server !== undefined ? { server: v.server } : {}),
    ...(v.pin !== undefined ? { pin: v.pin } : {}),
  });
}
