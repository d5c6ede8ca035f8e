// Apps and devices: check-in with a device credential, the license key set, and the account's devices.
import { requestLimit } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import { Type } from '@sinclair/typebox';
import {
  bearerCredential,
  CheckInBody,
  CheckInHeaders,
  CheckInUnchangedView,
  CheckInView,
  DeviceListView,
  ErrorBody,
  Jwks,
  LICENSE_HELD_HEADER,
  OkView,
  RenameDeviceBody,
} from '@tessera/protocol';
import { AppError } from '../../errors/index.js';
import { requireSession } from '../auth.js';
import { iso } from '../iso.js';
import { CHECK_IN_CONTENT_TYPE, checkInAnswers } from '../check-in-answer.js';
import { checkInLane, refusalOf } from '../check-in-lane.js';

// Ids are `dev_` + base64url: the pattern keeps NUL and other bytes PostgreSQL refuses (a 500) away from the store.
const DeviceParams = Type.Object(
  { deviceId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);

export function deviceRoutes(app: App, s: WebServices): void {
  const auth = requireSession(s.sessions);
  const errors = { '4xx': ErrorBody };
  // The configured interval, never past halfway through the token's life (the other half is for retries offline).
  const nextCheckInSeconds = Math.min(
    s.config.checkIn.intervalSeconds,
    Math.floor(s.config.license.lifetimeSeconds / 2),
  );
  const answers = checkInAnswers(nextCheckInSeconds);
  // Cached answers are served before Fastify (check-in-lane.ts); the route below answers every other check-in.
  app.addFastLane(checkInLane(s.checkIn, answers));

  app.get(
    '/v1/keys',
    {
      schema: {
        tags: ['licenses'],
        summary: 'License-token verification keys (JWKS)',
        response: { 200: Jwks, '4xx': ErrorBody },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return s.signingKeys.jwks();
    },
  );

  app.post(
    '/v1/check-in',
    {
      schema: {
        tags: ['licenses'],
        summary:
          'The current license token for the device credential (re-issued, with a rotated credential, when it changed or aged)',
        description:
          'The credential goes as `authorization: Bearer <credential>` with no body (what the SDK sends), or as the JSON body, never both.',
        body: CheckInBody,
        headers: CheckInHeaders,
        // 503 with `retry-after`: the instance is shedding load and this check-in needed the database.
        response: { 200: Type.Union([CheckInView, CheckInUnchangedView]), ...errors, 503: ErrorBody },
      },
      // No per-IP request limit here: the credential is a 256-bit secret nobody can guess, whole fleets check in
      // from behind one NAT address, and the limiter's two SQL statements were a third of a check-in's cost.
      // No access log line either (warnings and errors still): a fleet checks in ~167k times a second, and
      // /metrics counts check-ins by outcome.
      config: { accessLog: false },
      // The credential in `authorization` and no body (what the SDK sends): the schema then checks the body made of
      // it. Both at once is ambiguous, and refused.
      preValidation: (request, _reply, done) => {
        const fromHeader = bearerCredential(request.headers.authorization);
        if (request.body === undefined && fromHeader !== undefined) request.body = { credential: fromHeader };
        else if (request.body !== undefined && request.headers.authorization !== undefined)
          return done(new AppError('VALIDATION_FAILED', { fields: ['/authorization'], in: 'headers' }));
        done();
      },
    },
    async (request, reply) => {
      const outcome = await s.checkIn(request.body.credential, request.headers[LICENSE_HELD_HEADER]);
      if (!outcome.ok) throw refusalOf(outcome);
      // Already JSON: sent as it is (the type provider only knows the view's form).
      return reply.type(CHECK_IN_CONTENT_TYPE).send(answers.body(outcome) as never);
    },
  );

  app.post(
    '/v1/connections/disconnect',
    {
      schema: {
        tags: ['licenses'],
        summary: "End this app's connection (other apps on the device stay connected)",
        body: CheckInBody,
        response: { 200: OkView, ...errors },
      },
      preHandler: requestLimit({ tallies: s.tallies, perMinute: s.config.requestsPerMinute }),
    },
    async (request) => {
      const outcome = await s.disconnectApp(request.body.credential);
      if (!outcome.ok) throw new AppError(outcome.code);
      return { ok: true as const };
    },
  );

  app.get(
    '/v1/devices',
    {
      schema: {
        tags: ['devices'],
        summary: "The account's devices and their app connections",
        response: { 200: DeviceListView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => {
      const devices = await s.devices.list(request.session!.accountId);
      return {
        devices: devices.map((d) => ({
          id: d.id,
          name: d.name,
          platform: d.platform,
          createdAt: iso(d.createdAt),
          lastSeenAt: iso(d.lastSeenAt),
          connected: d.disconnectedAt === null,
          apps: d.apps
            .filter((c) => c.revokedAt === null)
            .map((c) => ({
              id: c.id,
              appId: c.appId,
              plan: c.planId,
              subscriptionId: c.subscriptionId,
              connectedAt: iso(c.createdAt),
              lastCheckInAt: iso(c.lastCheckInAt),
            })),
        })),
      };
    },
  );

  app.patch(
    '/v1/devices/:deviceId',
    {
      schema: {
        tags: ['devices'],
        summary: 'Rename a device',
        params: DeviceParams,
        body: RenameDeviceBody,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => {
      if (!(await s.devices.rename(request.session!.accountId, request.params.deviceId, request.body.name.trim())))
        throw new AppError('NOT_FOUND');
      return { ok: true as const };
    },
  );

  app.post(
    '/v1/devices/:deviceId/disconnect',
    {
      schema: {
        tags: ['devices'],
        summary: 'Disconnect a device: its apps stop at their next check-in',
        params: DeviceParams,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => {
      if (!(await s.disconnectDevice(request.session!.accountId, request.params.deviceId)))
        throw new AppError('NOT_FOUND');
      return { ok: true as const };
    },
  );
}
