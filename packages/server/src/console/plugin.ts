// The operator console as a surface: /console pages in their own scope (form bodies, HTML errors, a CSP with no
// script at all), on the same services and scopes as the operator API.
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toAppError, type Surface } from '../web/index.js';
import { AppError } from '../errors/index.js';
import { assetRoutes } from './assets.js';
import { errorText } from './catalog.js';
import { baseContext, contextOf } from './context.js';
import { ProblemPage } from './pages/problem.js';
import { consoleKit } from './route-kit.js';
import { accountPages } from './routes/account-pages.js';
import { accountActions } from './routes/account-actions.js';
import { searchPages } from './routes/search-pages.js';
import { sessionPages } from './routes/session-pages.js';
import { overviewPages } from './routes/overview-pages.js';
import { codePages } from './routes/code-pages.js';
import { planPages } from './routes/plan-pages.js';
import { statementPages } from './routes/statement-pages.js';
import { webhookPages } from './routes/webhook-pages.js';
import { tokenPages } from './routes/token-pages.js';
import { sendPage } from './send-page.js';

/** Nothing runs in the console's pages: no script source at all, styles from this server only. */
const POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

export const operatorConsole: Surface = (services) =>
  async function consolePlugin(scope: FastifyInstance): Promise<void> {
    // Room for a data statement's text (up to 100,000 characters) in one form.
    await scope.register(formbody, { bodyLimit: 512 * 1024 });
    scope.addHook('onSend', async (request, reply) => {
      if (!request.url.toLowerCase().startsWith('/console')) return;
      reply.header('content-security-policy', POLICY);
      reply.header('cross-origin-opener-policy', 'same-origin');
      reply.header('cross-origin-resource-policy', 'same-origin');
      if (services.config.baseUrl?.startsWith('https://'))
        reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    });

    scope.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const appError = toAppError(error);
      if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'console error');
      const ctx = contextOf(request) ?? baseContext(request, reply, services);
      if (appError.retryAfterSeconds !== undefined) reply.header('retry-after', String(appError.retryAfterSeconds));
      const notFound = appError.code === 'NOT_FOUND';
      const context = appError.retryAfterSeconds !== undefined ? { seconds: appError.retryAfterSeconds } : undefined;
      return sendPage(
        reply,
        appError.status,
        ProblemPage({
          ctx,
          title: ctx.t(notFound ? 'problem.notFound.title' : 'problem.title'),
          body: notFound ? ctx.t('problem.notFound.body') : errorText(appError.code, ctx.locale, context),
        }),
      );
    });

    const kit = consoleKit(scope, services);
    assetRoutes(scope);
    sessionPages(kit, services);
    searchPages(kit, services);
    accountPages(kit, services);
    accountActions(kit, services);
    overviewPages(kit, services);
    codePages(kit, services);
    planPages(kit, services);
    statementPages(kit, services);
    webhookPages(kit, services);
    tokenPages(kit, services);
    // Anything else under /console is a console page that does not exist, said in HTML.
    kit.open('/console/*', async () => {
      throw new AppError('NOT_FOUND');
    });
  };
