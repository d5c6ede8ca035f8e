// The licensing model: plans, subscriptions, code batches and family invitations, and how status follows from the clock.
export interface Plan {
  id: string;
  name: string;
  /** Devices that may use one subscription of the plan at once (its seats). */
  deviceLimit: number;
  /** People using one subscription, the owner included: 1 means not shared. */
  memberLimit: number;
  features: string[];
  /** Length of a subscription in days; 0: it never ends. */
  termDays: number;
}

/** The plan every account has without a subscription; seeded by the migration and never removed. */
export const FREE_PLAN_ID = 'free';

export type SubscriptionStatus = 'active' | 'expired' | 'revoked';
export type SubscriptionSource = 'activation_code' | 'admin';

export interface Subscription {
  id: string;
  ownerAccountId: string;
  planId: string;
  startsAt: number;
  /** null: no end. */
  endsAt: number | null;
  /** `expired` is read from `endsAt` and the clock, so nothing has to run when a subscription ends. */
  status: SubscriptionStatus;
  source: SubscriptionSource;
  /** The activation batch, or the operator's note for an admin grant. */
  sourceRef: string | null;
  seatsUsed: number;
  /** People sharing it besides the owner. */
  membersUsed: number;
}

/** A subscription as stored: revocation is a fact, expiry is not stored. */
export interface SubscriptionRecord extends Omit<Subscription, 'status'> {
  revokedAt: number | null;
  createdAt: number;
}

export function statusAt(s: Pick<SubscriptionRecord, 'revokedAt' | 'endsAt'>, now: number): SubscriptionStatus {
  if (s.revokedAt !== null) return 'revoked';
  return s.endsAt !== null && s.endsAt <= now ? 'expired' : 'active';
}

export function subscriptionAt(record: SubscriptionRecord, now: number): Subscription {
  const { revokedAt: _revoked, createdAt: _created, ...rest } = record;
  return { ...rest, status: statusAt(record, now) };
}

export interface ActivationBatch {
  id: string;
  planId: string;
  termDays: number;
  count: number;
  note: string | null;
  createdAt: number;
  revokedAt: number | null;
}

export interface InvitationRecord {
  id: string;
  subscriptionId: string;
  email: string;
  tokenHash: string;
  invitedBy: string;
  createdAt: number;
  expiresAt: number;
  acceptedAt: number | null;
  acceptedBy: string | null;
}

export interface Person {
  accountId: string;
  email: string;
}

export interface Member extends Person {
  joinedAt: number;
}

/** People who may share a subscription besides its owner: the plan's limit, capped by the server's. */
export const memberCapacity = (plan: Plan, cap: number) => Math.max(0, Math.min(plan.memberLimit - 1, cap));
