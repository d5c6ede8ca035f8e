// Operator authentication for /admin/v1: a `tsk_` bearer token, a per-token request limit, the route's scope, and
// an audit entry for every call that named a real token.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WebServices } from '../web/index.js';
import { AppError } from '../errors/index.js';
import { hasScope, type OperatorPrincipal, type OperatorScope } from '../operators/index.js';

declare module 'fastify' {
  interface FastifyRequest {
    operator?: OperatorPrincipal;
  }
}

function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' && /^bearer /i.test(header) ? header.slice(7).trim() : undefined;
}

/**
 * The hook each route runs first (before its body is read): unknown, malformed and revoked tokens — and end-user
 * session tokens — get one 401, so nothing tells a caller which tokens exist; a real token over its limit gets 429,
 * and one without the route's scope 403 `SCOPE_MISSING` naming the scope.
 */
export function requireOperator(s: WebServices, scope: OperatorScope) {
  return async (request: FastifyRequest) => {
    const principal = await s.operator.tokens.authenticate(bearerOf(request));
    if (!principal.ok) throw new AppError('UNAUTHENTICATED');
    request.operator = { tokenId: principal.tokenId, name: principal.name, scopes: principal.scopes };
    const slot = await s.tallies.reserve(`op:${principal.tokenId}`, s.config.operatorRequestsPerMinute, 60_000);
    if (!slot.ok) throw new AppError('RATE_LIMITED', undefined, slot.retryAfterSeconds);
    if (!hasScope(principal.scopes, scope)) throw new AppError('SCOPE_MISSING', { scope });
  };
}

/** Written before the answer leaves (awaited, so a caller that got an answer finds its audit entry). */
export async function auditOperatorCall(request: FastifyRequest, reply: FastifyReply, s: WebServices) {
  const operator = request.operator;
  if (!operator) return;
  const params = (request.params ?? {}) as Record<string, unknown>;
  await s.operator.auditLog.record('operator.request', {
    accountId: null,
    ip: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
    details: {
      tokenId: operator.tokenId,
      method: request.method,
      route: request.routeOptions.url ?? null,
      status: reply.statusCode,
      ...(typeof params.accountId === 'string' ? { targetAccountId: params.accountId } : {}),
    },
  });
}

/** The operator as the domains record it. */
export const actorOf = (request: FastifyRequest) => ({ tokenId: request.operator!.tokenId, ip: request.ip });
