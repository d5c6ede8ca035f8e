// Words for a license status: what `status`, `check-in`, `connect` and `run` print about it.
import type { ConnectedStatus, DoneStep, NotConnectedStatus } from '@tessera/sdk';
import type { CatalogKey } from './i18n/catalog-en.js';
import type { Translator } from './i18n/translate.js';

/** "2026-01-31 08:15 UTC": unambiguous in both languages. */
export function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The plan's name as the server gave it when connecting, else the one the license token carries. */
export function planNameOf(done: DoneStep): string {
  return done.view.result?.license?.planName ?? done.status.planName;
}

/** `planName`: the server's name for the plan (the license token carries it; tokens before issue 9 only the id). */
export function connectedLines(
  status: ConnectedStatus,
  appId: string,
  t: Translator,
  planName = status.planName,
): string[] {
  const lines = [t('connected', { plan: planName })];
  if (status.choicePending) lines.push(t('choicePending'));
  if (status.features.length) lines.push(t('features', { features: status.features.join(', ') }));
  lines.push(
    status.inGrace
      ? t('inGrace', { expires: when(status.expiresAt), grace: when(status.graceUntil) })
      : t('validUntil', { expires: when(status.expiresAt), grace: when(status.graceUntil) }),
  );
  lines.push(t('device', { device: status.deviceId, account: status.accountId, app: appId }));
  return lines;
}

export function reasonText(status: NotConnectedStatus, t: Translator): string {
  return t(`reason_${status.reason}` as CatalogKey);
}

export function notConnectedLines(status: NotConnectedStatus, appFlag: string, t: Translator): string[] {
  return [t('notConnected', { reason: reasonText(status, t) }), t('howToConnect', { appFlag })];
}
