// /v1/device: RFC 8628 device authorization. A device without a keyboard asks for a code, shows it, and polls; the
// polls answer in RFC 8628's own shape (`error`: authorization_pending, slow_down, …) so generic clients read them.
import { requestLimit } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import type { FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import formbody from '@fastify/formbody';
import { Type } from '@sinclair/typebox';
import {
  DeviceCodeBody,
  DeviceCodeView,
  DeviceTokenBody,
  DeviceTokenErrorView,
  DeviceTokenView,
  ErrorBody,
  type DeviceTokenError,
} from '@tessera/protocol';

const DESCRIPTIONS: Record<DeviceTokenError, string> = {
  authorization_pending: 'The person has not answered yet; poll again after `interval` seconds.',
  slow_down: 'Polled sooner than the interval: `interval` grew by 5 seconds; keep it from now on.',
  expired_token: 'The device code expired before it was approved; ask for a new one.',
  access_denied: 'The person denied the request.',
  invalid_grant: 'The device code is unknown or its result was already taken.',
};

export function deviceCodeRoutes(app: App, s: WebServices): void {
  const limited = requestLimit({ tallies: s.tallies, perMinute: s.config.requestsPerMinute });
  const header = s.config.deviceCode.countryHeader;
  /** The client's country as a trusted proxy says it (the header is configured only behind one). */
  const countryOf = (request: FastifyRequest): string | null => {
    const value = header ? request.headers[header] : undefined;
    return typeof value === 'string' && /^[A-Za-z]{2}$/.test(value) ? value.toUpperCase() : null;
  };

  app.post(
    '/v1/device/code',
    {
      schema: {
        tags: ['device'],
        summary: 'Ask for a device code (RFC 8628): a device without a keyboard connects through the portal',
        description:
          'Show `user_code` and `verification_uri` (or a QR code of `verification_uri_complete`), then poll ' +
          '`POST /v1/device/token` every `interval` seconds until it answers the connect result.',
        body: DeviceCodeBody,
        response: { 200: DeviceCodeView, '4xx': ErrorBody },
      },
      preHandler: limited,
    },
    async (request) => s.deviceGrants.request(request.body, { ip: request.ip, country: countryOf(request) }),
  );

  // The poll in its own scope, the only /v1 route that also reads a form (the portal's parser: a name sent twice
  // arrives as a list, which the body's schema refuses, as RFC 6749 §3.2 asks).
  app.register(async (plain) => {
    await plain.register(formbody, { bodyLimit: 4096 });
    const scope = plain.withTypeProvider<TypeBoxTypeProvider>();
    scope.post(
      '/v1/device/token',
      {
        schema: {
          tags: ['device'],
          summary: 'Poll for the answer to a device code',
          description:
            'On approval: 200 with the same `result` a connect flow finishes with (device credential, license token), ' +
            'handed out once. Until then 400 with RFC 8628 §3.5 `error` values instead of the catalog codes: ' +
            Object.entries(DESCRIPTIONS)
              .map(([error, text]) => `\`${error}\`: ${text}`)
              .join(' '),
          // RFC 8628 §3.4 clients send a form; Tessera's SDK sends JSON.
          consumes: ['application/json', 'application/x-www-form-urlencoded'],
          body: DeviceTokenBody,
          // A broken request (not a poll) still answers 400 with the catalog's error body.
          response: { 200: DeviceTokenView, 400: Type.Union([DeviceTokenErrorView, ErrorBody]), '4xx': ErrorBody },
        },
      },
      async (request, reply) => {
        const answer = await s.deviceGrants.poll(request.body.device_code);
        reply.header('cache-control', 'no-store');
        if (answer.ok) return { result: answer.result };
        const { error, interval } = answer;
        return reply
          .code(400)
          .send({ error, error_description: DESCRIPTIONS[error], ...(interval !== undefined ? { interval } : {}) });
      },
    );
  });
}
