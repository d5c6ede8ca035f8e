// The console's cookies: scoped to /console, HttpOnly, SameSite=Strict, Secure when the console is served over https.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config/index.js';

export const CONSOLE_SESSION_COOKIE = 'tessera_console';
export const CONSOLE_BINDING_COOKIE = 'tessera_console_browser';
export const CONSOLE_LANG_COOKIE = 'tessera_console_lang';
export const CONSOLE_FLASH_COOKIE = 'tessera_console_flash';

/** Strict: no other site's link or form ever arrives with the operator's console cookies. */
export function cookieFlags(request: FastifyRequest, config: Config) {
  const secure = request.protocol === 'https' || (config.baseUrl?.startsWith('https://') ?? false);
  return { httpOnly: true, secure, sameSite: 'strict', path: '/console' } as const;
}

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const value = request.cookies[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 512 ? value : undefined;
}

export function setCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  config: Config,
  name: string,
  value: string,
  maxAgeSeconds?: number,
): void {
  reply.setCookie(name, value, {
    ...cookieFlags(request, config),
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  });
}

export function clearCookie(request: FastifyRequest, reply: FastifyReply, config: Config, name: string): void {
  reply.clearCookie(name, cookieFlags(request, config));
}
