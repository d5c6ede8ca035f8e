// Turns a verified token's claims into a status for this app, device and moment (the cheap, per-call part).
import type { ConnectedStatus, NotConnectedStatus, Status } from '../api.js';
import type { LicenseClaims } from './token-verifier.js';

/** English texts; apps translate by `reason`. */
const NOT_CONNECTED_MESSAGES: Record<NotConnectedStatus['reason'], string> = {
  NO_CREDENTIAL: 'This app is not connected on this device.',
  TOKEN_INVALID: 'The stored license is not valid: it was altered or was not issued by this server. Connect again.',
  TOKEN_EXPIRED: 'The license expired and its offline grace period is over. Check in (online) to renew it.',
  WRONG_DEVICE: 'The stored license belongs to another device. Connect again.',
  WRONG_APP: 'The stored license belongs to another app. Connect again.',
  KEY_UNKNOWN:
    'The license was signed with a key this device does not know yet. Check in (online) to fetch the current keys.',
  DISCONNECTED: 'This app was disconnected from the account (or the device was). Connect again.',
};

/** A not-connected status with its standard message, or a more precise one. */
export function notConnected(
  reason: NotConnectedStatus['reason'],
  message = NOT_CONNECTED_MESSAGES[reason],
): NotConnectedStatus {
  return { state: 'not_connected', reason, message };
}

/** Builds the connected status once per token: only `inGrace` depends on the time. */
function connectedStatus(claims: LicenseClaims, inGrace: boolean): ConnectedStatus {
  return {
    state: 'connected',
    plan: claims.plan,
    planName: claims.planName,
    choicePending: claims.choicePending,
    features: [...claims.features],
    subscriptionId: claims.subscriptionId,
    expiresAt: new Date(claims.expiresAt).toISOString(),
    graceUntil: new Date(claims.expiresAt + claims.graceMs).toISOString(),
    deviceId: claims.deviceId,
    accountId: claims.accountId,
    inGrace,
  };
}

/** The token must name this app (claim and audience) and this device, and be within its expiry plus grace. */
export function evaluateClaims(
  claims: LicenseClaims,
  expect: { appId: string; deviceId: string; now: number },
): Status {
  if (claims.appId !== expect.appId || !claims.audiences.includes(expect.appId)) return notConnected('WRONG_APP');
  if (claims.deviceId !== expect.deviceId) return notConnected('WRONG_DEVICE');
  if (!Number.isFinite(expect.now) || expect.now >= claims.expiresAt + claims.graceMs)
    return notConnected('TOKEN_EXPIRED');
  return connectedStatus(claims, expect.now >= claims.expiresAt);
}
