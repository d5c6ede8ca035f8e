// Sign-in, sign-up and recovery pages: each drives its flow through the same engine as the API. The flow's id lives
// in an HttpOnly cookie of this browser and must match the form's, so an attempt cannot be continued elsewhere.
import { requestInfo, setSessionCookie } from '../../web/index.js';
import type { WebServices } from '../../web/index.js';
import { M } from '@tessera/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, retryAfterOf } from '../../errors/index.js';
import type { FlowStep } from '../../flows/index.js';
import type { PortalContext } from '../context.js';
import { clearCookie, flowCookie, readCookie, setCookie } from '../cookies.js';
import { setFlash } from '../flash.js';
import { formOf, type FormValues } from '../form-data.js';
import { statusOf } from '../outcome.js';
import { FLOW_PATHS, FlowPage, type PortalFlowKind } from '../pages/flow-page.js';
import type { RouteKit } from '../route-kit.js';
import { safeNext, withNext } from '../safe-next.js';
import { redirect, sendPage } from '../send-page.js';
import { submissionOf } from '../submission.js';
import type { FieldError } from '../ui/forms.js';

const DONE_FLASH = { sign_in: 'flash.signedIn', sign_up: 'flash.welcome', recovery: 'flash.recovered' } as const;
const SECRET_FIELDS = new Set(['password', 'code', 'captcha_answer', '_csrf', '_once']);

export function flowPages(kit: RouteKit, services: WebServices): void {
  const flowIdOf = (request: FastifyRequest, kind: PortalFlowKind) => {
    const value = readCookie(request, flowCookie(kind));
    return value && /^flw_[A-Za-z0-9_-]{1,60}$/.test(value) ? value : undefined;
  };

  async function start(
    kind: PortalFlowKind,
    ctx: PortalContext,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FlowStep> {
    const created = await services.flows.create({ kind, locale: ctx.locale }, requestInfo(request));
    // Only a connect can finish (and so be refused) as it starts; these kinds always start at a step.
    if (!created.ok) throw new AppError(created.code, created.context);
    setCookie(reply, flowCookie(kind), created.view.flow.id, services.config.flowLifetimeSeconds);
    return { kind: 'step', view: created.view };
  }

  /** The flow's current step; undefined when it is gone or finished, 'expired' when its time ran out. */
  async function resume(flowId: string, request: FastifyRequest): Promise<FlowStep | 'expired' | undefined> {
    const current = await services.flows.get(flowId, requestInfo(request));
    if (current.kind === 'gone') return current.refusal.code === 'FLOW_EXPIRED' ? 'expired' : undefined;
    return current.view.step === 'done' ? undefined : current;
  }

  for (const kind of Object.keys(FLOW_PATHS) as PortalFlowKind[]) {
    const path = FLOW_PATHS[kind];
    const show = (
      reply: FastifyReply,
      ctx: PortalContext,
      status: number,
      response: FlowStep,
      extra: {
        next?: string | undefined;
        values?: FormValues;
        notice?: string;
        errors?: FieldError[];
      } = {},
    ) => {
      ctx.pagePath = withNext(path, extra.next);
      const wait = response.refusal && retryAfterOf(response.refusal);
      if (wait !== undefined) reply.header('retry-after', String(wait));
      return sendPage(
        reply,
        status,
        FlowPage({
          ctx,
          kind,
          view: response.view,
          next: extra.next,
          ...(extra.values ? { values: extra.values } : {}),
          ...(extra.notice ? { notice: extra.notice } : {}),
          ...(extra.errors ? { extraErrors: extra.errors } : {}),
        }),
      );
    };

    /** Another tab or a repeated post moved the attempt on: the page shows where it stands now, said once. */
    const movedOn = (reply: FastifyReply, next: string | undefined) => {
      setFlash(reply, { key: 'flash.flowMoved', type: 'info' });
      return redirect(reply, withNext(path, next));
    };

    /** Starts afresh, saying why: the old attempt expired, or was replaced in another tab. */
    const restart = async (
      request: FastifyRequest,
      reply: FastifyReply,
      ctx: PortalContext,
      status: number,
      notice: string,
      next?: string,
    ) => show(reply, ctx, status, await start(kind, ctx, request, reply), { next, notice });

    kit.get(path, {}, async (request, reply, ctx) => {
      const query = request.query as Record<string, unknown>;
      const next = safeNext(query.next);
      if (ctx.account && kind !== 'recovery') return redirect(reply, next ?? '/account');
      const flowId = query.restart === undefined ? flowIdOf(request, kind) : undefined;
      const current = flowId ? await resume(flowId, request) : undefined;
      if (current === 'expired') return restart(request, reply, ctx, 200, ctx.t('flow.expired'), next);
      return show(reply, ctx, 200, current ?? (await start(kind, ctx, request, reply)), { next });
    });

    kit.post(path, { back: path }, async (request, reply, ctx) => {
      const form = formOf(request);
      const next = safeNext(form.next);
      const values = Object.fromEntries(Object.entries(form).filter(([name]) => !SECRET_FIELDS.has(name)));
      const flowId = flowIdOf(request, kind);
      if (!flowId || form.flow !== flowId) {
        // This page's attempt is not this browser's current one: it finished (a repeated last step), another tab
        // started over, or the cookie ran out.
        if (ctx.account && kind !== 'recovery') return redirect(reply, next ?? '/account');
        const current = flowId ? await resume(flowId, request) : undefined;
        if (current && current !== 'expired') return movedOn(reply, next);
        return restart(request, reply, ctx, 410, ctx.t('flow.expired'), next);
      }

      const submission = submissionOf(request, form);
      if (!submission.ok) {
        const current = await resume(flowId, request);
        if (!current || current === 'expired') return restart(request, reply, ctx, 410, ctx.t('flow.expired'), next);
        const error: FieldError =
          submission.field === 'email'
            ? { text: ctx.m(M.ERR_EMAIL_INVALID), field: 'field-email' }
            : { text: ctx.t('form.invalid') };
        return show(reply, ctx, 400, current, { next, values, errors: [error] });
      }

      const response = await services.flows.submit(flowId, submission.body, requestInfo(request));
      if (response.kind === 'gone') return restart(request, reply, ctx, 410, ctx.t('flow.expired'), next);
      if (response.kind === 'moved') {
        // A double submission or a second tab moved the attempt on, or finished it: show where it is now, or (once
        // finished) the account or a fresh start; nothing ran twice.
        const current = await resume(flowId, request);
        if (current && current !== 'expired') return movedOn(reply, next);
        if (ctx.account) return redirect(reply, next ?? '/account');
        return restart(request, reply, ctx, 409, ctx.m(M.ERR_FLOW_COMPLETED), next);
      }

      const session = response.view.result?.session;
      // A refused step is answered with the form and its errors; a step taken is a redirect, so Back and reload
      // show the flow as it now stands instead of offering to post the form again.
      if (response.refusal) return show(reply, ctx, statusOf(response.refusal), response, { next, values });
      if (response.view.step !== 'done' || !session) return redirect(reply, withNext(path, next));
      clearCookie(reply, flowCookie(kind));
      // A session this browser held before (another tab, another account) is ended rather than left orphaned.
      if (ctx.session) await services.sessions.revoke(ctx.session.accountId, ctx.session.id);
      setSessionCookie(reply, session);
      setFlash(reply, { key: DONE_FLASH[kind], type: 'success' });
      return redirect(reply, next ?? '/account');
    });
  }

  // Passwordless: the script ran the browser's ceremony over /v1/passkeys/sign-in/options and posts its answer.
  kit.post('/sign-in/passkey', { back: '/sign-in' }, async (request, reply, ctx) => {
    const form = formOf(request);
    const next = safeNext(form.next);
    let response: unknown;
    try {
      response = JSON.parse(form.credential ?? '');
    } catch {
      response = undefined;
    }
    const outcome = await services.passwordless.signIn({
      challengeId: (form.challenge_id ?? '').slice(0, 64),
      response,
      ...requestInfo(request),
    });
    if (!outcome.ok) {
      setFlash(reply, { key: 'flow.passkeyFailed', type: 'info' });
      return redirect(reply, withNext('/sign-in', next));
    }
    if (ctx.session) await services.sessions.revoke(ctx.session.accountId, ctx.session.id);
    setSessionCookie(reply, { token: outcome.token, expiresAt: new Date(outcome.expiresAt).toISOString() });
    setFlash(reply, { key: 'flash.passkeySignedIn', type: 'success' });
    return redirect(reply, next ?? '/account');
  });
}
