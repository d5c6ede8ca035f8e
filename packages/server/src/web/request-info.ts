// Request facts the domains need: client IP (Fastify honours only the configured trusted proxies) and user agent.
import type { FastifyRequest } from 'fastify';
import type { RequestInfo } from '../flows/index.js';

export function requestInfo(request: FastifyRequest): RequestInfo {
  const ua = request.headers['user-agent'];
  return { ip: request.ip, userAgent: typeof ua === 'string' ? ua.slice(0, 300) : null };
}
