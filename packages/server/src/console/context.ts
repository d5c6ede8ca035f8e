// What every console page knows about its request: language, CSRF token, the operator (from the console's own
// cookie), the portal-signed-in account (only for the console sign-in), a pending notice.
import { isLocale, pickLocale, type Locale } from '@tessera/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE, type WebServices } from '../web/index.js';
import type { Account } from '../identity/index.js';
import { hasScope, type ConsoleOperator, type OperatorScope } from '../operators/index.js';
import { consoleText, isConsoleKey, type ConsoleKey, type TextContext } from './catalog.js';
import {
  clearCookie,
  CONSOLE_FLASH_COOKIE,
  CONSOLE_LANG_COOKIE,
  CONSOLE_SESSION_COOKIE,
  readCookie,
  setCookie,
} from './cookies.js';
import { browserBinding, csrfToken } from './csrf.js';

export interface Flash {
  key: ConsoleKey;
  /** A refusal is told as information, a done action as success. */
  type?: 'success' | 'info';
  context?: TextContext;
}

export interface ConsoleContext {
  locale: Locale;
  t(key: ConsoleKey, context?: TextContext): string;
  binding: string;
  csrf: string;
  /** The page's own address without `lang` (for the language links and "back"). */
  pagePath: string;
  productName: string;
  now: number;
  operator?: ConsoleOperator;
  /** May the operator do this? The same scope check as /admin/v1 tokens get. */
  can(scope: OperatorScope): boolean;
  flash?: Flash;
}

const contexts = new WeakMap<FastifyRequest, ConsoleContext>();
const YEAR_SECONDS = 365 * 86_400;

function chooseLocale(request: FastifyRequest, reply: FastifyReply, s: WebServices): Locale {
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLocale(asked)) {
    if (readCookie(request, CONSOLE_LANG_COOKIE) !== asked)
      setCookie(request, reply, s.config, CONSOLE_LANG_COOKIE, asked, YEAR_SECONDS);
    return asked;
  }
  const remembered = readCookie(request, CONSOLE_LANG_COOKIE);
  return isLocale(remembered) ? remembered : pickLocale(request.headers['accept-language']);
}

function pathOf(request: FastifyRequest): string {
  const url = new URL(request.url, 'http://console.invalid');
  url.searchParams.delete('lang');
  return url.pathname + url.search;
}

/** The part that needs no database: also what error pages use when a request failed before the guard ran. */
export function baseContext(request: FastifyRequest, reply: FastifyReply, s: WebServices): ConsoleContext {
  const existing = contexts.get(request);
  if (existing) return existing;
  const binding = browserBinding(request, reply, s.config);
  const locale = chooseLocale(request, reply, s);
  const ctx: ConsoleContext = {
    locale,
    t: (key, context) => consoleText(key, locale, context),
    binding,
    csrf: csrfToken(binding),
    pagePath: pathOf(request),
    productName: s.config.productName,
    now: s.clock.now(),
    can: (scope) => ctx.operator !== undefined && hasScope(ctx.operator.scopes, scope),
  };
  contexts.set(request, ctx);
  return ctx;
}

export async function loadContext(request: FastifyRequest, reply: FastifyReply, s: WebServices) {
  const ctx = baseContext(request, reply, s);
  const token = readCookie(request, CONSOLE_SESSION_COOKIE);
  const operator = await s.operator.consoleSessions.authenticate(token);
  if (operator) ctx.operator = operator;
  else if (token) clearCookie(request, reply, s.config, CONSOLE_SESSION_COOKIE);
  if (request.method === 'GET') ctx.flash = takeFlash(request, reply, s);
  return ctx;
}

export const contextOf = (request: FastifyRequest) => contexts.get(request);

/** The account signed in to the portal in this browser, if any: who the console sign-in asks to prove it again. */
export async function portalAccount(request: FastifyRequest, s: WebServices): Promise<Account | undefined> {
  const token = readCookie(request, SESSION_COOKIE);
  const session = token ? await s.sessions.authenticate(token) : undefined;
  return session ? s.accounts.get(session.accountId) : undefined;
}

export function setFlash(request: FastifyRequest, reply: FastifyReply, s: WebServices, flash: Flash): void {
  const value = Buffer.from(JSON.stringify(flash)).toString('base64url');
  setCookie(request, reply, s.config, CONSOLE_FLASH_COOKIE, value, 120);
}

/** Only catalog keys are honoured, so a planted cookie can show nothing but the console's own texts. */
function takeFlash(request: FastifyRequest, reply: FastifyReply, s: WebServices): Flash | undefined {
  const raw = readCookie(request, CONSOLE_FLASH_COOKIE);
  if (!raw) return undefined;
  clearCookie(request, reply, s.config, CONSOLE_FLASH_COOKIE);
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Flash>;
    if (!isConsoleKey(parsed.key)) return undefined;
    const context: TextContext = {};
    for (const [k, v] of Object.entries(parsed.context ?? {}))
      if ((typeof v === 'string' && v.length <= 200) || typeof v === 'number') context[k] = v;
    return { key: parsed.key, type: parsed.type === 'info' ? 'info' : 'success', context };
  } catch {
    return undefined;
  }
}
