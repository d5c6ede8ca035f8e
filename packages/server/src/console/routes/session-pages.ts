// The console's sign-in on top of the portal's (password and authenticator code again, its own cookie), the fresh
// confirmation destructive actions ask for, and signing out of the console.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebServices } from '../../web/index.js';
import type { ConsoleProofRefusal } from '../../operators/index.js';
import { portalAccount, setFlash, type ConsoleContext } from '../context.js';
import { clearCookie, CONSOLE_SESSION_COOKIE, setCookie } from '../cookies.js';
import { NoTotpPage, NotOperatorPage, ProofPage } from '../pages/sign-in.js';
import { formOf, type ConsoleKit } from '../route-kit.js';
import { consoleNext, withNext } from '../safe-next.js';
import { redirect, sendPage } from '../send-page.js';

const nextOf = (request: FastifyRequest) =>
  consoleNext((request.query as Record<string, unknown>).next) ?? consoleNext(formOf(request).next);

/** The portal's own sign-in (captcha, limits, second factor), coming back here afterwards. */
const toPortalSignIn = (reply: FastifyReply, next: string | undefined) =>
  redirect(reply, withNext('/sign-in', withNext('/console/sign-in', next)));

/** A refused proof as the page shows it: the reason, and the status it is answered with. */
function refusalView(ctx: ConsoleContext, refusal: ConsoleProofRefusal): { status: number; text: string } {
  if (refusal.code === 'THROTTLED')
    return { status: 429, text: ctx.t('signIn.throttled', { seconds: refusal.retryAfterSeconds }) };
  if (refusal.code === 'ACCOUNT_DISABLED') return { status: 403, text: ctx.t('signIn.disabled') };
  return { status: 400, text: ctx.t('signIn.wrong') };
}

export function sessionPages(kit: ConsoleKit, s: WebServices): void {
  const sessions = s.operator.consoleSessions;

  kit.open('/console/sign-in', async (request, reply, ctx) => {
    const next = nextOf(request);
    if (ctx.operator) return redirect(reply, next ?? '/console');
    const account = await portalAccount(request, s);
    if (!account) return toPortalSignIn(reply, next);
    if (!(await s.operator.consoleOperators.roleOf(account.id))) return sendPage(reply, 403, NotOperatorPage({ ctx }));
    if (account.totpSecretSealed === null) return sendPage(reply, 403, NoTotpPage({ ctx }));
    return sendPage(reply, 200, ProofPage({ ctx, kind: 'sign-in', email: account.email, next }));
  });

  kit.openPost('/console/sign-in', async (request, reply, ctx) => {
    const next = nextOf(request);
    const account = await portalAccount(request, s);
    if (!account) return toPortalSignIn(reply, next);
    const form = formOf(request);
    const result = await sessions.signIn({
      account,
      password: form.password ?? '',
      code: form.code ?? '',
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    });
    if (result.ok) {
      setCookie(request, reply, s.config, CONSOLE_SESSION_COOKIE, result.token);
      return redirect(reply, next ?? '/console');
    }
    if (result.code === 'NOT_OPERATOR') return sendPage(reply, 403, NotOperatorPage({ ctx }));
    if (result.code === 'TOTP_REQUIRED') return sendPage(reply, 403, NoTotpPage({ ctx }));
    const { status, text } = refusalView(ctx, result);
    const errors = [{ text, field: 'password' }];
    return sendPage(reply, status, ProofPage({ ctx, kind: 'sign-in', email: account.email, next, errors }));
  });

  kit.page('/console/confirm', {}, async (request, reply, ctx) =>
    sendPage(reply, 200, ProofPage({ ctx, kind: 'confirm', email: ctx.operator.account.email, next: nextOf(request) })),
  );

  kit.action('/console/confirm', { back: () => '/console/confirm' }, async (request, reply, ctx) => {
    const next = nextOf(request);
    const form = formOf(request);
    const result = await sessions.confirm(ctx.operator, { password: form.password ?? '', code: form.code ?? '' });
    if (result.ok) {
      setFlash(request, reply, s, { key: 'flash.confirmed' });
      return redirect(reply, next ?? '/console');
    }
    const { status, text } = refusalView(ctx, result);
    const errors = [{ text, field: 'password' }];
    return sendPage(
      reply,
      status,
      ProofPage({ ctx, kind: 'confirm', email: ctx.operator.account.email, next, errors }),
    );
  });

  kit.action('/console/sign-out', { back: () => '/console' }, async (request, reply, ctx) => {
    await sessions.end(ctx.operator);
    clearCookie(request, reply, s.config, CONSOLE_SESSION_COOKIE);
    setFlash(request, reply, s, { key: 'flash.signedOut' });
    return redirect(reply, '/console/sign-in');
  });
}
