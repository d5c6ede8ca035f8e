// Family invitations: the emailed link's page (what accepting means, who invited, to which plan; only an explicit,
// CSRF-checked post accepts, never the GET, which mail scanners and link previews fetch), and the invitee's answers
// from their own account.
import { requestInfo } from '../../web/index.js';
import type { WebServices } from '../../web/index.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LicensingActor, Subscription } from '../../licensing/index.js';
import type { PortalContext } from '../context.js';
import { setFlash } from '../flash.js';
import { formOf } from '../form-data.js';
import { refusalError, statusOf, type Refusal } from '../outcome.js';
import { InvitationPage, InvitationProblemPage } from '../pages/invitation.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';

const PATH = '/invitations/accept';
const SUBSCRIPTIONS = '/account/subscriptions';
// The shape of a token `licensing` issues; anything else is a forged or mangled link, refused before any lookup.
const TOKEN = /^tin_[A-Za-z0-9_-]{20,96}$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const here = (token: string) => `${PATH}?token=${encodeURIComponent(token)}`;
const invalid: Refusal = { ok: false, code: 'INVITATION_INVALID' };

export function invitationPages(kit: RouteKit, services: WebServices): void {
  const actor = (request: FastifyRequest, ctx: PortalContext): LicensingActor => ({
    accountId: ctx.account!.id,
    email: ctx.account!.email,
    ...requestInfo(request),
  });
  const problem = (reply: FastifyReply, ctx: PortalContext, refusal: Refusal) =>
    sendPage(reply, statusOf(refusal), InvitationProblemPage({ ctx, error: refusalError(ctx, refusal) }));
  const joined = async (reply: FastifyReply, ctx: PortalContext, subscription: Subscription) => {
    const plan = await services.licensing.getPlan(subscription.planId);
    setFlash(reply, {
      key: 'flash.joined',
      type: 'success',
      context: { plan: ctx.plan(plan ?? { id: subscription.planId, name: subscription.planId }) },
    });
    return redirect(reply, SUBSCRIPTIONS);
  };

  kit.get(PATH, {}, async (request, reply, ctx) => {
    const token = (request.query as Record<string, unknown>).token;
    const invitation =
      typeof token === 'string' && TOKEN.test(token) ? await services.licensing.describeInvitation(token) : undefined;
    if (typeof token !== 'string' || !invitation) return problem(reply, ctx, invalid);
    ctx.pagePath = here(token);
    return sendPage(reply, 200, InvitationPage({ ctx, token, here: here(token), invitation }));
  });

  const backTo = (token: string | undefined) => (token && TOKEN.test(token) ? here(token) : SUBSCRIPTIONS);
  kit.post(
    PATH,
    { auth: true, once: true, back: (request) => backTo(formOf(request).token) },
    async (request, reply, ctx) => {
      const token = formOf(request).token ?? '';
      const outcome = TOKEN.test(token)
        ? await services.licensing.acceptInvitation(actor(request, ctx), token)
        : invalid;
      return outcome.ok ? joined(reply, ctx, outcome.subscription) : problem(reply, ctx, outcome);
    },
  );

  // Answering from the account: the invitation must be addressed to this account's email (checked by licensing).
  const mine = { auth: true, once: true, back: SUBSCRIPTIONS } as const;
  kit.post('/account/invitations/:id/accept', mine, async (request, reply, ctx) => {
    const { id } = request.params as { id: string };
    const outcome = ID.test(id) ? await services.licensing.acceptInvitationById(actor(request, ctx), id) : invalid;
    return outcome.ok ? joined(reply, ctx, outcome.subscription) : problem(reply, ctx, outcome);
  });

  kit.post('/account/invitations/:id/decline', mine, async (request, reply, ctx) => {
    const { id } = request.params as { id: string };
    const outcome = ID.test(id) ? await services.licensing.declineInvitation(actor(request, ctx), id) : invalid;
    if (!outcome.ok) return problem(reply, ctx, outcome);
    setFlash(reply, { key: 'flash.declined', type: 'success' });
    return redirect(reply, SUBSCRIPTIONS);
  });
}
