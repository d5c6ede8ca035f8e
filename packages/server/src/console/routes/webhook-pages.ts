// Webhooks: endpoints (add, turn back on, delete), an endpoint's delivery log, one delivery with its body, send again.
import type { FastifyReply } from 'fastify';
import type { WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { DeliveryStatus } from '../../webhooks/index.js';
import { formOf, idParam, type ConsoleKit, type OperatorContext } from '../route-kit.js';
import { setFlash } from '../context.js';
import { WebhooksPage, type EndpointForm } from '../pages/webhooks.js';
import { DeliveriesPage, DeliveryPage, DELIVERY_STATUSES } from '../pages/deliveries.js';
import { redirect, sendPage } from '../send-page.js';
import { valuesOf } from './desk-forms.js';

const LOG_LIMIT = 100;

export function webhookPages(kit: ConsoleKit, s: WebServices): void {
  const endpoints = s.operator.webhooks;
  const list = async (reply: FastifyReply, ctx: OperatorContext, status: number, extra: object = {}) =>
    sendPage(reply, status, WebhooksPage({ ctx, endpoints: await endpoints.list(), ...extra }));

  kit.page('/console/webhooks', { scope: 'webhooks:read' }, async (_request, reply, ctx) => list(reply, ctx, 200));

  kit.action(
    '/console/webhooks',
    { scope: 'webhooks:write', back: () => '/console/webhooks' },
    async (request, reply, ctx) => {
      const form = formOf(request);
      const events = valuesOf(request, 'events');
      const values: EndpointForm = { url: form.url ?? '', description: form.description ?? '', events };
      const created = await endpoints.create({
        url: (form.url ?? '').trim(),
        eventTypes: events,
        ...(form.description?.trim() ? { description: form.description.trim().slice(0, 200) } : {}),
      });
      if (!created.ok)
        return list(reply, ctx, 400, {
          values,
          errors: [{ text: ctx.t('webhooks.create.problem', { problem: created.problem }) }],
        });
      // The secret is shown in this answer only (no redirect: it is never stored in a cookie or a URL).
      return list(reply, ctx, 201, { secret: { url: created.endpoint.url, secret: created.secret } });
    },
  );

  kit.page('/console/webhooks/:endpointId', { scope: 'webhooks:read' }, async (request, reply, ctx) => {
    const endpoint = await endpoints.get(idParam(request, 'endpointId'));
    if (!endpoint) throw new AppError('NOT_FOUND');
    const asked = (request.query as Record<string, unknown>).status;
    let status: DeliveryStatus | undefined;
    if (asked !== undefined && asked !== '') {
      if (!DELIVERY_STATUSES.includes(asked as DeliveryStatus))
        throw new AppError('VALIDATION_FAILED', { fields: ['/status'], in: 'querystring' });
      status = asked as DeliveryStatus;
    }
    const log = await endpoints.deliveries(endpoint.id, { limit: LOG_LIMIT, ...(status ? { status } : {}) });
    if (!log.ok) throw new AppError('NOT_FOUND');
    return sendPage(
      reply,
      200,
      DeliveriesPage({ ctx, endpoint, deliveries: log.deliveries, ...(status ? { status } : {}) }),
    );
  });

  kit.page(
    '/console/webhooks/:endpointId/deliveries/:deliveryId',
    { scope: 'webhooks:read' },
    async (request, reply, ctx) => {
      const found = await endpoints.delivery(idParam(request, 'deliveryId'));
      if (!found.ok || found.delivery.endpointId !== idParam(request, 'endpointId')) throw new AppError('NOT_FOUND');
      return sendPage(reply, 200, DeliveryPage({ ctx, delivery: found.delivery, payload: found.payload }));
    },
  );

  kit.action(
    '/console/webhooks/:endpointId/deliveries/:deliveryId/redeliver',
    {
      scope: 'webhooks:write',
      back: (request) =>
        `/console/webhooks/${idParam(request, 'endpointId')}/deliveries/${idParam(request, 'deliveryId')}`,
    },
    async (request, reply) => {
      const endpointId = idParam(request, 'endpointId');
      const found = await endpoints.delivery(idParam(request, 'deliveryId'));
      if (!found.ok || found.delivery.endpointId !== endpointId) throw new AppError('NOT_FOUND');
      const again = await endpoints.redeliver(found.delivery.id);
      if (!again.ok) throw new AppError('NOT_FOUND');
      setFlash(request, reply, s, { key: 'webhooks.redeliveredFlash', context: { id: again.delivery.id } });
      return redirect(reply, `/console/webhooks/${endpointId}`);
    },
  );

  kit.action(
    '/console/webhooks/:endpointId/enable',
    { scope: 'webhooks:write', back: () => '/console/webhooks' },
    async (request, reply) => {
      const r = await endpoints.enable(idParam(request, 'endpointId'));
      if (!r.ok) throw new AppError('NOT_FOUND');
      setFlash(request, reply, s, { key: 'webhooks.enabledFlash' });
      return redirect(reply, '/console/webhooks');
    },
  );

  kit.action(
    '/console/webhooks/:endpointId/delete',
    { scope: 'webhooks:write', fresh: true, back: () => '/console/webhooks' },
    async (request, reply) => {
      const r = await endpoints.delete(idParam(request, 'endpointId'));
      if (!r.ok) throw new AppError('NOT_FOUND');
      setFlash(request, reply, s, { key: 'webhooks.deletedFlash' });
      return redirect(reply, '/console/webhooks');
    },
  );
}
