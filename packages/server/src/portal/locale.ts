// The page language: `?lang=` (remembered in a cookie), then the remembered choice, then Accept-Language.
import { isLocale, pickLocale, type Locale } from '@tessera/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LANG_COOKIE, readCookie, setCookie } from './cookies.js';

const YEAR_SECONDS = 365 * 86_400;

export function chooseLocale(request: FastifyRequest, reply: FastifyReply): Locale {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(asked)) {
    if (readCookie(request, LANG_COOKIE) !== asked) setCookie(reply, LANG_COOKIE, asked, YEAR_SECONDS);
    return asked;
  }
  const remembered = readCookie(request, LANG_COOKIE);
  if (isLocale(remembered)) return remembered;
  return pickLocale(request.headers['accept-language']);
}

/** The same page in another language: the current path and query with `lang` replaced. */
export function languageLink(pagePath: string, locale: Locale): string {
  const url = new URL(pagePath, 'http://portal.invalid');
  url.searchParams.set('lang', locale);
  return url.pathname + url.search;
}
