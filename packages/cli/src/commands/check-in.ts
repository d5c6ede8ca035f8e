// `tessera check-in`: gets the current license token from the server (re-issued, with a rotated device credential,
// when it changed or aged).
import { M } from '@tessera/protocol';
import type { Command } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { CliFailure } from '../failure.js';
import { notConnected } from '../not-connected.js';
import { when } from '../status-view.js';

export const checkInCommand: Command = async ({ open, out, t }) => {
  const app = await open();
  const result = await app.client.checkIn();
  if (result.ok) {
    out.result({
      appId: app.appId,
      server: app.server,
      outcome: result.outcome,
      status: result.status,
      nextCheckInSeconds: result.nextCheckInSeconds,
      planName: result.status.planName,
      choicePending: result.choicePending,
    });
    if (result.outcome === 'FELL_BACK_TO_FREE') out.line(t('fellBackToFree'));
    out.line(t('checkedIn', { plan: result.status.planName, expires: when(result.status.expiresAt) }));
    if (result.choicePending) out.line(t('choicePending'));
    out.line(t('nextCheckIn', { hours: Math.max(1, Math.round(result.nextCheckInSeconds / 3600)) }));
    return EXIT.OK;
  }
  const { status } = result;
  if (result.code === 'UNREACHABLE') {
    const seconds = result.retryAfterSeconds;
    const message =
      status.state !== 'connected'
        ? t('unreachable', { server: app.server })
        : seconds !== undefined
          ? t('serverBusy', { server: app.server, seconds, grace: when(status.graceUntil) })
          : t('offlineUntil', { server: app.server, grace: when(status.graceUntil) });
    out.warn(message);
    // A script reads when to try again from `retryAfterSeconds` (a server shedding load said so).
    const details = seconds !== undefined ? { status, retryAfterSeconds: seconds } : { status };
    throw new CliFailure(EXIT.UNREACHABLE, result.code, message, details, true);
  }
  // The server ended the connection (disconnected in the account, or the credential refused): said first.
  const ended =
    result.code === 'DEVICE_DISCONNECTED'
      ? t.id(M.ERR_DEVICE_DISCONNECTED)
      : result.code === 'DEVICE_CREDENTIAL_INVALID'
        ? t.id(M.ERR_DEVICE_CREDENTIAL_INVALID)
        : undefined;
  if (ended) out.line(ended);
  if (status.state === 'not_connected') throw notConnected(status, app, out, t, result.code);
  throw new CliFailure(EXIT.NOT_CONNECTED, result.code, ended ?? result.code, { status }, ended !== undefined);
};
