// Apps and devices: check-in with a device credential, the license key set, and the account's devices.
import { requestLimit } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import type { FastifyReply } from 'fastify';
import { randomBytes } from 'node:crypto';
import { Type, type Static } from '@sinclair/typebox';
import { CheckInBody, CheckInView, DeviceListView, ErrorBody, Jwks, OkView, RenameDeviceBody } from '@tessera/protocol';
import { AppError } from '../../errors/index.js';
import { requireSession } from '../auth.js';
import { iso } from '../iso.js';

// Ids are `dev_` + base64url: the pattern keeps NUL and other bytes PostgreSQL refuses (a 500) away from the store.
const DeviceParams = Type.Object(
  { deviceId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);

type Answered = Extract<Awaited<ReturnType<WebServices['checkIn']>>, { ok: true }>;

/**
 * Check-in answers as JSON, cut where the credential goes. A check-in answer and its license are never changed once
 * made, and the answers the check-in cache holds hand out the same license object on every hit: each of those is
 * serialized once, by the route's own serializer, and a cached check-in joins three strings. Credentials are `tdc_`
 * and base64url (checked before any lookup, or made here), so they need no escaping.
 */
const serialized = new WeakMap<object, readonly [string, string]>();
/** Where the credential goes: random, so no plan name or feature an operator writes can contain it. */
const CREDENTIAL_SLOT = `tdc_slot_${randomBytes(16).toString('hex')}`;

function serialize(reply: FastifyReply, outcome: Answered, nextCheckInSeconds: number): readonly [string, string] {
  const view: Static<typeof CheckInView> = {
    choicePending: outcome.choicePending,
    outcome: outcome.code,
    deviceCredential: CREDENTIAL_SLOT,
    license: {
      token: outcome.license.token,
      expiresAt: iso(outcome.license.expiresAt),
      plan: outcome.license.planId,
      planName: outcome.license.planName,
      features: outcome.license.features,
      subscriptionId: outcome.license.subscriptionId,
    },
    nextCheckInSeconds,
  };
  // The route's compiled serializer for 200 (from CheckInView) makes JSON text.
  const text = reply.serialize(view) as string;
  const at = text.indexOf(CREDENTIAL_SLOT);
  return [text.slice(0, at), text.slice(at + CREDENTIAL_SLOT.length)];
}

export function deviceRoutes(app: App, s: WebServices): void {
  const auth = requireSession(s.sessions);
  const errors = { '4xx': ErrorBody };
  // The configured interval, never past halfway through the token's life (the other half is for retries offline).
  const nextCheckInSeconds = Math.min(
    s.config.checkIn.intervalSeconds,
    Math.floor(s.config.license.lifetimeSeconds / 2),
  );

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
        body: CheckInBody,
        response: { 200: CheckInView, ...errors },
      },
      // No per-IP request limit here: the credential is a 256-bit secret nobody can guess, whole fleets check in
      // from behind one NAT address, and the limiter's two SQL statements were a third of a check-in's cost.
      // No access log line either (warnings and errors still): a fleet checks in ~167k times a second, and
      // /metrics counts check-ins by outcome.
      config: { accessLog: false },
    },
    async (request, reply) => {
      const outcome = await s.checkIn(request.body.credential);
      if (!outcome.ok) throw new AppError(outcome.code);
      let json = outcome.cached ? serialized.get(outcome.license) : undefined;
      if (!json) {
        json = serialize(reply, outcome, nextCheckInSeconds);
        // Only an answer the cache holds comes back: one made for this request alone would only burden the GC.
        if (outcome.cached) serialized.set(outcome.license, json);
      }
      // Already JSON: sent as it is (the type provider only knows the view's object form).
      return reply.type('application/json; charset=utf-8').send((json[0] + outcome.credential + json[1]) as never);
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
