// Declares portal routes with the checks every page needs, before any handler runs: the person's context; sign-in
// where required; and for posts the form type, the CSRF token, the request limit and the double-submit guard.
import { requestLimit } from '../web/index.js';
import type { WebServices } from '../web/index.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/index.js';
import { contextOf, loadContext, SESSION_ENDED, type PortalContext } from './context.js';
import { csrfValid } from './csrf.js';
import { setFlash } from './flash.js';
import { formOf, isFormPost } from './form-data.js';
import { firstSubmission } from './once.js';
import { SignedOutPage, StaleFormPage } from './pages/problem.js';
import { safeNext, withNext } from './safe-next.js';
import { redirect, sendPage } from './send-page.js';

export interface PageOptions {
  /** Only for a signed-in person: others are sent to sign in (GET) or told they were signed out (POST). */
  auth?: boolean;
  /** Act on a rendered form once: a second arrival of the same form is turned away (POST). */
  once?: boolean;
  /** The page a post belongs to: where "back" and a turned-away duplicate lead. */
  back?: string | ((request: FastifyRequest) => string);
}

export type PageHandler = (request: FastifyRequest, reply: FastifyReply, ctx: PortalContext) => Promise<unknown>;

export interface RouteKit {
  get(url: string, options: PageOptions, handler: PageHandler): void;
  post(url: string, options: PageOptions, handler: PageHandler): void;
}

const hidden = { hide: true } as object;

export function routeKit(scope: FastifyInstance, services: WebServices): RouteKit {
  const limited = requestLimit({ tallies: services.tallies, perMinute: services.config.requestsPerMinute });
  const run = (handler: PageHandler) => async (request: FastifyRequest, reply: FastifyReply) =>
    handler(request, reply, contextOf(request)!);
  const backOf = (request: FastifyRequest, options: PageOptions) =>
    (typeof options.back === 'function' ? options.back(request) : options.back) ?? '/account';

  return {
    get(url, options, handler) {
      scope.get(
        url,
        {
          schema: hidden,
          preHandler: async (request, reply) => {
            const ctx = await loadContext(request, reply, services);
            if (options.auth && !ctx.account) {
              // Said on the sign-in page it leads to: why this browser is signed out.
              if (ctx.sessionEnded) setFlash(reply, SESSION_ENDED);
              return redirect(reply, withNext('/sign-in', safeNext(request.url)));
            }
            return undefined;
          },
        },
        run(handler),
      );
    },

    post(url, options, handler) {
      scope.post(
        url,
        {
          schema: hidden,
          preHandler: async (request, reply) => {
            const ctx = await loadContext(request, reply, services);
            const back = backOf(request, options);
            ctx.pagePath = back;
            // Forms only: a JSON or other body never reaches a portal handler.
            if (!isFormPost(request)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
            // Signed out elsewhere is told as such (rather than as a stale form); nothing is changed either way.
            if (options.auth && !ctx.account) return sendPage(reply, 401, SignedOutPage({ ctx, back }));
            const form = formOf(request);
            if (!csrfValid(ctx.binding, form._csrf)) return sendPage(reply, 403, StaleFormPage({ ctx, back }));
            await limited(request);
            if (options.once && !(await firstSubmission(services, form._once))) {
              setFlash(reply, { key: 'flash.duplicate', type: 'info' });
              return redirect(reply, back);
            }
            return undefined;
          },
        },
        run(handler),
      );
    },
  };
}
