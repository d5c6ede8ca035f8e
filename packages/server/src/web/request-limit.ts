// Per-IP request limits on sensitive routes, keyed by the route pattern so `/v1/x`, `//v1/x` and `/V1/X/` share a bucket.
import type { FastifyRequest } from 'fastify';
import type { Tallies } from '../risk/index.js';
import { AppError } from '../errors/index.js';

export function normalizeRouteKey(request: FastifyRequest): string {
  // The router already folds case, duplicate and trailing slashes; its pattern names the bucket.
  const pattern = request.routeOptions.url ?? request.url.split('?')[0] ?? '/';
  return `${request.method} ${pattern
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .replace(/(.)\/$/, '$1')}`;
}

export function requestLimit(deps: { tallies: Tallies; perMinute: number }) {
  return async (request: FastifyRequest) => {
    // Reserved, not recorded then counted: racing requests cannot refuse each other, and a refused one takes no slot.
    const slot = await deps.tallies.reserve(`req:${request.ip}:${normalizeRouteKey(request)}`, deps.perMinute, 60_000);
    if (!slot.ok) throw new AppError('RATE_LIMITED', undefined, slot.retryAfterSeconds);
  };
}
