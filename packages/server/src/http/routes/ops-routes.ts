// Liveness, readiness, and the development outbox (only in development mode).
import type { App, WebServices } from '../../web/index.js';
import { Type } from '@sinclair/typebox';
import { ErrorBody, OutboxListView } from '@tessera/protocol';
import { AppError } from '../../errors/index.js';

export function opsRoutes(app: App, s: WebServices): void {
  app.get('/healthz', { schema: { hide: true } as object }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } as object }, async (request, reply) => {
    try {
      await s.ready();
      return { status: 'ready' };
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
      throw new AppError('UNAVAILABLE');
    }
  });

  if (!s.config.dev) return;
  app.get(
    '/v1/dev/outbox',
    {
      schema: {
        tags: ['development'],
        summary: 'Messages the development outbox holds (dev mode only)',
        querystring: Type.Object(
          {
            to: Type.Optional(Type.String({ maxLength: 254, pattern: '^[^\\u0000-\\u001f]*$' })),
            channel: Type.Optional(Type.Union([Type.Literal('sms'), Type.Literal('email')])),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: OutboxListView, '4xx': ErrorBody },
      },
    },
    async (request) => {
      const { to, channel, limit } = request.query;
      const messages = await s.outbox.recent({
        limit: limit ?? 50,
        ...(to ? { to } : {}),
        ...(channel ? { channel } : {}),
      });
      return { messages: messages.map((m) => ({ ...m, createdAt: new Date(m.createdAt).toISOString() })) };
    },
  );
}
