// The front door, the account overview and signing out.
import { clearSessionCookie } from '../../web/index.js';
import type { WebServices } from '../../web/index.js';
import { FREE_PLAN_ID } from '../../licensing/index.js';
import { setFlash } from '../flash.js';
import { OverviewPage } from '../pages/overview.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';

export function accountPages(kit: RouteKit, services: WebServices): void {
  kit.get('/', {}, async (_request, reply, ctx) => redirect(reply, ctx.account ? '/account' : '/sign-in'));

  kit.get('/account', { auth: true }, async (_request, reply, ctx) => {
    const account = ctx.account!;
    const subscriptions = await services.licensing.listForAccount(account.id);
    const active = subscriptions.filter((s) => s.subscription.status === 'active');
    const free = await services.licensing.getPlan(FREE_PLAN_ID);
    const devices = (await services.devices.list(account.id))
      .filter((d) => d.disconnectedAt === null)
      .sort((a, b) => b.lastSeenAt - a.lastSeenAt);
    return sendPage(
      reply,
      200,
      OverviewPage({
        ctx,
        data: {
          plans: active.length
            ? [...new Set(active.map((s) => ctx.plan(s.plan)))]
            : [ctx.plan(free ?? { id: FREE_PLAN_ID, name: 'Free' })],
          activeSubscriptions: active.length,
          devices: devices.map((d) => ({ name: d.name, platform: d.platform, lastSeenAt: d.lastSeenAt })),
          sms: account.phoneE164 !== null && account.phoneVerifiedAt !== null,
          totp: account.totpSecretSealed !== null,
          invitations: await services.licensing.invitationsFor({ accountId: account.id, email: account.email }),
        },
      }),
    );
  });

  // Signing out twice (two tabs) is the same as once: the second finds no session and just says so.
  kit.post('/sign-out', { back: '/sign-in' }, async (_request, reply, ctx) => {
    if (ctx.session) await services.sessions.revoke(ctx.session.accountId, ctx.session.id);
    clearSessionCookie(reply);
    setFlash(reply, { key: 'flash.signedOut', type: 'success' });
    return redirect(reply, '/sign-in');
  });
}
