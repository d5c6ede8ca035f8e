// "Download my data": everything the service keeps about the person, as one JSON document (no secrets or hashes).
import type { Clock } from '../common/index.js';
import type { AuditTrail } from '../audit/index.js';
import type { ConsentService } from '../consent/index.js';
import type { AccountDevices } from '../devices/index.js';
import type { Account, AccountDeletionRecord } from '../identity/index.js';
import type { Licensing } from '../licensing/index.js';
import type { SessionService } from '../sessions/index.js';

export interface ExportDeps {
  clock: Clock;
  sessions: Pick<SessionService, 'list'>;
  devices: Pick<AccountDevices, 'list'>;
  licensing: Pick<Licensing, 'listForAccount'>;
  consent: Pick<ConsentService, 'acceptances'>;
  audit: AuditTrail;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** `deletion` is the account's pending deletion, already read for the request. */
export async function exportData(deps: ExportDeps, account: Account, deletion: AccountDeletionRecord | undefined) {
  const [sessions, devices, subscriptions, acceptances, events] = await Promise.all([
    deps.sessions.list(account.id),
    deps.devices.list(account.id),
    deps.licensing.listForAccount(account.id),
    deps.consent.acceptances(account.id),
    deps.audit.recent(account.id, 1000),
  ]);
  return {
    exportedAt: iso(deps.clock.now()),
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
    devices: devices.map((d) => ({
      id: d.id,
      name: d.name,
      platform: d.platform,
      createdAt: iso(d.createdAt),
      lastSeenAt: iso(d.lastSeenAt),
      disconnectedAt: iso(d.disconnectedAt),
      apps: d.apps.map((c) => ({
        appId: c.appId,
        plan: c.planId,
        subscriptionId: c.subscriptionId,
        connectedAt: iso(c.createdAt),
        lastCheckInAt: iso(c.lastCheckInAt),
        revokedAt: iso(c.revokedAt),
      })),
    })),
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
