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
    const count = await deps.tallies.add(`req:${request.ip}:${normalizeRouteKey(request)}`, 60_000);
    if (count > deps.perMinute) throw new AppError('RATE_LIMITED', undefined, 60);
  };
}
