// Webhook endpoints (create with the secret shown once, list, get, delete, enable), their deliveries, and redelivery.
import { Type } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { DeliveryRecord, WebhookEndpointSummary } from '../../webhooks/index.js';
import { IdParam, operation } from '../describe.js';

const Time = Type.String({ format: 'date-time' });
const TimeOrNull = Type.Union([Time, Type.Null()]);
const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const EndpointView = Type.Object({
  id: Type.String(),
  url: Type.String(),
  eventTypes: Type.Array(Type.String()),
  description: Type.Union([Type.String(), Type.Null()]),
  createdAt: Time,
  disabledAt: TimeOrNull,
  disabledReason: Type.Union([Type.String(), Type.Null()]),
  consecutiveFailures: Type.Integer(),
});
const endpointView = (e: WebhookEndpointSummary) => ({
  ...e,
  createdAt: new Date(e.createdAt).toISOString(),
  disabledAt: isoOrNull(e.disabledAt),
});

const DeliveryView = Type.Object({
  id: Type.String(),
  eventId: Type.String(),
  eventType: Type.String(),
  endpointId: Type.String(),
  status: Type.String(),
  attempts: Type.Integer(),
  lastStatusCode: Type.Union([Type.Integer(), Type.Null()]),
  lastError: Type.Union([Type.String(), Type.Null()]),
  nextAttemptAt: Time,
  lastAttemptAt: TimeOrNull,
  deliveredAt: TimeOrNull,
  createdAt: Time,
});
const deliveryView = (d: DeliveryRecord) => ({
  id: d.id,
  eventId: d.eventId,
  eventType: d.eventType,
  endpointId: d.endpointId,
  status: d.status,
  attempts: d.attempts,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  nextAttemptAt: new Date(d.nextAttemptAt).toISOString(),
  lastAttemptAt: isoOrNull(d.lastAttemptAt),
  deliveredAt: isoOrNull(d.deliveredAt),
  createdAt: new Date(d.createdAt).toISOString(),
});

const EndpointParams = IdParam('endpointId');

export function webhookRoutes(app: App, s: WebServices): void {
  const hooks = s.operator.webhooks;
  const found = async (id: string) => {
    const endpoint = await hooks.get(id);
    if (!endpoint) throw new AppError('NOT_FOUND');
    return endpoint;
  };

  app.get(
    '/admin/v1/webhooks/endpoints',
    operation(s, 'webhooks:read', 'adminListWebhookEndpoints', 'Webhook endpoints', {
      response: { 200: Type.Object({ items: Type.Array(EndpointView) }) },
    }),
    async () => ({ items: (await hooks.list()).map(endpointView) }),
  );

  app.post(
    '/admin/v1/webhooks/endpoints',
    operation(s, 'webhooks:write', 'adminCreateWebhookEndpoint', 'Add an endpoint; its `whsec_` secret is shown once', {
      body: Type.Object(
        {
          url: Type.String({ minLength: 1, maxLength: 2000 }),
          eventTypes: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 50 }),
          description: Type.Optional(Type.String({ maxLength: 200 })),
        },
        { additionalProperties: false },
      ),
      response: { 201: Type.Object({ endpoint: EndpointView, secret: Type.String() }) },
    }),
    async (request, reply) => {
      const { url, eventTypes, description } = request.body;
      const r = await hooks.create({ url, eventTypes, ...(description !== undefined ? { description } : {}) });
      // The URL policy, event names and endpoint limit speak as text; the caller sent something we cannot take.
      if (!r.ok) throw new AppError('VALIDATION_FAILED', { problem: r.problem });
      reply.code(201);
      return { endpoint: endpointView(r.endpoint), secret: r.secret };
    },
  );

  app.get(
    '/admin/v1/webhooks/endpoints/:endpointId',
    operation(s, 'webhooks:read', 'adminGetWebhookEndpoint', 'One endpoint', {
      params: EndpointParams,
      response: { 200: Type.Object({ endpoint: EndpointView }) },
    }),
    async (request) => ({ endpoint: endpointView(await found(request.params.endpointId)) }),
  );

  app.delete(
    '/admin/v1/webhooks/endpoints/:endpointId',
    operation(s, 'webhooks:write', 'adminDeleteWebhookEndpoint', 'Delete an endpoint and its queue', {
      params: EndpointParams,
      response: { 200: Type.Object({ deleted: Type.Boolean() }) },
    }),
    async (request) => {
      await found(request.params.endpointId);
      const r = await hooks.delete(request.params.endpointId);
      if (!r.ok) throw new AppError('NOT_FOUND');
      return { deleted: true };
    },
  );

  app.post(
    '/admin/v1/webhooks/endpoints/:endpointId/enable',
    operation(s, 'webhooks:write', 'adminEnableWebhookEndpoint', 'Turn a disabled endpoint back on', {
      params: EndpointParams,
      response: { 200: Type.Object({ endpoint: EndpointView }) },
    }),
    async (request) => {
      await found(request.params.endpointId);
      const r = await hooks.enable(request.params.endpointId);
      if (!r.ok) throw new AppError('OPERATION_REFUSED', { problem: r.problem });
      return { endpoint: endpointView(await found(request.params.endpointId)) };
    },
  );

  app.get(
    '/admin/v1/webhooks/endpoints/:endpointId/deliveries',
    operation(s, 'webhooks:read', 'adminListWebhookDeliveries', "The endpoint's delivery log, newest first", {
      params: EndpointParams,
      querystring: Type.Object(
        {
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
          status: Type.Optional(
            Type.Union([Type.Literal('pending'), Type.Literal('delivered'), Type.Literal('failed')]),
          ),
        },
        { additionalProperties: false },
      ),
      response: { 200: Type.Object({ items: Type.Array(DeliveryView) }) },
    }),
    async (request) => {
      await found(request.params.endpointId);
      const { limit = 50, status } = request.query;
      const r = await hooks.deliveries(request.params.endpointId, { limit, ...(status ? { status } : {}) });
      if (!r.ok) throw new AppError('NOT_FOUND');
      return { items: r.deliveries.map(deliveryView) };
    },
  );

  app.post(
    '/admin/v1/webhooks/deliveries/:deliveryId/redeliver',
    operation(s, 'webhooks:write', 'adminRedeliverWebhook', 'Queue a delivery’s event again for its endpoint', {
      params: IdParam('deliveryId'),
      response: { 201: Type.Object({ delivery: DeliveryView }) },
    }),
    async (request, reply) => {
      const r = await hooks.redeliver(request.params.deliveryId);
      if (!r.ok) throw new AppError(/^no /.test(r.problem) ? 'NOT_FOUND' : 'OPERATION_REFUSED', { problem: r.problem });
      reply.code(201);
      return { delivery: deliveryView(r.delivery) };
    },
  );
}
