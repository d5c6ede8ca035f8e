// Row mapping shared by the licensing SQL stores: plans and subscriptions between their table and domain shapes.
import type { Insertable, Selectable } from 'kysely';
import type { Plan, SubscriptionRecord, SubscriptionSource } from '../licensing/index.js';
import type { Database } from './tables.js';

export const toPlan = (r: Selectable<Database['plans']>): Plan => ({
  id: r.id,
  name: r.name,
  deviceLimit: r.device_limit,
  memberLimit: r.member_limit,
  features: JSON.parse(r.features) as string[],
  termDays: r.term_days,
});

export const toSubscription = (r: Selectable<Database['subscriptions']>): SubscriptionRecord => ({
  id: r.id,
  ownerAccountId: r.owner_account_id,
  planId: r.plan_id,
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  source: r.source as SubscriptionSource,
  sourceRef: r.source_ref,
  seatsUsed: r.seats_used,
  membersUsed: r.members_used,
  revokedAt: r.revoked_at,
  createdAt: r.created_at,
});

export const fromSubscription = (s: SubscriptionRecord): Insertable<Database['subscriptions']> => ({
  id: s.id,
  owner_account_id: s.ownerAccountId,
  plan_id: s.planId,
  starts_at: s.startsAt,
  ends_at: s.endsAt,
  source: s.source,
  source_ref: s.sourceRef,
  seats_used: s.seatsUsed,
  members_used: s.membersUsed,
  revoked_at: s.revokedAt,
  created_at: s.createdAt,
});
