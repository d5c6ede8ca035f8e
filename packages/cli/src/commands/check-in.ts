// `tessera check-in`: refreshes the license token with the server (and rotates the device credential).
import { M } from '@tessera/protocol';
import type { Command } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { notConnectedLines, when } from '../status-view.js';

export const checkInCommand: Command = async ({ open, out, t }) => {
  const app = await open();
  const result = await app.client.checkIn();
  out.result({ ...result, appId: app.appId, server: app.server });
  if (result.ok) {
    if (result.outcome === 'FELL_BACK_TO_FREE') out.line(t('fellBackToFree'));
    out.line(t('checkedIn', { plan: result.status.plan, expires: when(result.status.expiresAt) }));
    out.line(t('nextCheckIn', { hours: Math.max(1, Math.round(result.nextCheckInSeconds / 3600)) }));
    return EXIT.OK;
  }
  if (result.code === 'UNREACHABLE') {
    out.warn(result.status.state === 'connected'
      ? t('offlineUntil', { server: app.server, grace: when(result.status.graceUntil) })
      : t('unreachable', { server: app.server }));
    return EXIT.UNREACHABLE;
  }
  if (result.code === 'DEVICE_DISCONNECTED') out.line(t.id(M.ERR_DEVICE_DISCONNECTED));
  else if (result.code === 'DEVICE_CREDENTIAL_INVALID') out.line(t.id(M.ERR_DEVICE_CREDENTIAL_INVALID));
  if (result.status.state === 'not_connected') for (const line of notConnectedLines(result.status, app.appFlag, t)) out.line(line);
  return EXIT.NOT_CONNECTED;
};
