// Subscription pages: redeeming codes and family sharing through the licensing service, as the API does.
import { requestInfo } from '../../web/index.js';
import type { WebServices } from '../../web/index.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LicensingActor } from '../../licensing/index.js';
import type { PortalContext } from '../context.js';
import { setFlash } from '../flash.js';
import { formOf, type FormValues } from '../form-data.js';
import { refusalError, statusOf, type Refusal } from '../outcome.js';
import { SubscriptionsPage, type SubscriptionsData } from '../pages/subscriptions.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';

const PAGE = '/account/subscriptions';
const page = { auth: true, once: true, back: PAGE } as const;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function subscriptionPages(kit: RouteKit, services: WebServices): void {
  const actor = (request: FastifyRequest, ctx: PortalContext): LicensingActor => ({
    accountId: ctx.account!.id,
    email: ctx.account!.email,
    ...requestInfo(request),
  });

  async function load(request: FastifyRequest, ctx: PortalContext): Promise<SubscriptionsData> {
    const who = actor(request, ctx);
    const listed = await services.licensing.listForAccount(who.accountId);
    const data: SubscriptionsData = {
      subscriptions: listed.map((x) => ({
        id: x.subscription.id,
        plan: ctx.plan(x.plan),
        role: x.role,
        status: x.subscription.status,
        endsAt: x.subscription.endsAt,
        seats: { used: x.seatsUsed, total: x.seatsTotal },
        members: { used: x.subscription.membersUsed, total: x.membersTotal },
      })),
      families: [],
      shared: [],
      invitations: await services.licensing.invitationsFor(who),
    };
    for (const x of listed) {
      if (x.subscription.status !== 'active') continue;
      if (x.role === 'owner' && x.membersTotal > 0) {
        const people = await services.licensing.people(who, x.subscription.id);
        if (people.ok) {
          data.families.push({
            id: x.subscription.id,
            plan: ctx.plan(x.plan),
            membersTotal: x.membersTotal,
            members: people.members.map((m) => ({ accountId: m.accountId, email: m.email, joinedAt: m.joinedAt })),
            invitations: people.invitations,
          });
        }
      } else if (x.role === 'member') {
        const people = await services.licensing.people(who, x.subscription.id);
        if (people.ok)
          data.shared.push({
            id: x.subscription.id,
            plan: ctx.plan(x.plan),
            owner: people.owner.email,
            accountId: who.accountId,
          });
      }
    }
    return data;
  }

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: PortalContext,
    status: number,
    errors: ReturnType<typeof refusalError>[] = [],
    values: FormValues = {},
  ) {
    ctx.pagePath = PAGE;
    return sendPage(reply, status, SubscriptionsPage({ ctx, data: await load(request, ctx), errors, values }));
  }
  const refused = (
    request: FastifyRequest,
    reply: FastifyReply,
    ctx: PortalContext,
    refusal: Refusal,
    field: string,
    values: FormValues = {},
  ) => show(request, reply, ctx, statusOf(refusal), [refusalError(ctx, refusal, {}, field)], values);

  kit.get(PAGE, { auth: true }, async (request, reply, ctx) => show(request, reply, ctx, 200));

  kit.post(`${PAGE}/redeem`, page, async (request, reply, ctx) => {
    const code = (formOf(request).code ?? '').slice(0, 100);
    const { ip, userAgent } = requestInfo(request);
    const outcome = await services.licensing.redeem({ accountId: ctx.account!.id, input: code, ip, userAgent });
    if (!outcome.ok) return refused(request, reply, ctx, outcome, 'activation-code', { code });
    setFlash(reply, { key: 'flash.redeemed', type: 'success', context: { plan: ctx.plan(outcome.plan) } });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/:id/invite`, page, async (request, reply, ctx) => {
    const { id } = request.params as { id: string };
    const email = (formOf(request).email ?? '').slice(0, 254);
    const field = `invite-email-${id}`;
    if (!ID.test(id)) return refused(request, reply, ctx, { ok: false, code: 'SUBSCRIPTION_NOT_FOUND' }, field);
    const outcome = await services.licensing.invite(actor(request, ctx), {
      subscriptionId: id,
      email,
      locale: ctx.locale,
    });
    if (!outcome.ok) return refused(request, reply, ctx, outcome, field, { email });
    setFlash(reply, { key: 'flash.invited', type: 'success', context: { email: outcome.invitation.email } });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/:id/members/:accountId/remove`, page, async (request, reply, ctx) => {
    const { id, accountId } = request.params as { id: string; accountId: string };
    if (!ID.test(id) || !ID.test(accountId))
      return refused(request, reply, ctx, { ok: false, code: 'MEMBER_NOT_FOUND' }, '');
    const outcome = await services.licensing.removeMember(actor(request, ctx), {
      subscriptionId: id,
      memberAccountId: accountId,
    });
    if (!outcome.ok) return refused(request, reply, ctx, outcome, '');
    setFlash(reply, { key: 'flash.memberRemoved', type: 'success' });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/:id/invitations/:invitationId/withdraw`, page, async (request, reply, ctx) => {
    const { id, invitationId } = request.params as { id: string; invitationId: string };
    if (!ID.test(id) || !ID.test(invitationId))
      return refused(request, reply, ctx, { ok: false, code: 'INVITATION_INVALID' }, '');
    const pending = await services.licensing.people(actor(request, ctx), id);
    const email = pending.ok ? (pending.invitations.find((i) => i.id === invitationId)?.email ?? '') : '';
    const outcome = await services.licensing.withdrawInvitation(actor(request, ctx), {
      subscriptionId: id,
      invitationId,
    });
    if (!outcome.ok) return refused(request, reply, ctx, outcome, '');
    setFlash(reply, { key: 'flash.withdrawn', type: 'success', context: { email } });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/:id/leave`, page, async (request, reply, ctx) => {
    const { id } = request.params as { id: string };
    if (!ID.test(id)) return refused(request, reply, ctx, { ok: false, code: 'SUBSCRIPTION_NOT_FOUND' }, '');
    const outcome = await services.licensing.removeMember(actor(request, ctx), {
      subscriptionId: id,
      memberAccountId: ctx.account!.id,
    });
    if (!outcome.ok) return refused(request, reply, ctx, outcome, '');
    setFlash(reply, { key: 'flash.left', type: 'success' });
    return redirect(reply, PAGE);
  });
}
