// The operator API as a surface: /admin/v1 routes behind operator tokens, each call audited with its token.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Surface } from '../web/index.js';
import { auditOperatorCall } from './auth.js';
import { accountRoutes } from './routes/account-routes.js';
import { deviceRoutes } from './routes/device-routes.js';
import { subscriptionRoutes } from './routes/subscription-routes.js';
import { codeRoutes } from './routes/code-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { tokenRoutes } from './routes/token-routes.js';
import { webhookRoutes } from './routes/webhook-routes.js';
import { statementKeyRoutes } from './routes/statement-key-routes.js';

export const admin: Surface = (services) => {
  async function adminPlugin(instance: FastifyInstance): Promise<void> {
    const scope = instance.withTypeProvider<TypeBoxTypeProvider>();
    scope.addHook('onSend', async (request, reply, payload) => {
      await auditOperatorCall(request, reply, services);
      if (request.url.startsWith('/admin/')) reply.header('cache-control', 'no-store');
      return payload;
    });
    accountRoutes(scope, services);
    deviceRoutes(scope, services);
    subscriptionRoutes(scope, services);
    codeRoutes(scope, services);
    eventRoutes(scope, services);
    tokenRoutes(scope, services);
    webhookRoutes(scope, services);
    statementKeyRoutes(scope, services);
  }
  return adminPlugin;
};
