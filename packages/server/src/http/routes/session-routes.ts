// /v1/sessions: list sessions, sign one out, sign out everywhere.
import { clearSessionCookie } from '../../web/index.js';
import type { App, WebServices } from '../../web/index.js';
import { Type } from '@sinclair/typebox';
import { ErrorBody, OkView, RevokedView, SessionListView } from '@tessera/protocol';
import { AppError } from '../../errors/index.js';
import { requireSession } from '../auth.js';
import { iso } from '../iso.js';

export function sessionRoutes(app: App, s: WebServices): void {
  const auth = requireSession(s.sessions);
  const errors = { '4xx': ErrorBody };
  // Fastify validates a missing body against the schema too: an absent body means `{}` here (a JSON null is still refused).
  const bodyOptional = async (request: { body: unknown }) => {
    if (request.body === undefined) request.body = {};
  };

  app.get(
    '/v1/sessions',
    {
      schema: {
        tags: ['sessions'],
        summary: "The account's live sessions",
        response: { 200: SessionListView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => {
      const current = request.session!;
      const sessions = await s.sessions.list(current.accountId);
      return {
        sessions: sessions.map((x) => ({
          id: x.id,
          current: x.id === current.id,
          createdAt: iso(x.createdAt),
          lastSeenAt: iso(x.lastSeenAt),
          expiresAt: iso(x.expiresAt),
          ip: x.ip,
          userAgent: x.userAgent,
        })),
      };
    },
  );

  app.post(
    '/v1/sessions/sign-out',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Sign this session out',
        body: Type.Optional(Type.Object({}, { additionalProperties: false })),
        response: { 200: OkView, ...errors },
      },
      preValidation: bodyOptional,
      onRequest: auth,
    },
    async (request, reply) => {
      await s.sessions.revoke(request.session!.accountId, request.session!.id);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.post(
    '/v1/sessions/revoke-all',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Sign out everywhere (this session too unless keepCurrent)',
        body: Type.Optional(
          Type.Object({ keepCurrent: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
        ),
        response: { 200: RevokedView, ...errors },
      },
      preValidation: bodyOptional,
      onRequest: auth,
    },
    async (request) => {
      const current = request.session!;
      const revoked = await s.sessions.revokeAll(current.accountId, request.body?.keepCurrent ? current.id : undefined);
      return { revoked };
    },
  );

  app.delete(
    '/v1/sessions/:sessionId',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Sign one session out',
        params: Type.Object(
          { sessionId: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
          { additionalProperties: false },
        ),
        response: { 200: OkView, ...errors },
      },
      onRequest: auth,
    },
    async (request) => {
      if (!(await s.sessions.revoke(request.session!.accountId, request.params.sessionId)))
        throw new AppError('NOT_FOUND');
      return { ok: true as const };
    },
  );
}
