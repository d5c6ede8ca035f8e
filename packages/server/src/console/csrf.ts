// CSRF for console forms: a random binding cookie (Path=/console, SameSite=Strict) and a token derived from it in
// every form, checked on every POST before anything else is read.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/index.js';
import { CONSOLE_BINDING_COOKIE, readCookie, setCookie } from './cookies.js';

/** A hash of the binding, so a leaked page (a screenshot, a cache) does not leak the cookie itself. */
export const csrfToken = (binding: string) =>
  createHash('sha256').update('tessera-console-csrf\0').update(binding).digest('base64url');

export function browserBinding(request: FastifyRequest, reply: FastifyReply, config: Config): string {
  const existing = readCookie(request, CONSOLE_BINDING_COOKIE);
  if (existing && /^[A-Za-z0-9_-]{43}$/.test(existing)) return existing;
  const binding = randomBytes(32).toString('base64url');
  setCookie(request, reply, config, CONSOLE_BINDING_COOKIE, binding);
  return binding;
}

export function csrfValid(binding: string, posted: unknown): boolean {
  if (typeof posted !== 'string' || posted.length !== 43) return false;
  const expected = Buffer.from(csrfToken(binding));
  const given = Buffer.from(posted);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
