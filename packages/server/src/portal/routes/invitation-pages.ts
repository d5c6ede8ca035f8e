// The invitation link's page: shows what accepting means; only an explicit, CSRF-checked post accepts (never the GET,
// which mail scanners and link previews fetch).
import { requestInfo } from '../../http/client-ip.js';
import type { HttpServices } from '../../http/types.js';
import { setFlash } from '../flash.js';
import { formOf } from '../form-data.js';
import { refusalError, statusOf } from '../outcome.js';
import { InvitationPage, InvitationProblemPage } from '../pages/invitation.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';

const PATH = '/invitations/accept';
// The shape of a token `licensing` issues; anything else is a forged or mangled link, refused before any lookup.
const TOKEN = /^tin_[A-Za-z0-9_-]{20,96}$/;
const here = (token: string) => `${PATH}?token=${encodeURIComponent(token)}`;

export function invitationPages(kit: RouteKit, services: HttpServices): void {
  kit.get(PATH, {}, async (request, reply, ctx) => {
    const token = (request.query as Record<string, unknown>).token;
    if (typeof token !== 'string' || !TOKEN.test(token)) {
      return sendPage(reply, 400, InvitationProblemPage({ ctx, error: refusalError(ctx, { ok: false, code: 'INVITATION_INVALID' }) }));
    }
    ctx.pagePath = here(token);
    return sendPage(reply, 200, InvitationPage({ ctx, token, here: here(token) }));
  });

  const backTo = (token: string | undefined) => (token && TOKEN.test(token) ? here(token) : '/account/subscriptions');
  kit.post(PATH, { auth: true, once: true, back: (request) => backTo(formOf(request).token) }, async (request, reply, ctx) => {
    const token = formOf(request).token ?? '';
    const outcome = TOKEN.test(token)
      ? await services.licensing.acceptInvitation({ accountId: ctx.account!.id, email: ctx.account!.email, ...requestInfo(request) }, token)
      : { ok: false as const, code: 'INVITATION_INVALID' as const };
    if (!outcome.ok) return sendPage(reply, statusOf(outcome), InvitationProblemPage({ ctx, error: refusalError(ctx, outcome) }));
    const plan = await services.licensing.getPlan(outcome.subscription.planId);
    setFlash(reply, { key: 'flash.joined', type: 'success', context: { plan: ctx.plan(plan ?? { id: outcome.subscription.planId, name: outcome.subscription.planId }) } });
    return redirect(reply, '/account/subscriptions');
  });
}
