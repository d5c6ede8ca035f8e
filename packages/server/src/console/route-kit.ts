// Declares console routes with the checks every page needs before any handler runs: the console session (never a
// portal session alone), the role's scope (the same check as /admin/v1), and for posts the form type, the CSRF
// token, the request limit and, for destructive actions, a recent proof. Every post is audited with its operator.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestLimit, type WebServices } from '../web/index.js';
import { AppError } from '../errors/index.js';
import type { ConsoleOperator, OperatorScope } from '../operators/index.js';
import { contextOf, loadContext, setFlash, type ConsoleContext } from './context.js';
import { csrfValid } from './csrf.js';
import { RefusalPage, SignedOutPage, StaleFormPage } from './pages/problem.js';
import { consoleNext, withNext } from './safe-next.js';
import { redirect, sendPage } from './send-page.js';

export type OperatorContext = ConsoleContext & { operator: ConsoleOperator };
export type ConsoleHandler = (request: FastifyRequest, reply: FastifyReply, ctx: OperatorContext) => Promise<unknown>;
export type OpenHandler = (request: FastifyRequest, reply: FastifyReply, ctx: ConsoleContext) => Promise<unknown>;

export interface ActionOptions {
  /** Absent: any operator (their own session's actions). */
  scope?: OperatorScope;
  /** Removes or ends something: needs a proof (password and code) from the last few minutes. */
  fresh?: boolean;
  /** The page the action belongs to: where it leads back, and what a refusal links to. */
  back: (request: FastifyRequest) => string;
}

export interface PageOptions {
  scope?: OperatorScope;
  /** Shows one customer's personal data: the view is audited like an action (who looked, at whom). */
  audited?: boolean;
}

export interface ConsoleKit {
  /** A page for operators whose role holds `scope`; others see a refusal naming the roles that do. */
  page(url: string, options: PageOptions, handler: ConsoleHandler): void;
  /** A form post acting on something, audited with the operator who sent it. */
  action(url: string, options: ActionOptions, handler: ConsoleHandler): void;
  /** The console sign-in's own pages, before there is a console session. */
  open(url: string, handler: OpenHandler): void;
  openPost(url: string, handler: OpenHandler): void;
}

const hidden = { hide: true } as object;

export function formOf(request: FastifyRequest): Record<string, string> {
  const values: Record<string, string> = {};
  const body = request.body;
  if (body && typeof body === 'object')
    for (const [name, value] of Object.entries(body as Record<string, unknown>))
      if (typeof value === 'string') values[name] = value;
  return values;
}

/** A path parameter shaped like an id; anything else is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, unknown>)[name];
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw new AppError('NOT_FOUND');
  return value;
}

const isFormPost = (request: FastifyRequest) =>
  String(request.headers['content-type'] ?? '')
    .toLowerCase()
    .startsWith('application/x-www-form-urlencoded');

export function consoleKit(scope: FastifyInstance, s: WebServices): ConsoleKit {
  const limited = requestLimit({ tallies: s.tallies, perMinute: s.config.requestsPerMinute });
  const run = (handler: ConsoleHandler) => async (request: FastifyRequest, reply: FastifyReply) =>
    handler(request, reply, contextOf(request) as OperatorContext);
  const runOpen = (handler: OpenHandler) => async (request: FastifyRequest, reply: FastifyReply) =>
    handler(request, reply, contextOf(request)!);

  /** Form type, CSRF and request limit: checked before anything the form says is read. */
  async function formChecks(request: FastifyRequest, reply: FastifyReply, ctx: ConsoleContext, back: string) {
    if (!isFormPost(request)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
    if (!csrfValid(ctx.binding, formOf(request)._csrf)) return sendPage(reply, 403, StaleFormPage({ ctx, back }));
    await limited(request);
    return undefined;
  }

  async function audit(request: FastifyRequest, reply: FastifyReply) {
    const operator = contextOf(request)?.operator;
    if (!operator) return;
    const params = (request.params ?? {}) as Record<string, unknown>;
    await s.operator.auditLog.record('console.request', {
      accountId: null,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
      details: {
        operatorAccountId: operator.account.id,
        role: operator.role,
        method: request.method,
        route: request.routeOptions.url ?? null,
        status: reply.statusCode,
        ...(typeof params.accountId === 'string' ? { targetAccountId: params.accountId } : {}),
      },
    });
  }

  return {
    page(url, options, handler) {
      scope.get(
        url,
        {
          schema: hidden,
          preHandler: async (request, reply) => {
            const ctx = await loadContext(request, reply, s);
            if (!ctx.operator) return redirect(reply, withNext('/console/sign-in', consoleNext(request.url)));
            if (options.scope && !ctx.can(options.scope))
              return sendPage(reply, 403, RefusalPage({ ctx, scope: options.scope, back: '/console' }));
            return undefined;
          },
          ...(options.audited
            ? {
                onSend: async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
                  await audit(request, reply);
                  return payload;
                },
              }
            : {}),
        },
        run(handler),
      );
    },

    action(url, options, handler) {
      scope.post(
        url,
        {
          schema: hidden,
          preHandler: async (request, reply) => {
            const ctx = await loadContext(request, reply, s);
            const back = options.back(request);
            ctx.pagePath = back;
            if (!ctx.operator) return sendPage(reply, 401, SignedOutPage({ ctx, back }));
            const refused = await formChecks(request, reply, ctx, back);
            if (refused) return refused;
            if (options.scope && !ctx.can(options.scope))
              return sendPage(reply, 403, RefusalPage({ ctx, scope: options.scope, back }));
            if (options.fresh && !s.operator.consoleSessions.isFresh(ctx.operator)) {
              setFlash(request, reply, s, { key: 'flash.confirmNeeded', type: 'info' });
              return redirect(reply, withNext('/console/confirm', back));
            }
            return undefined;
          },
          // Awaited before the answer leaves: whoever saw the result finds the audit entry.
          onSend: async (request, reply, payload) => {
            await audit(request, reply);
            return payload;
          },
        },
        run(handler),
      );
    },

    open(url, handler) {
      scope.get(
        url,
        {
          schema: hidden,
          preHandler: async (request, reply) => {
            await loadContext(request, reply, s);
          },
        },
        runOpen(handler),
      );
    },

    openPost(url, handler) {
      scope.post(
        url,
        {
          schema: hidden,
          preHandler: async (request, reply) => {
            const ctx = await loadContext(request, reply, s);
            return formChecks(request, reply, ctx, ctx.pagePath);
          },
        },
        runOpen(handler),
      );
    },
  };
}
