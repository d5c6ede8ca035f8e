// Per-IP request limits on sensitive routes, keyed by the route pattern so `/v1/x`, `//v1/x` and `/V1/X/` share a bucket.
import type { FastifyRequest } from 'fastify';
import type { Clock } from '../common/index.js';
import type { CounterStore } from '../risk/index.js';
import { AppError } from '../errors/index.js';

export function normalizeRouteKey(request: FastifyRequest): string {
  // The router already folds case, duplicate and trailing slashes; its pattern names the bucket.
  const pattern = request.routeOptions.url ?? request.url.split('?')[0] ?? '/';
  return `${request.method} ${pattern
    .toLowerCase()
    .replace(/\/{2,}/g, '/')
    .replace(/(.)\/$/, '$1')}`;
}

export function requestLimit(deps: { counters: CounterStore; clock: Clock; perMinute: number }) {
  return async (request: FastifyRequest) => {
    const now = deps.clock.now();
    const count = await deps.counters.hit(`req:${request.ip}:${normalizeRouteKey(request)}`, 60_000, now);
    if (count > deps.perMinute) throw new AppError('RATE_LIMITED', undefined, 60);
  };
}
