// CORS for /v1: browser apps on the configured origins may call the API with a Bearer token, never with cookies.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DEVICE_AFFINITY_HEADER, LICENSE_HELD_HEADER } from '@tessera/protocol';
import { AppError } from '../errors/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Sent by a page of another origin: only a Bearer token may authenticate it, never the session cookie. */
    crossOrigin?: boolean;
  }
}

/** A browser app's SDK checks in with its two headers too. */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'accept-language',
  DEVICE_AFFINITY_HEADER,
  LICENSE_HELD_HEADER,
].join(', ');
const ALLOWED_METHODS = 'GET, POST, PATCH, DELETE';

/** Origins compare as `new URL` writes them (lower-case scheme and host, default port dropped). */
const normalise = (origin: string) => {
  try {
    return new URL(origin).origin;
  } catch {
    return undefined;
  }
};

function foreignOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return undefined;
  const normalised = normalise(origin);
  // A page of this very site also sends Origin on POST; only another host makes the request cross-origin.
  return normalised && new URL(normalised).host === request.headers.host ? undefined : (normalised ?? origin);
}

export function installCors(app: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins.map(normalise).filter((o): o is string => o !== undefined));

  // Callback-style, not async: every /v1 request (check-ins included) passes here.
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url.startsWith('/v1/')) {
      reply.header('vary', 'Origin');
      const origin = foreignOrigin(request);
      if (origin) {
        request.crossOrigin = true;
        // No Access-Control-Allow-Credentials, ever: a browser then neither sends nor accepts cookies for these calls.
        if (allowed.has(origin)) {
          reply.header('access-control-allow-origin', origin);
          reply.header('access-control-expose-headers', 'retry-after');
        }
      }
    }
    done();
  });

  // Preflights: answered for listed origins only; another origin's is refused, so the browser never sends the call.
  app.options('/v1/*', { schema: { hide: true } as object }, async (request, reply) => {
    const origin = foreignOrigin(request);
    // An OPTIONS that is no preflight names no route of the API, as before CORS.
    if (!origin || typeof request.headers['access-control-request-method'] !== 'string')
      throw new AppError('NOT_FOUND');
    if (!allowed.has(origin)) throw new AppError('FORBIDDEN');
    reply.header('access-control-allow-methods', ALLOWED_METHODS);
    reply.header('access-control-allow-headers', ALLOWED_HEADERS);
    reply.header('access-control-max-age', '600');
    return reply.code(204).send();
  });
}
