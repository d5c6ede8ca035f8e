// The licensing store port: plans, code batches, subscriptions, seats and family sharing; every check-and-change is one atomic call.
import type { ActivationBatch, InvitationRecord, Member, Person, Plan, SubscriptionRecord } from './model.js';

export type RedeemResult = { ok: true; subscription: SubscriptionRecord } | { ok: false; reason: 'invalid' | 'limit' };

/** `claimed`: a new seat; `held`: the device already had one; `full` / `not_usable`: nothing changed. */
export type SeatClaim = 'claimed' | 'held' | 'full' | 'not_usable';

export type AcceptResult =
  | { ok: true; subscription: SubscriptionRecord }
  | { ok: false; reason: 'invalid' | 'expired' | 'wrong_email' | 'already_member' | 'full' | 'not_usable' };

export interface BatchSummary extends ActivationBatch {
  redeemed: number;
}

export interface LicensingStore {
  /** False when a plan with that id exists. */
  createPlan(plan: Plan, createdAt: number): Promise<boolean>;
  findPlan(id: string): Promise<Plan | undefined>;
  listPlans(): Promise<Plan[]>;

  createBatch(batch: ActivationBatch): Promise<void>;
  /** Inserts the codes' keyed hashes in chunks; `onProgress` gets the running total after each chunk. */
  insertCodes(batchId: string, codeHashes: readonly string[], onProgress?: (inserted: number) => void): Promise<void>;
  listBatches(): Promise<BatchSummary[]>;
  /** Stops the batch's unredeemed codes; redeemed ones keep their subscriptions. */
  revokeBatch(id: string, at: number): Promise<{ found: boolean; redeemed: number }>;
  /** Revokes one code; if it was redeemed, the subscription it gave is revoked too. */
  revokeCode(codeHash: string, at: number): Promise<{ found: boolean; subscriptionId: string | null }>;

  /**
   * In one transaction: claims the code if it is unredeemed and neither it nor its batch is revoked, checks the
   * account's active subscriptions against `maxActive`, and creates the subscription; whatever the concurrency,
   * a code gives at most one subscription and an account never passes `maxActive`.
   */
  redeem(input: {
    codeHash: string;
    accountId: string;
    subscriptionId: string;
    now: number;
    maxActive: number;
  }): Promise<RedeemResult>;
  createSubscription(subscription: SubscriptionRecord): Promise<void>;
  findSubscription(id: string): Promise<SubscriptionRecord | undefined>;
  /** Subscriptions the account owns or shares, newest first. */
  listSubscriptions(accountId: string): Promise<Array<{ subscription: SubscriptionRecord; role: 'owner' | 'member' }>>;

  /** Atomic: a usable subscription (for an owner or member) gives at most `deviceLimit` seats, one per device. */
  claimSeat(input: { subscriptionId: string; deviceId: string; accountId: string; now: number }): Promise<SeatClaim>;
  releaseSeat(subscriptionId: string, deviceId: string): Promise<boolean>;
  /** Subscriptions in which the device holds a seat. */
  seatsOfDevice(deviceId: string): Promise<string[]>;

  createInvitation(invitation: InvitationRecord): Promise<void>;
  /**
   * Atomic: uses the invitation once and adds the account as a member while the subscription is usable and has
   * fewer than `capacity(plan)` members.
   */
  acceptInvitation(input: {
    invitation: { tokenHash: string } | { id: string };
    accountId: string;
    email: string;
    now: number;
    capacity: (plan: Plan) => number;
  }): Promise<AcceptResult>;
  pendingInvitations(subscriptionId: string, now: number): Promise<InvitationRecord[]>;
  /** Invitations sent to `email` that are still open, newest first. */
  invitationsFor(email: string, now: number): Promise<InvitationRecord[]>;
  findInvitation(match: { tokenHash: string } | { id: string }): Promise<InvitationRecord | undefined>;
  /** Ends an open invitation (withdrawn or declined); false when it was answered already or is gone. */
  deleteOpenInvitation(id: string): Promise<boolean>;
  /** The owner and members, with their email addresses. */
  people(subscriptionId: string): Promise<{ owner: Person; members: Member[] } | undefined>;
  /** Removes a member and frees the seats their devices held. False when they were not a member. */
  removeMember(subscriptionId: string, accountId: string): Promise<boolean>;
}
