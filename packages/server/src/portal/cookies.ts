// The portal's cookies: names and flags in one place (HttpOnly, Secure, and __Host- so no subdomain or plain-HTTP page can plant one).
import { SESSION_COOKIE_OPTIONS } from '../web/index.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FlowKind } from '@tessera/protocol';

export const BINDING_COOKIE = '__Host-tessera_browser';
export const LANG_COOKIE = '__Host-tessera_lang';
export const FLASH_COOKIE = '__Host-tessera_flash';
export const flowCookie = (kind: FlowKind) => `__Host-tessera_flow_${kind}`;

/** Lax, not Strict: a person arriving from an emailed link must still be seen as signed in. */
export const COOKIE_FLAGS = SESSION_COOKIE_OPTIONS;

export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const value = request.cookies[name];
  return typeof value === 'string' && value.length > 0 && value.length <= 512 ? value : undefined;
}

export function setCookie(reply: FastifyReply, name: string, value: string, maxAgeSeconds?: number): void {
  reply.setCookie(name, value, { ...COOKIE_FLAGS, ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}) });
}

export function clearCookie(reply: FastifyReply, name: string): void {
  reply.clearCookie(name, COOKIE_FLAGS);
}
