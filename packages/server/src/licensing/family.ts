// Family sharing: the owner invites by email (and may withdraw), the invitee accepts or declines from the account of that
// email, members leave or are removed.
import type { Locale } from '@tessera/protocol';
import { newId, newToken, type Clock, type Secrets } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { Outcome } from '../errors/index.js';
import { normalizeEmail } from '../identity/index.js';
import type { EmailSender, Templates } from '../messaging/index.js';
import { secondsUntil, type CounterStore } from '../risk/index.js';
import type { LicensingStores } from './licensing-stores.js';
import {
  memberCapacity,
  statusAt,
  subscriptionAt,
  type InvitationRecord,
  type Member,
  type Person,
  type Subscription,
} from './model.js';

export interface FamilySettings {
  maxMembersPerSubscription: number;
  invitationsPerAccountHour: number;
  invitationTtlMs: number;
  /** The portal page an emailed invitation links to, when the server knows its public URL. */
  acceptUrl?: (token: string) => string;
}

export interface Actor {
  accountId: string;
  email: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface InvitationSummary {
  id: string;
  email: string;
  inviter: string;
  planId: string;
  planName: string;
  expiresAt: number;
}

export interface InvitationIssued {
  invitation: { id: string; email: string; expiresAt: number };
  /** Shown to the owner once (to share another way) and emailed; only its keyed hash is stored. */
  token: string;
  emailed: boolean;
}

const HOUR = 3_600_000;
const TOKEN_PREFIX = 'tin';
const tokenPurpose = 'family-invitation';

export function createFamily(deps: {
  stores: Pick<LicensingStores, 'plans' | 'subscriptions' | 'family'>;
  counters: CounterStore;
  secrets: Secrets;
  clock: Clock;
  email: EmailSender;
  templates: Templates;
  audit: AuditLog;
  settings: FamilySettings;
}) {
  const { counters, secrets, clock, settings } = deps;
  const { plans, subscriptions, family } = deps.stores;
  const record = (
    type: 'family.invited' | 'family.joined' | 'family.removed' | 'family.withdrawn' | 'family.declined',
    actor: Actor,
    details: Record<string, unknown>,
  ) =>
    deps.audit.record(type, {
      accountId: actor.accountId,
      ip: actor.ip ?? null,
      userAgent: actor.userAgent ?? null,
      details,
    });

  /** The subscription and the actor's place in it; a stranger is told it does not exist. */
  async function place(subscriptionId: string, accountId: string) {
    const subscription = await subscriptions.findSubscription(subscriptionId);
    if (!subscription) return undefined;
    if (subscription.ownerAccountId === accountId) return { subscription, role: 'owner' as const };
    const people = await family.people(subscriptionId);
    return people?.members.some((m) => m.accountId === accountId)
      ? { subscription, role: 'member' as const }
      : undefined;
  }

  const hashOf = (token: string) => secrets.keyedHash(tokenPurpose, token);
  const tokenShaped = (token: string) => token.startsWith(`${TOKEN_PREFIX}_`) && token.length <= 100;
  const invalid = () => ({ ok: false as const, code: 'INVITATION_INVALID' as const });

  /** An open invitation with who sent it and the plan it shares; undefined once the subscription is gone. */
  async function summarize(invitation: InvitationRecord): Promise<InvitationSummary | undefined> {
    const subscription = await subscriptions.findSubscription(invitation.subscriptionId);
    const people = subscription && (await family.people(subscription.id));
    const plan = subscription && (await plans.findPlan(subscription.planId));
    if (!subscription || !people || !plan) return undefined;
    return {
      id: invitation.id,
      email: invitation.email,
      inviter: people.owner.email,
      planId: plan.id,
      planName: plan.name,
      expiresAt: invitation.expiresAt,
    };
  }

  async function acceptMatching(
    actor: Actor,
    match: { tokenHash: string } | { id: string },
  ): Promise<
    Outcome<
      { subscription: Subscription },
      | 'INVITATION_INVALID'
      | 'INVITATION_EXPIRED'
      | 'INVITATION_EMAIL_MISMATCH'
      | 'ALREADY_MEMBER'
      | 'MEMBER_LIMIT_REACHED'
      | 'SUBSCRIPTION_NOT_USABLE'
    >
  > {
    const now = clock.now();
    const result = await family.acceptInvitation({
      invitation: match,
      accountId: actor.accountId,
      email: normalizeEmail(actor.email) ?? '',
      now,
      capacity: (plan) => memberCapacity(plan, settings.maxMembersPerSubscription),
    });
    if (!result.ok) {
      const codes = {
        invalid: 'INVITATION_INVALID',
        expired: 'INVITATION_EXPIRED',
        wrong_email: 'INVITATION_EMAIL_MISMATCH',
        already_member: 'ALREADY_MEMBER',
        full: 'MEMBER_LIMIT_REACHED',
        not_usable: 'SUBSCRIPTION_NOT_USABLE',
      } as const;
      return { ok: false, code: codes[result.reason] };
    }
    await record('family.joined', actor, { subscriptionId: result.subscription.id });
    return { ok: true, subscription: subscriptionAt(result.subscription, now) };
  }

  return {
    async invite(
      actor: Actor,
      input: { subscriptionId: string; email: string; locale: Locale },
    ): Promise<
      Outcome<
        InvitationIssued,
        | 'SUBSCRIPTION_NOT_FOUND'
        | 'FORBIDDEN'
        | 'SUBSCRIPTION_NOT_USABLE'
        | 'MEMBER_LIMIT_REACHED'
        | 'EMAIL_INVALID'
        | 'RATE_LIMITED'
      >
    > {
      const found = await place(input.subscriptionId, actor.accountId);
      if (!found) return { ok: false, code: 'SUBSCRIPTION_NOT_FOUND' };
      if (found.role !== 'owner') return { ok: false, code: 'FORBIDDEN' };
      const now = clock.now();
      const { subscription } = found;
      if (statusAt(subscription, now) !== 'active') return { ok: false, code: 'SUBSCRIPTION_NOT_USABLE' };
      const plan = await plans.findPlan(subscription.planId);
      if (!plan || subscription.membersUsed >= memberCapacity(plan, settings.maxMembersPerSubscription))
        return { ok: false, code: 'MEMBER_LIMIT_REACHED' };
      const email = normalizeEmail(input.email);
      if (!email) return { ok: false, code: 'EMAIL_INVALID' };
      // Each invitation sends an email to an address the owner chose: capped like any other mail a user can trigger.
      // Reserved with the attempt, so racing invitations neither pass the cap nor refuse each other; the wait is real.
      const slot = await counters.reserve(
        `invite:account:${actor.accountId}`,
        settings.invitationsPerAccountHour,
        HOUR,
        now,
      );
      if (!slot.ok) return { ok: false, code: 'RATE_LIMITED', context: { seconds: secondsUntil(slot.freeAt, now) } };
      const token = newToken(TOKEN_PREFIX);
      const invitation = {
        id: newId('inv'),
        subscriptionId: subscription.id,
        email,
        tokenHash: secrets.keyedHash(tokenPurpose, token),
        invitedBy: actor.accountId,
        createdAt: now,
        expiresAt: now + settings.invitationTtlMs,
        acceptedAt: null,
        acceptedBy: null,
      };
      await family.createInvitation(invitation);
      const delivery = await deps.email.send(
        deps.templates.familyInvitationEmail({
          to: email,
          locale: input.locale,
          inviter: actor.email,
          plan: plan.name,
          days: Math.round(settings.invitationTtlMs / (24 * HOUR)),
          token,
          ...(settings.acceptUrl ? { acceptUrl: settings.acceptUrl(token) } : {}),
        }),
      );
      await record('family.invited', actor, { subscriptionId: subscription.id, invitationId: invitation.id });
      return {
        ok: true,
        invitation: { id: invitation.id, email, expiresAt: invitation.expiresAt },
        token,
        emailed: delivery.ok,
      };
    },

    /** Accepts from the emailed link. */
    accept: async (actor: Actor, token: string) =>
      tokenShaped(token) ? acceptMatching(actor, { tokenHash: hashOf(token) }) : invalid(),
    /** Accepts from the invitee's own account pages, where the invitation addressed to them is listed. */
    acceptById: (actor: Actor, invitationId: string) => acceptMatching(actor, { id: invitationId }),

    /** Who invited and to what, for the page the link opens (its holder may know as much). */
    async describe(token: string): Promise<InvitationSummary | undefined> {
      const found = tokenShaped(token) ? await family.findInvitation({ tokenHash: hashOf(token) }) : undefined;
      return found && found.acceptedAt === null ? summarize(found) : undefined;
    },

    /** Open invitations addressed to the actor's email, to answer from their account. */
    async invitationsFor(actor: Actor): Promise<InvitationSummary[]> {
      const pending = await family.invitationsFor(normalizeEmail(actor.email) ?? '', clock.now());
      return (await Promise.all(pending.map(summarize))).filter((i): i is InvitationSummary => i !== undefined);
    },

    /** The owner takes back an invitation nobody answered yet. */
    async withdraw(
      actor: Actor,
      input: { subscriptionId: string; invitationId: string },
    ): Promise<Outcome<object, 'SUBSCRIPTION_NOT_FOUND' | 'FORBIDDEN' | 'INVITATION_INVALID'>> {
      const found = await place(input.subscriptionId, actor.accountId);
      if (!found) return { ok: false, code: 'SUBSCRIPTION_NOT_FOUND' };
      if (found.role !== 'owner') return { ok: false, code: 'FORBIDDEN' };
      const invitation = await family.findInvitation({ id: input.invitationId });
      if (invitation?.subscriptionId !== input.subscriptionId || !(await family.deleteOpenInvitation(invitation.id)))
        return invalid();
      await record('family.withdrawn', actor, { subscriptionId: input.subscriptionId, invitationId: invitation.id });
      return { ok: true };
    },

    /** The invitee says no; only the address it was sent to can. */
    async decline(actor: Actor, invitationId: string): Promise<Outcome<object, 'INVITATION_INVALID'>> {
      const invitation = await family.findInvitation({ id: invitationId });
      if (
        !invitation ||
        invitation.email !== normalizeEmail(actor.email) ||
        !(await family.deleteOpenInvitation(invitation.id))
      )
        return invalid();
      await record('family.declined', actor, {
        subscriptionId: invitation.subscriptionId,
        invitationId: invitation.id,
      });
      return { ok: true };
    },

    /** The owner sees every member and pending invitation; a member sees the owner and themselves. */
    async people(
      actor: Actor,
      subscriptionId: string,
    ): Promise<
      Outcome<
        {
          owner: Person;
          members: Member[];
          invitations: Array<{ id: string; email: string; expiresAt: number }>;
        },
        'SUBSCRIPTION_NOT_FOUND'
      >
    > {
      const found = await place(subscriptionId, actor.accountId);
      const people = found && (await family.people(subscriptionId));
      if (!found || !people) return { ok: false, code: 'SUBSCRIPTION_NOT_FOUND' };
      if (found.role === 'member')
        return {
          ok: true,
          owner: people.owner,
          members: people.members.filter((m) => m.accountId === actor.accountId),
          invitations: [],
        };
      const pending = await family.pendingInvitations(subscriptionId, clock.now());
      return {
        ok: true,
        owner: people.owner,
        members: people.members,
        invitations: pending.map((i) => ({ id: i.id, email: i.email, expiresAt: i.expiresAt })),
      };
    },

    /** The owner removes anyone; a member may remove themselves (leave). Their devices give back their seats. */
    async remove(
      actor: Actor,
      input: { subscriptionId: string; memberAccountId: string },
    ): Promise<Outcome<object, 'SUBSCRIPTION_NOT_FOUND' | 'FORBIDDEN' | 'MEMBER_NOT_FOUND'>> {
      const found = await place(input.subscriptionId, actor.accountId);
      if (!found) return { ok: false, code: 'SUBSCRIPTION_NOT_FOUND' };
      if (found.role !== 'owner' && input.memberAccountId !== actor.accountId) return { ok: false, code: 'FORBIDDEN' };
      if (!(await family.removeMember(input.subscriptionId, input.memberAccountId)))
        return { ok: false, code: 'MEMBER_NOT_FOUND' };
      await record('family.removed', actor, {
        subscriptionId: input.subscriptionId,
        memberAccountId: input.memberAccountId,
      });
      return { ok: true };
    },
  };
}

export type Family = ReturnType<typeof createFamily>;
