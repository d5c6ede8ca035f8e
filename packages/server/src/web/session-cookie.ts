// The session cookie every browser-facing surface shares: its name, its attributes, setting and clearing it.
import type { FastifyReply } from 'fastify';
import type { SessionRecord } from '../sessions/index.js';

/** `__Host-`: the browser accepts it only Secure, for this host (no Domain), on Path=/; no subdomain can plant one. */
export const SESSION_COOKIE = '__Host-tessera_session';
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
