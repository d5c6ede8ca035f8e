// Builds the Fastify app: strict validation, catalog errors, security headers, OpenAPI, and the /v1 routes.
import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyBaseLogger } from 'fastify';
import { handleError, installErrorHandling } from './error-handler.js';
import { installMetrics } from './metrics.js';
import { installQueryCoercion } from './query-coercion.js';
import { installCors } from './cors.js';
import { describeRoutes } from './openapi.js';
import { BriefRequestLog } from './brief-request-log.js';
import { flowRoutes } from './routes/flow-routes.js';
import { accountRoutes } from './routes/account-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { opsRoutes } from './routes/ops-routes.js';
import { deviceRoutes } from './routes/device-routes.js';
import { subscriptionRoutes } from './routes/subscription-routes.js';
import type { App, HttpServices } from './types.js';
import { portal } from '../portal/index.js';

/**
 * The docs page is files only fetching /docs/json; the one inline style Swagger UI applies is allowed by its hash
 * (the browser test of /docs fails if an upgrade changes it). Nothing may frame it.
 */
const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

export async function buildApp(services: HttpServices, logger: FastifyBaseLogger): Promise<App> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustedProxies.length ? [...config.trustedProxies] : false,
    // One route, one rate-limit bucket, however the path is spelled.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, caseSensitive: false },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false } },
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: handleError,
    ...(config.dev ? { logController: new BriefRequestLog() } : {}),
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrorHandling(app);
  installMetrics(app, services.metrics);
  installQueryCoercion(app);
  installCors(app, config.corsOrigins);
  await app.register(cookie);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    // Nothing this server answers is meant to be framed (the portal and /docs also say so in their CSP).
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    if (request.url.startsWith('/v1/')) reply.header('cache-control', 'no-store');
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tessera API',
        version: '0.1.0',
        description: 'Accounts, connect flows, sessions and second factors.',
      },
      servers: [
        {
          url: config.baseUrl ?? `http://${config.host}:${config.port}`,
          description: 'this server (TESSERA_BASE_URL)',
        },
      ],
      components: {
        securitySchemes: {
          bearer: {
            type: 'http',
            scheme: 'bearer',
            description: 'A session token (`tss_…`) from a finished sign_in or sign_up flow.',
          },
        },
      },
    },
  });
  describeRoutes(app);
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: DOCS_CSP,
  });
  app.get('/openapi.json', { schema: { hide: true } as object }, async () => app.swagger());

  opsRoutes(app, services);
  flowRoutes(app, services);
  accountRoutes(app, services);
  sessionRoutes(app, services);
  deviceRoutes(app, services);
  subscriptionRoutes(app, services);
  // The account site: server-rendered pages in their own scope (form bodies, HTML errors, CSP).
  await app.register(portal(services));
  return app;
}
