// What every page needs to know about the request: language, CSRF token, the signed-in person, a pending notice.
import { SESSION_COOKIE, clearSessionCookie } from '../web/index.js';
import type { WebServices } from '../web/index.js';
import type { Locale } from '@tessera/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account, AccountDeletionRecord } from '../identity/index.js';
import type { SessionRecord } from '../sessions/index.js';
import { isPortalKey, portalText, protocolText, type PortalKey, type TextContext } from './catalog.js';
import { brandingOf, type Branding } from './branding.js';
import { readCookie } from './cookies.js';
import { browserBinding, csrfToken } from './csrf.js';
import { takeFlash, type Flash } from './flash.js';
import { chooseLocale } from './locale.js';
import { newOnceToken } from './once.js';

export interface PortalContext {
  locale: Locale;
  t(key: PortalKey, context?: TextContext): string;
  /** A protocol message by id; `fallback` is the server's text when the id cannot be rendered here. */
  m(id: number, context?: TextContext, fallback?: string): string;
  binding: string;
  csrf: string;
  /** A fresh double-submit token for one form. */
  once(): string;
  /** The page's own address (for language links and "back"); a POST sets the page it re-renders. */
  pagePath: string;
  productName: string;
  branding: Branding;
  /** A plan's name in the page's language: the catalog's for the plans Tessera ships, else the operator's own. */
  plan(plan: { id: string; name: string }): string;
  /** The browser's Accept-Language, for guesses such as the country preselected at sign-up. */
  languages?: string | undefined;
  dev: boolean;
  now: number;
  sessionToken?: string;
  session?: SessionRecord;
  account?: Account;
  deletion?: AccountDeletionRecord;
  flash?: Flash;
  /** The browser held a session that has ended (expired, or revoked by a password reset elsewhere). */
  sessionEnded?: boolean;
}

const contexts = new WeakMap<FastifyRequest, PortalContext>();
export const SESSION_ENDED: Flash = { key: 'flash.sessionEnded', type: 'info' };

/** The page path without `lang`, so the language links can add their own. */
function pathOf(request: FastifyRequest): string {
  const url = new URL(request.url, 'http://portal.invalid');
  url.searchParams.delete('lang');
  return url.pathname + url.search;
}

/** The part that needs no database: also what error pages use when a request failed before the guard ran. */
export function baseContext(request: FastifyRequest, reply: FastifyReply, services: WebServices): PortalContext {
  const existing = contexts.get(request);
  if (existing) return existing;
  const { binding } = browserBinding(request, reply);
  const locale = chooseLocale(request, reply);
  const ctx: PortalContext = {
    locale,
    t: (key, context) => portalText(key, locale, context),
    m: (id, context, fallback) => protocolText(id, locale, context, fallback),
    binding,
    csrf: csrfToken(binding),
    once: newOnceToken,
    pagePath: pathOf(request),
    productName: services.config.productName,
    branding: brandingOf(services.config),
    plan: ({ id, name }) => {
      const key = `plan.${id}`;
      return isPortalKey(key) ? portalText(key, locale) : name;
    },
    languages: request.headers['accept-language'],
    dev: services.config.dev,
    now: services.clock.now(),
  };
  contexts.set(request, ctx);
  return ctx;
}

export async function loadContext(
  request: FastifyRequest,
  reply: FastifyReply,
  services: WebServices,
): Promise<PortalContext> {
  const ctx = baseContext(request, reply, services);
  const token = readCookie(request, SESSION_COOKIE);
  const session = token ? await services.sessions.authenticate(token) : undefined;
  const account = session ? await services.accounts.get(session.accountId) : undefined;
  if (session && account) {
    ctx.sessionToken = token;
    ctx.session = session;
    ctx.account = account;
    ctx.deletion = await services.accountDeletion.status(account.id);
  }
  if (token && !ctx.account) {
    ctx.sessionEnded = true;
    clearSessionCookie(reply);
  }
  // A notice survives only to the page a redirect lands on, never to a form response.
  if (request.method === 'GET') ctx.flash = takeFlash(request, reply) ?? (ctx.sessionEnded ? SESSION_ENDED : undefined);
  return ctx;
}

export function contextOf(request: FastifyRequest): PortalContext | undefined {
  return contexts.get(request);
}
