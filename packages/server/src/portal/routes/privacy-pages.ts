// Privacy pages: accepted statements, the data download, and deleting the account (password first, then a grace period).
import { clearSessionCookie, requestInfo } from '../../web/index.js';
import type { WebServices } from '../../web/index.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PortalContext } from '../context.js';
import { setFlash } from '../flash.js';
import { DAY_MS, formatDate } from '../format.js';
import { formOf } from '../form-data.js';
import { refusalError, statusOf } from '../outcome.js';
import { PrivacyPage } from '../pages/privacy.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';
import type { FieldError } from '../ui/forms.js';

const PAGE = '/account/privacy';

export function privacyPages(kit: RouteKit, services: WebServices): void {
  async function show(reply: FastifyReply, ctx: PortalContext, status: number, errors: FieldError[] = []) {
    const account = ctx.account!;
    const [acceptances, devices, statements] = await Promise.all([
      services.consent.acceptances(account.id),
      services.devices.list(account.id),
      services.consent.statements(),
    ]);
    const deviceName = new Map(devices.map((d) => [d.id, d.name]));
    // The title in the page's language when that translation exists, else the one that was accepted.
    const titleOf = (region: string, version: number, locale: string) => {
      const same = statements.filter((s) => s.region === region && s.version === version);
      return (
        (same.find((s) => s.locale === ctx.locale) ?? same.find((s) => s.locale === locale) ?? same[0])?.title ?? region
      );
    };
    ctx.pagePath = PAGE;
    return sendPage(
      reply,
      status,
      PrivacyPage({
        ctx,
        errors,
        data: {
          acceptances: acceptances.map((a) => ({
            title: titleOf(a.region, a.version, a.locale),
            region: a.region,
            version: a.version,
            acceptedAt: a.acceptedAt,
            device: a.deviceId ? (deviceName.get(a.deviceId) ?? null) : null,
            appId: a.appId,
          })),
          graceDays: Math.round(services.accountDeletion.graceMs / DAY_MS),
          deletionAt: ctx.deletion?.purgeAt ?? null,
        },
      }),
    );
  }

  kit.get(PAGE, { auth: true }, async (_request, reply, ctx) => show(reply, ctx, 200));

  kit.post(`${PAGE}/export`, { auth: true, back: PAGE }, async (_request, reply, ctx) => {
    const data = await services.privacy.exportData(ctx.account!, ctx.deletion);
    const day = new Date(services.clock.now()).toISOString().slice(0, 10);
    return reply
      .header(
        'content-disposition',
        `attachment; filename="${ctx.productName.replace(/[^A-Za-z0-9_-]/g, '') || 'account'}-data-${day}.json"`,
      )
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  kit.post(`${PAGE}/delete`, { auth: true, once: true, back: PAGE }, async (request: FastifyRequest, reply, ctx) => {
    const outcome = await services.accountDeletion.request(
      { account: ctx.account!, ...requestInfo(request) },
      formOf(request).password ?? '',
    );
    if (!outcome.ok) return show(reply, ctx, statusOf(outcome), [refusalError(ctx, outcome, {}, 'delete-password')]);
    // The service ended every session, this one too: the person is told the date on the sign-in page.
    clearSessionCookie(reply);
    setFlash(reply, {
      key: 'flash.deletionScheduled',
      type: 'info',
      context: { date: formatDate(ctx.locale, outcome.purgeAt) },
    });
    return redirect(reply, '/sign-in');
  });

  kit.post(`${PAGE}/keep`, { auth: true, once: true, back: PAGE }, async (request, reply, ctx) => {
    await services.accountDeletion.cancel({ account: ctx.account!, ...requestInfo(request) });
    setFlash(reply, { key: 'flash.deletionCancelled', type: 'success' });
    return redirect(reply, PAGE);
  });
}
