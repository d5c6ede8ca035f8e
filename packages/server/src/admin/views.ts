// The operator API's views of accounts, devices and subscriptions (epoch milliseconds become ISO strings).
import { Type } from '@sinclair/typebox';
import type { Account } from '../identity/index.js';
import type { DeviceWithApps } from '../devices/index.js';
import type { AccountSubscription } from '../licensing/index.js';
import type { Subscription } from '../licensing/index.js';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));
const Time = Type.String({ format: 'date-time' });
const TimeOrNull = Type.Union([Time, Type.Null()]);

export const AccountView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  country: Type.String(),
  locale: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  factors: Type.Object({ phone: Type.Boolean(), totp: Type.Boolean() }),
  emailVerifiedAt: TimeOrNull,
  createdAt: Time,
  disabledAt: TimeOrNull,
});

export const accountView = (a: Account) => ({
  id: a.id,
  email: a.email,
  country: a.country,
  locale: a.locale,
  phone: a.phoneE164,
  factors: { phone: a.phoneVerifiedAt !== null, totp: a.totpSecretSealed !== null },
  emailVerifiedAt: isoOrNull(a.emailVerifiedAt),
  createdAt: iso(a.createdAt),
  disabledAt: isoOrNull(a.disabledAt),
});

export const DeviceView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  platform: Type.String(),
  connected: Type.Boolean(),
  createdAt: Time,
  lastSeenAt: Time,
  disconnectedAt: TimeOrNull,
  apps: Type.Array(
    Type.Object({
      appId: Type.String(),
      planId: Type.String(),
      subscriptionId: Type.Union([Type.String(), Type.Null()]),
      connectedAt: Time,
      lastCheckInAt: Time,
      revokedAt: TimeOrNull,
    }),
  ),
});

export const deviceView = (d: DeviceWithApps) => ({
  id: d.id,
  name: d.name,
  platform: d.platform,
  connected: d.disconnectedAt === null,
  createdAt: iso(d.createdAt),
  lastSeenAt: iso(d.lastSeenAt),
  disconnectedAt: isoOrNull(d.disconnectedAt),
  apps: d.apps.map((a) => ({
    appId: a.appId,
    planId: a.planId,
    subscriptionId: a.subscriptionId,
    connectedAt: iso(a.createdAt),
    lastCheckInAt: iso(a.lastCheckInAt),
    revokedAt: isoOrNull(a.revokedAt),
  })),
});

export const SubscriptionView = Type.Object({
  id: Type.String(),
  ownerAccountId: Type.String(),
  planId: Type.String(),
  status: Type.String(),
  source: Type.String(),
  startsAt: Time,
  endsAt: TimeOrNull,
  seatsUsed: Type.Integer(),
  membersUsed: Type.Integer(),
});

export const subscriptionView = (s: Subscription) => ({
  id: s.id,
  ownerAccountId: s.ownerAccountId,
  planId: s.planId,
  status: s.status,
  source: s.source,
  startsAt: iso(s.startsAt),
  endsAt: isoOrNull(s.endsAt),
  seatsUsed: s.seatsUsed,
  membersUsed: s.membersUsed,
});

export const AccountSubscriptionView = Type.Object({
  subscription: SubscriptionView,
  role: Type.String(),
  seatsTotal: Type.Integer(),
  /** Devices of this account holding one of its seats. */
  heldBy: Type.Array(Type.String()),
});

export const accountSubscriptionView = (a: AccountSubscription, devices: DeviceWithApps[]) => ({
  subscription: subscriptionView(a.subscription),
  role: a.role,
  seatsTotal: a.seatsTotal,
  heldBy: devices
    .filter(
      (d) =>
        d.disconnectedAt === null && d.apps.some((x) => x.revokedAt === null && x.subscriptionId === a.subscription.id),
    )
    .map((d) => d.id),
});
