// Operator tokens over HTTP: list and look up (never a secret or hash), revoke; creating one stays with the CLI on the host.
import { Type } from '@sinclair/typebox';
import type { App, WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import type { OperatorTokenSummary } from '../../operators/index.js';
import { IdParam, operation } from '../describe.js';

const TimeOrNull = Type.Union([Type.String({ format: 'date-time' }), Type.Null()]);
const TokenView = Type.Object({
  id: Type.String(),
  name: Type.String(),
  scopes: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: TimeOrNull,
  revokedAt: TimeOrNull,
});
const isoOrNull = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const tokenView = (t: OperatorTokenSummary) => ({
  ...t,
  createdAt: new Date(t.createdAt).toISOString(),
  lastUsedAt: isoOrNull(t.lastUsedAt),
  revokedAt: isoOrNull(t.revokedAt),
});

export function tokenRoutes(app: App, s: WebServices): void {
  const tokens = s.operator.tokens;

  app.get(
    '/admin/v1/tokens',
    operation(s, 'tokens:read', 'adminListTokens', 'Operator tokens, newest first', {
      querystring: Type.Object({ live: Type.Optional(Type.Boolean()) }, { additionalProperties: false }),
      response: { 200: Type.Object({ items: Type.Array(TokenView) }) },
    }),
    async (request) => ({
      items: (await tokens.list(request.query.live ? { live: true } : {})).map(tokenView),
    }),
  );

  app.get(
    '/admin/v1/tokens/:tokenId',
    operation(s, 'tokens:read', 'adminGetToken', 'One operator token (never its secret or hash)', {
      params: IdParam('tokenId'),
      response: { 200: Type.Object({ token: TokenView }) },
    }),
    async (request) => {
      const found = await tokens.get(request.params.tokenId);
      if (!found) throw new AppError('NOT_FOUND');
      return { token: tokenView(found) };
    },
  );

  app.post(
    '/admin/v1/tokens/:tokenId/revoke',
    operation(s, 'tokens:write', 'adminRevokeToken', 'Revoke a token (it is refused from its next call)', {
      params: IdParam('tokenId'),
      response: { 200: Type.Object({ token: TokenView }) },
    }),
    async (request) => {
      const found = await tokens.get(request.params.tokenId);
      if (!found) throw new AppError('NOT_FOUND');
      const r = await tokens.revoke(request.params.tokenId);
      if (!r.ok) throw new AppError('OPERATION_REFUSED', { problem: r.problem });
      return { token: tokenView(r.summary) };
    },
  );
}
