// The portal as a Fastify plugin: its own scope (form bodies, HTML errors, security headers) beside the JSON API.
import { toAppError } from '../web/index.js';
import type { WebServices } from '../web/index.js';
import formbody from '@fastify/formbody';
import { ERROR_CATALOG } from '@tessera/protocol';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors/index.js';
import { assetRoutes } from './asset-routes.js';
import { baseContext, contextOf } from './context.js';
import { ProblemPage } from './pages/problem.js';
import { routeKit } from './route-kit.js';
import { accountPages } from './routes/account-pages.js';
import { activatePages } from './routes/activate-pages.js';
import { devPages } from './routes/dev-pages.js';
import { devicePages } from './routes/device-pages.js';
import { flowPages } from './routes/flow-pages.js';
import { invitationPages } from './routes/invitation-pages.js';
import { privacyPages } from './routes/privacy-pages.js';
import { securityPages } from './routes/security-pages.js';
import { subscriptionPages } from './routes/subscription-pages.js';
import { applySecurityHeaders, contentSecurityPolicy } from './security-headers.js';
import { brandingOf, brandingRoutes } from './branding.js';
import { sendPage } from './send-page.js';

export function portal(services: WebServices) {
  return async function portalPlugin(scope: FastifyInstance): Promise<void> {
    // Urlencoded bodies are read here only: the JSON API keeps refusing form posts.
    await scope.register(formbody, { bodyLimit: 16 * 1024 });
    const branding = brandingOf(services.config);
    const policy = contentSecurityPolicy(branding.logoOrigin);
    scope.addHook('onSend', async (_request, reply) => applySecurityHeaders(reply, services.config, policy));
    brandingRoutes(scope, branding);

    scope.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'portal error');
      const ctx = contextOf(request) ?? baseContext(request, reply, services);
      const context = appError.retryAfterSeconds !== undefined ? { seconds: appError.retryAfterSeconds } : undefined;
      if (appError.retryAfterSeconds !== undefined) reply.header('retry-after', String(appError.retryAfterSeconds));
      const notFound = appError.code === 'NOT_FOUND';
      return sendPage(
        reply,
        appError.status,
        ProblemPage({
          ctx,
          title: ctx.t(notFound ? 'problem.notFound.title' : 'problem.title'),
          body: notFound ? ctx.t('problem.notFound.body') : ctx.m(ERROR_CATALOG[appError.code].message, context),
        }),
      );
    });

    const kit = routeKit(scope, services);
    assetRoutes(scope);
    flowPages(kit, services);
    accountPages(kit, services);
    securityPages(kit, services);
    subscriptionPages(kit, services);
    invitationPages(kit, services);
    devicePages(kit, services);
    activatePages(kit, services);
    privacyPages(kit, services);
    if (services.config.dev) devPages(kit, services);
    // Anything else under /account is a page that does not exist, said in HTML rather than the API's JSON.
    kit.get('/account/*', {}, async () => {
      throw new AppError('NOT_FOUND');
    });
  };
}
