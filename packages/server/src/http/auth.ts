// Finds the session behind an API request: a Bearer token, or the shared session cookie when the browser sent it.
import type { FastifyRequest } from 'fastify';
import type { SessionService } from '../sessions/index.js';
import { SESSION_COOKIE } from '../web/index.js';
import { AppError } from '../errors/index.js';
import { marksSession } from './openapi.js';

/** The token of an `Authorization: Bearer …` header, if any. */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : undefined;
}

function tokenOf(request: FastifyRequest): { token: string; via: 'bearer' | 'cookie' } | undefined {
  const bearer = bearerToken(request);
  if (bearer) return { token: bearer, via: 'bearer' };
  if (request.crossOrigin) return undefined;
  const cookies = (request as FastifyRequest & { cookies?: Record<string, string | undefined> }).cookies;
  const cookie = cookies?.[SESSION_COOKIE];
  return cookie ? { token: cookie, via: 'cookie' } : undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a cookie-authenticated change could have been sent by another site: the browser attaches the cookie to
 * a cross-site form post or a bodiless `fetch`, but a JSON body or a custom header needs a CORS preflight this
 * server never grants; `Sec-Fetch-Site` and `Origin` name the sender where the browser sends them.
 */
function mayBeCrossSite(request: FastifyRequest): boolean {
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin') return true;
  const origin = request.headers.origin;
  if (origin !== undefined) {
    let host: string | undefined;
    try {
      host = new URL(origin).host;
    } catch {
      return true;
    }
    if (host !== request.headers.host) return true;
  }
  const json = /^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '');
  return !json && request.headers['x-requested-with'] === undefined;
}

/**
 * A hook that admits only requests with a live session; one carried by the cookie may change something only
 * when it cannot have come from another site (Bearer tokens are never sent by a browser on its own).
 */
export function requireSession(sessions: SessionService) {
  return marksSession(async (request: FastifyRequest) => {
    const credential = tokenOf(request);
    const session = credential ? await sessions.authenticate(credential.token) : undefined;
    if (!session) throw new AppError('UNAUTHENTICATED');
    if (credential!.via === 'cookie' && !SAFE_METHODS.has(request.method) && mayBeCrossSite(request))
      throw new AppError('CSRF_FAILED');
    request.session = session;
  });
}
