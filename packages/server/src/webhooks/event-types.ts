// The events Tessera tells a vendor's systems about, and the data each carries (the `data` of a webhook body).

export interface WebhookEventData {
  'account.created': { accountId: string; email: string; country: string };
  'account.deleted': { accountId: string };
  'device.connected': {
    accountId: string;
    deviceId: string;
    deviceName: string;
    platform: string;
    appId: string;
    planId: string;
    subscriptionId: string | null;
  };
  /** `by`: the account (portal, API) or the last app on the device leaving. */
  'device.disconnected': { accountId: string; deviceId: string; by: 'account' | 'app' };
  'subscription.created': {
    accountId: string;
    subscriptionId: string;
    planId: string;
    source: 'code' | 'grant' | 'family';
    endsAt: number | null;
  };
  /** Sent once per subscription, when the first app on it fell back to Free (ended or revoked). */
  'subscription.ended': { accountId: string; subscriptionId: string; planId: string | null; status: string };
  'code.redeemed': { accountId: string; subscriptionId: string; batchId: string | null; planId: string };
  /** An operator revoked it (its apps fall back to Free at their next check-in). */
  'subscription.revoked': { accountId: string; subscriptionId: string; planId: string };
  /**
   * An operator gave it to another account (`accountId`, the new owner): the devices of `fromAccountId` lost their
   * seats and fall back at their next check-in.
   */
  'subscription.transferred': {
    accountId: string;
    fromAccountId: string;
    subscriptionId: string;
    planId: string;
    seatsFreed: number;
  };
}

export type WebhookEventType = keyof WebhookEventData;

export const WEBHOOK_EVENT_TYPES = [
  'account.created',
  'account.deleted',
  'device.connected',
  'device.disconnected',
  'subscription.created',
  'subscription.ended',
  'code.redeemed',
  'subscription.revoked',
  'subscription.transferred',
] as const satisfies readonly WebhookEventType[];

export const isWebhookEventType = (value: string): value is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);

/** Reads a comma-separated or listed set of event types; every one must be known, at least one given. */
export function parseEventTypes(
  input: string | readonly string[],
): { ok: true; types: WebhookEventType[] } | { ok: false; problem: string } {
  const list = (typeof input === 'string' ? input.split(',') : input).map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) return { ok: false, problem: `events: at least one of ${WEBHOOK_EVENT_TYPES.join(', ')}` };
  const unknown = list.filter((t) => !isWebhookEventType(t));
  if (unknown.length)
    return {
      ok: false,
      problem: `unknown event types: ${unknown.join(', ')} (known: ${WEBHOOK_EVENT_TYPES.join(', ')})`,
    };
  return { ok: true, types: WEBHOOK_EVENT_TYPES.filter((t) => list.includes(t)) };
}
