// The family store port: invitations to share a subscription, and the people (owner and members) who share it.
import type { InvitationRecord, Member, Person, Plan, SubscriptionRecord } from './model.js';

export type AcceptResult =
  | { ok: true; subscription: SubscriptionRecord }
  | { ok: false; reason: 'invalid' | 'expired' | 'wrong_email' | 'already_member' | 'full' | 'not_usable' };

export type InvitationMatch = { tokenHash: string } | { id: string };

export interface FamilyStore {
  createInvitation(invitation: InvitationRecord): Promise<void>;
  /**
   * Atomic: uses the invitation once and adds the account as a member while the subscription is active and has
   * fewer than `capacity(plan)` members.
   */
  acceptInvitation(input: {
    invitation: InvitationMatch;
    accountId: string;
    email: string;
    now: number;
    capacity: (plan: Plan) => number;
  }): Promise<AcceptResult>;
  /** Open invitations of the subscription, oldest first. */
  pendingInvitations(subscriptionId: string, now: number): Promise<InvitationRecord[]>;
  /** Invitations sent to `email` that are still open, newest first. */
  invitationsFor(email: string, now: number): Promise<InvitationRecord[]>;
  findInvitation(match: InvitationMatch): Promise<InvitationRecord | undefined>;
  /** Ends an open invitation (withdrawn or declined); false when it was answered already or is gone. */
  deleteOpenInvitation(id: string): Promise<boolean>;
  /** The owner and members, with their email addresses. */
  people(subscriptionId: string): Promise<{ owner: Person; members: Member[] } | undefined>;
  /** Removes a member and frees the seats their devices held. False when they were not a member. */
  removeMember(subscriptionId: string, accountId: string): Promise<boolean>;
}
