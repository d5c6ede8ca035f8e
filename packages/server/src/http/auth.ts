// Finds the session behind a request: a Bearer token (API) or the session cookie (portal).
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRecord, SessionService } from '../sessions/index.js';
import { AppError } from '../errors/index.js';
import { marksSession } from './openapi.js';

export const SESSION_COOKIE = 'tessera_session';
export const SESSION_COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'lax', path: '/' } as const;

/** Hands the browser its session as a cookie scripts cannot read, ending when the session does (`expiresAt` as the API gives it, ISO 8601). */
export function setSessionCookie(reply: FastifyReply, session: { token: string; expiresAt: string }): void {
  reply.setCookie(SESSION_COOKIE, session.token, { ...SESSION_COOKIE_OPTIONS, expires: new Date(session.expiresAt) });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, SESSION_COOKIE_OPTIONS);
}

declare module 'fastify' {
  interface FastifyRequest {
    session?: SessionRecord;
  }
}

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : undefined;
}

function tokenOf(request: FastifyRequest): string | undefined {
  const bearer = bearerToken(request);
  if (bearer) return bearer;
  if (request.crossOrigin) return undefined;
  const cookies = (request as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies;
  return cookies?.[SESSION_COOKIE];
}

/** A preHandler that admits only requests with a live session. */
export function requireSession(sessions: SessionService) {
  return marksSession(async (request: FastifyRequest) => {
    const token = tokenOf(request);
    const session = token ? await sessions.authenticate(token) : undefined;
    if (!session) throw new AppError('UNAUTHENTICATED');
    request.session = session;
  });
}
