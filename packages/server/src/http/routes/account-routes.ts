// /v1/account: the signed-in person's account, password and second factors, and their security events.
import { localeOf, requestInfo, requestLimit } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import { Type } from '@sinclair/typebox';
import {
  AccountView,
  AuditListView,
  ChangePasswordBody,
  ErrorBody,
  OkView,
  PasswordBody,
  PendingFactorView,
  StartPhoneBody,
  VerifyCodeBody,
} from '@tessera/protocol';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../errors/index.js';
import type { Account } from '../../identity/index.js';
import { requireSession } from '../auth.js';
import { iso } from '../iso.js';
import { unwrap } from '../outcome.js';

export function accountView(a: Account): AccountView {
  return {
    id: a.id,
    email: a.email,
    country: a.country,
    locale: a.locale,
    createdAt: iso(a.createdAt),
    factors: {
      sms: a.phoneE164 && a.phoneVerifiedAt ? { phone: a.phoneE164, verifiedAt: iso(a.phoneVerifiedAt) } : null,
      totp: a.totpSecretSealed !== null,
    },
  };
}

export function accountRoutes(app: App, s: WebServices): void {
  const auth = requireSession(s.sessions);
  const limited = requestLimit({ tallies: s.tallies, perMinute: s.config.requestsPerMinute });
  const actor = async (request: FastifyRequest) => {
    const account = await s.accounts.get(request.session!.accountId);
    if (!account) throw new AppError('UNAUTHENTICATED');
    return { account, ...requestInfo(request), sessionId: request.session!.id };
  };
  const ok = { ok: true } as const;
  const errors = { '4xx': ErrorBody };

  app.get(
    '/v1/account',
    {
      schema: {
        tags: ['account'],
        summary: 'The signed-in account and its second factors',
        response: { 200: AccountView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => accountView((await actor(request)).account),
  );

  app.post(
    '/v1/account/password',
    {
      schema: {
        tags: ['account'],
        summary: 'Change the password (signs out other sessions)',
        body: ChangePasswordBody,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => (unwrap(await s.factors.changePassword(await actor(request), request.body)), ok),
  );

  app.post(
    '/v1/account/phone',
    {
      schema: {
        tags: ['factors'],
        summary: 'Add or change the SMS phone: sends a code',
        body: StartPhoneBody,
        response: { 200: PendingFactorView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => {
      const r = unwrap(
        await s.factors.startPhone(await actor(request), { ...request.body, locale: localeOf(request) }),
      );
      return { pending: true as const, phone: r.phone, expiresAt: iso(r.expiresAt) };
    },
  );
  app.post(
    '/v1/account/phone/verify',
    {
      schema: {
        tags: ['factors'],
        summary: 'Confirm the SMS phone with the code sent to it',
        body: VerifyCodeBody,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => (unwrap(await s.factors.verifyPhone(await actor(request), request.body.code)), ok),
  );
  app.post(
    '/v1/account/phone/remove',
    {
      schema: {
        tags: ['factors'],
        summary: 'Remove the SMS phone (password required)',
        body: PasswordBody,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => (unwrap(await s.factors.removePhone(await actor(request), request.body.password)), ok),
  );

  app.post(
    '/v1/account/totp',
    {
      schema: {
        tags: ['factors'],
        summary: 'Start authenticator setup',
        body: PasswordBody,
        response: { 200: PendingFactorView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => {
      const r = unwrap(await s.factors.startTotp(await actor(request), request.body.password));
      return { pending: true as const, totp: { secret: r.secret, uri: r.uri }, expiresAt: iso(r.expiresAt) };
    },
  );
  app.post(
    '/v1/account/totp/verify',
    {
      schema: {
        tags: ['factors'],
        summary: 'Finish authenticator setup with a code from the app',
        body: VerifyCodeBody,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => (unwrap(await s.factors.verifyTotp(await actor(request), request.body.code)), ok),
  );
  app.post(
    '/v1/account/totp/remove',
    {
      schema: {
        tags: ['factors'],
        summary: 'Remove the authenticator (password required)',
        body: PasswordBody,
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
      preHandler: limited,
    },
    async (request) => (unwrap(await s.factors.removeTotp(await actor(request), request.body.password)), ok),
  );

  app.get(
    '/v1/account/events',
    {
      schema: {
        tags: ['account'],
        summary: 'Recent security events',
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) },
          { additionalProperties: false },
        ),
        response: { 200: AuditListView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => {
      const events = await s.audit.recent(request.session!.accountId, request.query.limit ?? 50);
      return {
        events: events.map((e) => ({
          id: e.id,
          type: e.type,
          at: iso(e.createdAt),
          ip: e.ip,
          userAgent: e.userAgent,
          details: e.details,
        })),
      };
    },
  );
}
