// Security pages: every change goes through the factor and session services the API uses, with the same re-authentication.
import { clearSessionCookie, requestInfo } from '../../web/index.js';
import type { WebServices } from '../../web/index.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PortalContext } from '../context.js';
import { setFlash } from '../flash.js';
import { formOf } from '../form-data.js';
import { refusalError, statusOf, type Refusal } from '../outcome.js';
import { SecurityPage, type FormState } from '../pages/security.js';
import { PhoneCodePage, TotpSetupPage } from '../pages/security-steps.js';
import { qrDataUri } from '../qr.js';
import { openWindow, recentlyConfirmed } from '../reauth.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';

const PAGE = '/account/security';
const page = { auth: true, once: true, back: PAGE } as const;
const SESSION_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function securityPages(kit: RouteKit, services: WebServices): void {
  const actor = (request: FastifyRequest, ctx: PortalContext) => ({
    account: ctx.account!,
    ...requestInfo(request),
    sessionId: ctx.session!.id,
  });

  /**
   * The actor for a change that needs the password: within this session's window it is not asked again; otherwise
   * it is confirmed now (audited), which opens the window.
   */
  async function confirmedActor(
    request: FastifyRequest,
    ctx: PortalContext,
    password: string,
  ): Promise<Refusal | { ok: true; who: ReturnType<typeof actor> }> {
    const who = { ...actor(request, ctx), recentlyConfirmed: true };
    if (await recentlyConfirmed(services, ctx)) return { ok: true, who };
    const auth = await services.factors.confirmPassword(actor(request, ctx), password);
    if (!auth.ok) return auth;
    await openWindow(services, ctx);
    return { ok: true, who };
  }

  async function show(reply: FastifyReply, ctx: PortalContext, status: number, state: FormState = {}) {
    const account = ctx.account!;
    const sessions = await services.sessions.list(account.id);
    const events = await services.audit.recent(account.id, 20);
    ctx.pagePath = PAGE;
    return sendPage(
      reply,
      status,
      SecurityPage({
        ctx,
        state,
        data: {
          phone: account.phoneE164 && account.phoneVerifiedAt ? account.phoneE164 : null,
          totp: account.totpSecretSealed !== null,
          passkeys: await services.passkeys.list(account.id),
          sessions: sessions.map((s) => ({
            id: s.id,
            current: s.id === ctx.session!.id,
            userAgent: s.userAgent,
            ip: s.ip,
            lastSeenAt: s.lastSeenAt,
          })),
          events: events.map((e) => ({ type: e.type, at: e.createdAt, ip: e.ip })),
          confirmed: await recentlyConfirmed(services, ctx),
        },
      }),
    );
  }
  const refused = (
    reply: FastifyReply,
    ctx: PortalContext,
    refusal: Refusal,
    fields: Parameters<typeof refusalError>[2],
    fallback: string,
    values = {},
  ) => show(reply, ctx, statusOf(refusal), { errors: [refusalError(ctx, refusal, fields, fallback)], values });

  kit.get(PAGE, { auth: true }, async (_request, reply, ctx) => show(reply, ctx, 200));

  kit.post(`${PAGE}/password`, page, async (request, reply, ctx) => {
    const form = formOf(request);
    const outcome = await services.factors.changePassword(actor(request, ctx), {
      currentPassword: form.current_password ?? '',
      newPassword: form.new_password ?? '',
    });
    if (!outcome.ok) return refused(reply, ctx, outcome, { PASSWORD_INCORRECT: 'current-password' }, 'new-password');
    setFlash(reply, { key: 'flash.passwordChanged', type: 'success' });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/phone`, page, async (request, reply, ctx) => {
    const form = formOf(request);
    const phone = (form.phone ?? '').slice(0, 32);
    const confirmed = await confirmedActor(request, ctx, form.password ?? '');
    const outcome = confirmed.ok
      ? await services.factors.startPhone(confirmed.who, { phone, password: '', locale: ctx.locale })
      : confirmed;
    if (!outcome.ok) {
      return refused(reply, ctx, outcome, { PASSWORD_INCORRECT: 'phone-password' }, 'phone-number', { phone });
    }
    return redirect(reply, `${PAGE}/phone/verify`);
  });

  // The code pages are pages of their own (post, redirect, get): Back and reload never offer to post again.
  kit.get(`${PAGE}/phone/verify`, { auth: true }, async (_request, reply, ctx) => {
    const pending = await services.factors.pendingPhone(ctx.account!);
    return pending ? sendPage(reply, 200, PhoneCodePage({ ctx, phone: pending.phone })) : redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/phone/verify`, page, async (request, reply, ctx) => {
    const outcome = await services.factors.verifyPhone(actor(request, ctx), (formOf(request).code ?? '').slice(0, 32));
    if (!outcome.ok) {
      if (outcome.code === 'FACTOR_NOT_PENDING') return refused(reply, ctx, outcome, {}, 'phone-number');
      const pending = await services.factors.pendingPhone(ctx.account!);
      ctx.pagePath = `${PAGE}/phone/verify`;
      return sendPage(
        reply,
        statusOf(outcome),
        PhoneCodePage({ ctx, phone: pending?.phone ?? '', errors: [refusalError(ctx, outcome, {}, 'phone-code')] }),
      );
    }
    const account = await services.accounts.get(ctx.account!.id);
    setFlash(reply, { key: 'flash.phoneAdded', type: 'success', context: { phone: account?.phoneE164 ?? '' } });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/phone/remove`, page, async (request, reply, ctx) => {
    const confirmed = await confirmedActor(request, ctx, formOf(request).password ?? '');
    const outcome = confirmed.ok ? await services.factors.removePhone(confirmed.who, '') : confirmed;
    if (!outcome.ok) return refused(reply, ctx, outcome, {}, 'phone-remove-password');
    setFlash(reply, { key: 'flash.phoneRemoved', type: 'success' });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/totp`, page, async (request, reply, ctx) => {
    const confirmed = await confirmedActor(request, ctx, formOf(request).password ?? '');
    const outcome = confirmed.ok ? await services.factors.startTotp(confirmed.who, '') : confirmed;
    if (!outcome.ok) return refused(reply, ctx, outcome, {}, 'totp-password');
    return redirect(reply, `${PAGE}/totp/verify`);
  });

  const totpSetup = async (ctx: PortalContext) => {
    const pending = await services.factors.pendingTotp(ctx.account!);
    return pending && { qr: await qrDataUri(pending.uri), secret: pending.secret };
  };

  kit.get(`${PAGE}/totp/verify`, { auth: true }, async (_request, reply, ctx) => {
    const setup = await totpSetup(ctx);
    return setup ? sendPage(reply, 200, TotpSetupPage({ ctx, setup })) : redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/totp/verify`, page, async (request, reply, ctx) => {
    const outcome = await services.factors.verifyTotp(
      actor(request, ctx),
      (formOf(request).code ?? '').replace(/\s/g, '').slice(0, 32),
    );
    if (!outcome.ok) {
      if (outcome.code === 'FACTOR_NOT_PENDING') return refused(reply, ctx, outcome, {}, 'totp-password');
      ctx.pagePath = `${PAGE}/totp/verify`;
      const setup = await totpSetup(ctx);
      return sendPage(
        reply,
        statusOf(outcome),
        TotpSetupPage({ ctx, ...(setup ? { setup } : {}), errors: [refusalError(ctx, outcome, {}, 'totp-code')] }),
      );
    }
    setFlash(reply, { key: 'flash.totpEnabled', type: 'success' });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/totp/remove`, page, async (request, reply, ctx) => {
    const confirmed = await confirmedActor(request, ctx, formOf(request).password ?? '');
    const outcome = confirmed.ok ? await services.factors.removeTotp(confirmed.who, '') : confirmed;
    if (!outcome.ok) return refused(reply, ctx, outcome, {}, 'totp-remove-password');
    setFlash(reply, { key: 'flash.totpRemoved', type: 'success' });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/sessions/:sessionId/revoke`, page, async (request, reply, ctx) => {
    const { sessionId } = request.params as { sessionId: string };
    // Revoking one that is gone already (another tab did it) changes nothing and says the same.
    if (SESSION_ID.test(sessionId) && sessionId !== ctx.session!.id)
      await services.sessions.revoke(ctx.account!.id, sessionId);
    setFlash(reply, { key: 'flash.sessionRevoked', type: 'success' });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/sessions/others`, page, async (_request, reply, ctx) => {
    const count = await services.sessions.revokeAll(ctx.account!.id, ctx.session!.id);
    setFlash(reply, { key: 'flash.sessionsRevoked', type: 'success', context: { count } });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/sessions/all`, page, async (_request, reply, ctx) => {
    await services.sessions.revokeAll(ctx.account!.id);
    clearSessionCookie(reply);
    setFlash(reply, { key: 'flash.signedOutEverywhere', type: 'success' });
    return redirect(reply, '/sign-in');
  });

  const PASSKEY_ID = /^pk_[A-Za-z0-9_-]{1,60}$/;

  // The script asked /v1/account/passkeys/options in this session, ran the browser's ceremony and posts its answer.
  kit.post(`${PAGE}/passkeys`, page, async (request, reply, ctx) => {
    const form = formOf(request);
    const name = (form.name ?? '').slice(0, 64);
    let response: unknown;
    try {
      response = JSON.parse(form.credential ?? '');
    } catch {
      response = undefined;
    }
    const outcome = await services.passkeys.register(
      { account: ctx.account!, ...requestInfo(request) },
      { boundTo: `session:${ctx.session!.id}`, challengeId: (form.challenge_id ?? '').slice(0, 64), response, name },
    );
    if (!outcome.ok) return refused(reply, ctx, outcome, {}, 'passkey-name', { name });
    setFlash(reply, { key: 'flash.passkeyAdded', type: 'success', context: { name: outcome.passkey.name } });
    return redirect(reply, PAGE);
  });

  kit.post(`${PAGE}/passkeys/:passkeyId/remove`, page, async (request, reply, ctx) => {
    const { passkeyId } = request.params as { passkeyId: string };
    const outcome = PASSKEY_ID.test(passkeyId)
      ? await services.passkeys.remove(
          { account: ctx.account!, ...requestInfo(request), signedInAt: ctx.session!.createdAt },
          passkeyId,
        )
      : ({ ok: false, code: 'PASSKEY_NOT_FOUND' } as const);
    if (!outcome.ok) return refused(reply, ctx, outcome, {}, 'passkey-name');
    setFlash(reply, { key: 'flash.passkeyRemoved', type: 'success' });
    return redirect(reply, PAGE);
  });
}
