// /activate: the person's side of RFC 8628. A typed user code finds the device's request (guessing is capped per IP
// and across the code space); signed in, "Continue" starts a connect flow for that account which ends in
// "Approve" / "Deny"; signed out, sign-in (image code, second factor) comes first and leads back here.
import { requestInfo } from '../../web/index.js';
import type { WebServices } from '../../web/index.js';
import { ERROR_CATALOG } from '@tessera/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, retryAfterOf, type Refusal } from '../../errors/index.js';
import type { FlowStep } from '../../flows/index.js';
import type { PortalContext } from '../context.js';
import { clearCookie, flowCookie, readCookie, setCookie } from '../cookies.js';
import { formOf } from '../form-data.js';
import { statusOf } from '../outcome.js';
import { ActivateFlowPage, AnsweredPage, EnterCodePage, RequestPage } from '../pages/activate.js';
import type { RouteKit } from '../route-kit.js';
import { redirect, sendPage } from '../send-page.js';
import { submissionOf } from '../submission.js';

const COOKIE = flowCookie('connect');

export function activatePages(kit: RouteKit, services: WebServices): void {
  const flowIdOf = (request: FastifyRequest) => {
    const value = readCookie(request, COOKIE);
    return value && /^flw_[A-Za-z0-9_-]{1,60}$/.test(value) ? value : undefined;
  };

  /** The request a typed code names, or the code's page again with why not (a wrong code, or too many tries). */
  async function find(request: FastifyRequest, reply: FastifyReply, ctx: PortalContext, code: unknown) {
    const found = await services.deviceGrants.lookup(code, request.ip);
    if (found.ok) return found.grant;
    const wait = retryAfterOf(found);
    if (wait !== undefined) reply.header('retry-after', String(wait));
    const value = typeof code === 'string' ? code.slice(0, 20) : undefined;
    const error = ctx.m(ERROR_CATALOG[found.code].message, found.context);
    sendPage(reply, statusOf(found), EnterCodePage({ ctx, ...(value ? { value } : {}), error }));
    return undefined;
  }

  const showFlow = (reply: FastifyReply, ctx: PortalContext, status: number, step: FlowStep) => {
    const wait = step.refusal && retryAfterOf(step.refusal);
    if (wait !== undefined) reply.header('retry-after', String(wait));
    return sendPage(reply, status, ActivateFlowPage({ ctx, view: step.view }));
  };
  const expired = (reply: FastifyReply, ctx: PortalContext) =>
    sendPage(reply, 410, EnterCodePage({ ctx, error: ctx.m(ERROR_CATALOG.FLOW_EXPIRED.message) }));

  kit.get('/activate', {}, async (request, reply, ctx) => {
    ctx.pagePath = request.url;
    const code = (request.query as Record<string, unknown>).code;
    if (code === undefined || code === '') return sendPage(reply, 200, EnterCodePage({ ctx }));
    const grant = await find(request, reply, ctx, code);
    return grant ? sendPage(reply, 200, RequestPage({ ctx, grant })) : reply;
  });

  // Continue as the signed-in account: it approves for whoever is signed in here, which the page says beforehand.
  kit.post('/activate', { auth: true, back: '/activate' }, async (request, reply, ctx) => {
    const grant = await find(request, reply, ctx, formOf(request).code);
    if (!grant) return reply;
    const created = await services.flows.create(
      { kind: 'connect', appId: grant.appId, device: grant.device, locale: ctx.locale },
      requestInfo(request),
      { sessionAccountId: ctx.account!.id, deviceGrant: { id: grant.id, ip: grant.ip, country: grant.country } },
    );
    // "Approve" is always a step still to take, so a new flow never finishes (or is refused) as it starts.
    if (!created.ok) throw new AppError(created.code, created.context);
    setCookie(reply, COOKIE, created.view.flow.id, services.config.flowLifetimeSeconds);
    return redirect(reply, '/activate/flow');
  });

  kit.post('/activate/deny', { back: '/activate' }, async (request, reply, ctx) => {
    const grant = await find(request, reply, ctx, formOf(request).code);
    if (!grant) return reply;
    const denied = await services.deviceGrants.deny(grant.id);
    if (!denied.ok) throw new AppError(denied.code);
    return sendPage(reply, 200, AnsweredPage({ ctx, outcome: 'denied' }));
  });

  kit.get('/activate/flow', {}, async (request, reply, ctx) => {
    const flowId = flowIdOf(request);
    if (!flowId) return redirect(reply, '/activate');
    const current = await services.flows.get(flowId, requestInfo(request));
    if (current.kind === 'gone') return expired(reply, ctx);
    if (current.view.step === 'done') return sendPage(reply, 200, AnsweredPage({ ctx, outcome: 'done' }));
    return showFlow(reply, ctx, 200, current);
  });

  kit.post('/activate/flow', { back: '/activate/flow' }, async (request, reply, ctx) => {
    const form = formOf(request);
    const flowId = flowIdOf(request);
    // Only this browser's attempt: the flow id is in its HttpOnly cookie and must match the form's.
    if (!flowId || form.flow !== flowId) return redirect(reply, '/activate/flow');
    // "Choose this subscription" buttons post the id under the node's name; the step's schema calls it subscriptionId.
    const fields = form.step === 'select_subscription' ? { ...form, subscriptionId: form.subscription ?? '' } : form;
    const submission = submissionOf(request, fields);
    if (!submission.ok) {
      const current = await services.flows.get(flowId, requestInfo(request));
      if (current.kind === 'gone') return expired(reply, ctx);
      return sendPage(
        reply,
        400,
        ActivateFlowPage({ ctx, view: current.view, extraErrors: [{ text: ctx.t('form.invalid') }] }),
      );
    }
    const response = await services.flows.submit(flowId, submission.body, requestInfo(request));
    if (response.kind === 'gone') return expired(reply, ctx);
    if (response.kind === 'moved') return redirect(reply, '/activate/flow');
    if (response.refusal?.code === 'DEVICE_AUTHORIZATION_DENIED') {
      clearCookie(reply, COOKIE);
      return sendPage(reply, 200, AnsweredPage({ ctx, outcome: 'denied' }));
    }
    if (response.refusal) return showFlow(reply, ctx, statusOf(response.refusal as Refusal), response);
    return redirect(reply, '/activate/flow');
  });
}
