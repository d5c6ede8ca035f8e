// /v1/subscriptions and /v1/invitations: redeeming activation codes, the account's subscriptions, and family sharing.
import { localeOf, requestInfo, requestLimit } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import {
  AcceptInvitationBody,
  ErrorBody,
  InvitationBody,
  InvitationView,
  MemberListView,
  MemberParams,
  OkView,
  RedeemBody,
  RedeemedView,
  SubscriptionListView,
  SubscriptionParams,
  type SubscriptionView,
} from '@tessera/protocol';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/index.js';
import type { AccountSubscription, LicensingActor, Plan } from '../../licensing/index.js';
import { requireSession } from '../auth.js';
import { iso } from '../iso.js';
import { unwrap } from '../outcome.js';

const planView = (p: Plan) => ({
  id: p.id,
  name: p.name,
  deviceLimit: p.deviceLimit,
  memberLimit: p.memberLimit,
  features: p.features,
  termDays: p.termDays,
});

function subscriptionView(x: AccountSubscription): SubscriptionView {
  const s = x.subscription;
  return {
    id: s.id,
    plan: planView(x.plan),
    role: x.role,
    status: s.status,
    source: s.source,
    startsAt: iso(s.startsAt),
    endsAt: s.endsAt === null ? null : iso(s.endsAt),
    seats: { used: x.seatsUsed, total: x.seatsTotal, full: x.full },
    members: { used: s.membersUsed, total: x.membersTotal },
  };
}

export function subscriptionRoutes(app: App, s: WebServices): void {
  const auth = requireSession(s.sessions);
  const limited = requestLimit({ tallies: s.tallies, perMinute: s.config.requestsPerMinute });
  const errors = { '4xx': ErrorBody };
  const actor = async (request: FastifyRequest): Promise<LicensingActor> => {
    const account = await s.accounts.get(request.session!.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED');
    return { accountId: account.id, email: account.email, ...requestInfo(request) };
  };
  /** The account's view of one subscription, as the list shows it. */
  const viewOf = async (accountId: string, subscriptionId: string) => {
    const found = (await s.licensing.listForAccount(accountId)).find((x) => x.subscription.id === subscriptionId);
    if (!found) throw new AppError('SUBSCRIPTION_NOT_FOUND');
    return subscriptionView(found);
  };

  app.post(
    '/v1/subscriptions/redeem',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Redeem an activation code in the account',
        body: RedeemBody,
        response: { 201: RedeemedView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request, reply) => {
      const { ip, userAgent } = requestInfo(request);
      const accountId = request.session!.accountId;
      const redeemed = unwrap(await s.licensing.redeem({ accountId, input: request.body.code, ip, userAgent }));
      reply.code(201);
      return { subscription: await viewOf(accountId, redeemed.subscription.id) };
    },
  );

  app.get(
    '/v1/subscriptions',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Subscriptions the account owns or shares',
        response: { 200: SubscriptionListView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => ({
      subscriptions: (await s.licensing.listForAccount(request.session!.accountId)).map(subscriptionView),
    }),
  );

  app.post(
    '/v1/subscriptions/:id/invitations',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Invite someone by email to share the subscription (owner only)',
        params: SubscriptionParams,
        body: InvitationBody,
        response: { 201: InvitationView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request, reply) => {
      const issued = unwrap(
        await s.licensing.invite(await actor(request), {
          subscriptionId: request.params.id,
          email: request.body.email,
          locale: localeOf(request),
        }),
      );
      reply.code(201);
      return {
        invitation: {
          ...issued.invitation,
          expiresAt: iso(issued.invitation.expiresAt),
          token: issued.token,
          emailed: issued.emailed,
        },
      };
    },
  );

  app.get(
    '/v1/subscriptions/:id/members',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Who shares the subscription',
        params: SubscriptionParams,
        response: { 200: MemberListView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => {
      const people = unwrap(await s.licensing.people(await actor(request), request.params.id));
      return {
        owner: people.owner,
        members: people.members.map((m) => ({ accountId: m.accountId, email: m.email, joinedAt: iso(m.joinedAt) })),
        invitations: people.invitations.map((i) => ({ id: i.id, email: i.email, expiresAt: iso(i.expiresAt) })),
      };
    },
  );

  app.delete(
    '/v1/subscriptions/:id/members/:accountId',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Remove a member (the owner), or leave (a member removing themselves)',
        params: MemberParams,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => {
      unwrap(
        await s.licensing.removeMember(await actor(request), {
          subscriptionId: request.params.id,
          memberAccountId: request.params.accountId,
        }),
      );
      return { ok: true as const };
    },
  );

  app.post(
    '/v1/invitations/accept',
    {
      schema: {
        tags: ['subscriptions'],
        summary: 'Accept a family invitation with the signed-in account',
        body: AcceptInvitationBody,
        response: { 200: RedeemedView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => {
      const who = await actor(request);
      const accepted = unwrap(await s.licensing.acceptInvitation(who, request.body.token));
      return { subscription: await viewOf(who.accountId, accepted.subscription.id) };
    },
  );
}
