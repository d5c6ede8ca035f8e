// Builds the server: strict validation, catalog errors, metrics, cookies, shared headers, then each web surface as a plugin.
import Fastify from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import cookie from '@fastify/cookie';
import type { FastifyBaseLogger } from 'fastify';
import { handleError, installErrorHandling } from './error-handler.js';
import { installFastLanes } from './fast-lane.js';
import { installMetrics } from './metrics.js';
import { installQueryCoercion } from './query-coercion.js';
import { buildSerializer } from './serializer-cache.js';
import { BriefRequestLog, RequestLog } from './request-log.js';
import type { App, Surface, WebServices } from './services.js';

/**
 * On every answer, the fast lanes' included. Nothing this server answers is meant to be framed (the portal and /docs
 * also say so in their CSP).
 */
const SHARED_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
} as const;

/**
 * `surfaces` in registration order; the composition root names them (`[api, portal]`), so adding the operator API
 * or the console is one more entry there, and `web/` never imports a surface.
 */
export async function buildApp(
  services: WebServices,
  logger: FastifyBaseLogger,
  surfaces: readonly Surface[],
): Promise<App> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustedProxies.length ? [...config.trustedProxies] : false,
    // One route, one rate-limit bucket, however the path is spelled.
    routerOptions: { ignoreTrailingSlash: true, ignoreDuplicateSlashes: true, caseSensitive: false },
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false } },
    // Response serializers compiled once per process (serializer-cache.ts); validation keeps Fastify's own compiler.
    schemaController: { compilersFactory: { buildSerializer } },
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: handleError,
    logController: config.dev ? new BriefRequestLog() : new RequestLog(),
  }).withTypeProvider<TypeBoxTypeProvider>();

  installErrorHandling(app);
  const seriesOf = installMetrics(app, services.metrics);
  installFastLanes(app, { headers: SHARED_HEADERS, metrics: services.metrics, seriesOf });
  installQueryCoercion(app);
  await app.register(cookie);
  // Hooks every request passes are callback-style, not async: no promise per hook on a path a fleet runs all day.
  app.addHook('onSend', (request, reply, payload, done) => {
    reply.headers(SHARED_HEADERS);
    if (request.url.startsWith('/v1/')) reply.header('cache-control', 'no-store');
    done(null, payload);
  });

  for (const surface of surfaces) await app.register(surface(services));
  return app;
}
