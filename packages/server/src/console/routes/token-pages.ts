// Operator API tokens: the list, creating one (shown once, in the answer), revoking one.
import type { FastifyReply } from 'fastify';
import type { WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import { formOf, idParam, type ConsoleKit, type OperatorContext } from '../route-kit.js';
import { setFlash } from '../context.js';
import { TokensPage } from '../pages/tokens.js';
import { redirect, sendPage } from '../send-page.js';
import { valuesOf } from './desk-forms.js';

export function tokenPages(kit: ConsoleKit, s: WebServices): void {
  const tokens = s.operator.tokens;
  const list = async (reply: FastifyReply, ctx: OperatorContext, status: number, extra: object = {}) =>
    sendPage(reply, status, TokensPage({ ctx, tokens: await tokens.list(), ...extra }));

  kit.page('/console/tokens', { scope: 'tokens:read' }, async (_request, reply, ctx) => list(reply, ctx, 200));

  kit.action(
    '/console/tokens',
    { scope: 'tokens:write', back: () => '/console/tokens' },
    async (request, reply, ctx) => {
      const form = formOf(request);
      const scopes = valuesOf(request, 'scopes');
      const name = (form.name ?? '').trim();
      const created = await tokens.create({ name, scopes });
      if (!created.ok)
        return list(reply, ctx, 400, {
          values: { name: form.name ?? '', scopes },
          errors: [{ text: ctx.t('tokens.create.problem', { problem: created.problem }) }],
        });
      // Shown in this answer only: never put in a cookie, a URL or a log.
      return list(reply, ctx, 201, { created: { name: created.summary.name, token: created.token } });
    },
  );

  kit.action(
    '/console/tokens/:tokenId/revoke',
    { scope: 'tokens:write', fresh: true, back: () => '/console/tokens' },
    async (request, reply) => {
      const r = await tokens.revoke(idParam(request, 'tokenId'));
      if (!r.ok) throw new AppError('NOT_FOUND');
      setFlash(request, reply, s, { key: 'tokens.revokedFlash', context: { name: r.summary.name } });
      return redirect(reply, '/console/tokens');
    },
  );
}
