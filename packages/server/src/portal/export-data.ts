// "Download my data": everything the service keeps about the person, as one JSON document (no secrets or hashes).
import type { HttpServices } from '../http/types.js';
import type { Account, AccountDeletionRecord } from '../identity/index.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** `deletion` is the account's pending deletion, already read for the request. */
export async function exportData(
  services: HttpServices,
  account: Account,
  deletion: AccountDeletionRecord | undefined,
) {
  const [sessions, devices, subscriptions, acceptances, events] = await Promise.all([
    services.sessions.list(account.id),
    services.deviceStore.listDevices(account.id),
    services.licensing.listForAccount(account.id),
    services.consent.acceptances(account.id),
    services.audit.listForAccount(account.id, { limit: 1000 }),
  ]);
  return {
    exportedAt: iso(services.clock.now()),
    account: {
      id: account.id,
      email: account.email,
      country: account.country,
      locale: account.locale,
      createdAt: iso(account.createdAt),
      emailVerifiedAt: iso(account.emailVerifiedAt),
      passwordChangedAt: iso(account.passwordChangedAt),
      phone: account.phoneVerifiedAt ? account.phoneE164 : null,
      authenticatorApp: account.totpSecretSealed !== null,
      deletionScheduledFor: deletion ? iso(deletion.purgeAt) : null,
    },
    sessions: sessions.map((s) => ({
      id: s.id,
      createdAt: iso(s.createdAt),
      lastSeenAt: iso(s.lastSeenAt),
      expiresAt: iso(s.expiresAt),
      ip: s.ip,
      userAgent: s.userAgent,
    })),
    devices: await Promise.all(
      devices.map(async (d) => ({
        id: d.id,
        name: d.name,
        platform: d.platform,
        createdAt: iso(d.createdAt),
        lastSeenAt: iso(d.lastSeenAt),
        disconnectedAt: iso(d.disconnectedAt),
        apps: (await services.deviceStore.listConnections(d.id)).map((c) => ({
          appId: c.appId,
          plan: c.planId,
          subscriptionId: c.subscriptionId,
          connectedAt: iso(c.createdAt),
          lastCheckInAt: iso(c.lastCheckInAt),
          revokedAt: iso(c.revokedAt),
        })),
      })),
    ),
    subscriptions: subscriptions.map((x) => ({
      id: x.subscription.id,
      plan: x.plan.name,
      role: x.role,
      status: x.subscription.status,
      source: x.subscription.source,
      startsAt: iso(x.subscription.startsAt),
      endsAt: iso(x.subscription.endsAt),
      devicesUsed: x.seatsUsed,
      devicesTotal: x.seatsTotal,
    })),
    statementsAccepted: acceptances.map((a) => ({
      region: a.region,
      version: a.version,
      locale: a.locale,
      acceptedAt: iso(a.acceptedAt),
      deviceId: a.deviceId,
      appId: a.appId,
      ip: a.ip,
    })),
    securityEvents: events.map((e) => ({ type: e.type, at: iso(e.createdAt), ip: e.ip, userAgent: e.userAgent })),
  };
}
