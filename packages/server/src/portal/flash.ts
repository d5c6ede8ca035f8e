// One-shot notices carried across a redirect (post, redirect, get), read and cleared by the next page.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearCookie, FLASH_COOKIE, readCookie, setCookie } from './cookies.js';
import { isPortalKey, type PortalKey } from './catalog.js';

export type FlashContext = Record<string, string | number>;
export interface Flash {
  key: PortalKey;
  type: 'success' | 'info';
  context?: FlashContext;
}

export function setFlash(reply: FastifyReply, flash: Flash): void {
  setCookie(reply, FLASH_COOKIE, Buffer.from(JSON.stringify(flash)).toString('base64url'), 120);
}

/** The pending notice, if any; only catalog keys are honoured, so a planted cookie can show nothing but our own texts. */
export function takeFlash(request: FastifyRequest, reply: FastifyReply): Flash | undefined {
  const raw = readCookie(request, FLASH_COOKIE);
  if (!raw) return undefined;
  clearCookie(reply, FLASH_COOKIE);
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Flash>;
    if (!isPortalKey(parsed.key) || (parsed.type !== 'success' && parsed.type !== 'info')) return undefined;
    const context: FlashContext = {};
    for (const [k, v] of Object.entries(parsed.context ?? {})) {
      if ((typeof v === 'string' && v.length <= 200) || typeof v === 'number') context[k] = v;
    }
    return { key: parsed.key, type: parsed.type, context };
  } catch {
    return undefined;
  }
}
