// CSRF protection: a random browser-binding cookie, and a token derived from it in every form (checked on every POST).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { BINDING_COOKIE, readCookie, setCookie } from './cookies.js';

/**
 * The cookie is HttpOnly and __Host- prefixed, so another site can neither read it nor plant one; the form token is
 * its hash, so a page that leaks (a cache, a screenshot) does not leak the cookie itself.
 */
export function csrfToken(binding: string): string {
  return createHash('sha256').update('tessera-portal-csrf\0').update(binding).digest('base64url');
}

/** The browser's binding, created (and sent as a cookie) on its first portal request. */
export function browserBinding(request: FastifyRequest, reply: FastifyReply): { binding: string } {
  const existing = readCookie(request, BINDING_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return { binding: existing };
  const binding = randomBytes(32).toString('base64url');
  setCookie(reply, BINDING_COOKIE, binding);
  return { binding };
}

export function csrfValid(binding: string, posted: unknown): boolean {
  if (typeof posted !== 'string' || posted.length !== 43) return false;
  const expected = Buffer.from(csrfToken(binding));
  const given = Buffer.from(posted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
