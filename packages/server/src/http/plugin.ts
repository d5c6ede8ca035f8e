// The JSON API as a surface: CORS for /v1, the OpenAPI document and its docs page, and the /v1 routes.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Surface } from '../web/index.js';
import { installCors } from './cors.js';
import { describeRoutes } from './openapi.js';
import { flowRoutes } from './routes/flow-routes.js';
import { accountRoutes } from './routes/account-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { opsRoutes } from './routes/ops-routes.js';
import { deviceRoutes } from './routes/device-routes.js';
import { subscriptionRoutes } from './routes/subscription-routes.js';
import { passkeyRoutes } from './routes/passkey-routes.js';
import { deviceCodeRoutes } from './routes/device-code-routes.js';

/**
 * The docs page is files only fetching /docs/json; the one inline style Swagger UI applies is allowed by its hash
 * (the browser test of /docs fails if an upgrade changes it). Nothing may frame it.
 */
const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-hashes' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='; " +
  "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";

export const api: Surface = (services) => {
  const { config } = services;
  async function apiPlugin(instance: FastifyInstance): Promise<void> {
    const scope = instance.withTypeProvider<TypeBoxTypeProvider>();
    installCors(scope, config.corsOrigins);
    await scope.register(swagger, {
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
            // The operator API's (/admin/v1, a surface of its own) tokens, described in the one document.
            operatorToken: {
              type: 'http',
              scheme: 'bearer',
              description: 'An operator API token (`tsk_…`) from `tessera-server admin tokens create`, with scopes.',
            },
          },
        },
      },
    });
    describeRoutes(scope);
    await scope.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: DOCS_CSP,
    });
    scope.get('/openapi.json', { schema: { hide: true } as object }, async () => scope.swagger());

    opsRoutes(scope, services);
    flowRoutes(scope, services);
    accountRoutes(scope, services);
    sessionRoutes(scope, services);
    deviceRoutes(scope, services);
    subscriptionRoutes(scope, services);
    passkeyRoutes(scope, services);
    deviceCodeRoutes(scope, services);
  }
  // Not a scope of its own (Fastify's skip-override, what fastify-plugin sets): the CORS hook sees every request,
  // unmatched /v1 paths included, and the route describer sees every route, as when these were registered at the root.
  return Object.assign(apiPlugin, { [Symbol.for('skip-override')]: true });
};
