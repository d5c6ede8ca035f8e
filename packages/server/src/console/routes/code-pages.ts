// Activation codes: the batches page, minting in the background (progress page, one CSV download), revoking a batch.
import type { FastifyReply } from 'fastify';
import type { WebServices } from '../../web/index.js';
import { MAX_CONSOLE_BATCH } from '../../minting/index.js';
import { AppError } from '../../errors/index.js';
import { formOf, idParam, type ConsoleKit, type OperatorContext } from '../route-kit.js';
import { setFlash } from '../context.js';
import { CodesPage, type MintForm } from '../pages/codes.js';
import { MintGonePage, MintPage } from '../pages/mint.js';
import type { FieldError } from '../ui/forms.js';
import { redirect, sendPage } from '../send-page.js';
import { languageTag } from '../format.js';
import { wholeNumber } from './desk-forms.js';

/** How often a running mint's page asks again (seconds): the Refresh header, since the console runs no script. */
const REFRESH_SECONDS = 2;
/** The download window the mint service is given (composition root); said on the page. */
const WINDOW_MINUTES = 15;

const maxText = (ctx: OperatorContext) => new Intl.NumberFormat(languageTag(ctx.locale)).format(MAX_CONSOLE_BATCH);

export function codePages(kit: ConsoleKit, s: WebServices): void {
  const operator = s.licensing.operator;
  const jobs = s.operator.mintJobs;

  async function codesPage(
    reply: FastifyReply,
    ctx: OperatorContext,
    status = 200,
    values?: MintForm,
    errors?: FieldError[],
  ) {
    const [plans, batches] = await Promise.all([operator.listPlans(), operator.listBatches()]);
    return sendPage(
      reply,
      status,
      CodesPage({
        ctx,
        plans,
        batches,
        max: MAX_CONSOLE_BATCH,
        ...(values ? { values } : {}),
        ...(errors ? { errors } : {}),
      }),
    );
  }

  kit.page('/console/codes', { scope: 'codes:read' }, async (_request, reply, ctx) => codesPage(reply, ctx));

  kit.action(
    '/console/codes/mint',
    { scope: 'codes:write', back: () => '/console/codes' },
    async (request, reply, ctx) => {
      const form = formOf(request);
      const values: MintForm = {
        plan: form.plan ?? '',
        count: form.count ?? '',
        term: form.term ?? '',
        note: form.note ?? '',
      };
      const count = wholeNumber(form.count);
      const term = form.term?.trim() ? wholeNumber(form.term) : undefined;
      const errors: FieldError[] = [];
      if (!form.plan) errors.push({ field: 'mint-plan', text: ctx.t('codes.mint.planInvalid') });
      if (count === undefined || count < 1 || count > MAX_CONSOLE_BATCH)
        errors.push({ field: 'mint-count', text: ctx.t('codes.mint.countInvalid', { max: maxText(ctx) }) });
      if (form.term?.trim() && term === undefined)
        errors.push({ field: 'mint-term', text: ctx.t('codes.mint.termInvalid') });
      if (errors.length === 0) {
        const started = await jobs.start({
          operatorId: ctx.operator.account.id,
          planId: form.plan!,
          count: count!,
          ...(term !== undefined ? { termDays: term } : {}),
          ...(form.note?.trim() ? { note: form.note.trim().slice(0, 500) } : {}),
        });
        if (started.ok) return redirect(reply, `/console/codes/mints/${started.jobId}`);
        const field = { plan: 'mint-plan', count: 'mint-count', term: 'mint-term' }[started.problem];
        const key = (
          { plan: 'codes.mint.planInvalid', count: 'codes.mint.countInvalid', term: 'codes.mint.termInvalid' } as const
        )[started.problem];
        errors.push({ field, text: ctx.t(key, { max: maxText(ctx) }) });
      }
      return codesPage(reply, ctx, 400, values, errors);
    },
  );

  kit.page('/console/codes/mints/:jobId', { scope: 'codes:write' }, async (request, reply, ctx) => {
    const job = await jobs.view(idParam(request, 'jobId'), ctx.operator.account.id);
    if (!job) return sendPage(reply, 404, MintGonePage({ ctx }));
    if (job.status === 'running') reply.header('refresh', String(REFRESH_SECONDS));
    return sendPage(reply, 200, MintPage({ ctx, job, windowMinutes: WINDOW_MINUTES }));
  });

  kit.action(
    '/console/codes/mints/:jobId/csv',
    { scope: 'codes:write', back: (request) => `/console/codes/mints/${idParam(request, 'jobId')}` },
    async (request, reply, ctx) => {
      const taken = await jobs.takeCsv(idParam(request, 'jobId'), ctx.operator.account.id);
      if (!taken.ok) return sendPage(reply, taken.reason === 'not_ready' ? 409 : 410, MintGonePage({ ctx }));
      return reply
        .code(200)
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${taken.filename}"`)
        .send(taken.csv);
    },
  );

  kit.action(
    '/console/codes/batches/:batchId/revoke',
    { scope: 'codes:write', fresh: true, back: () => '/console/codes' },
    async (request, reply) => {
      const batch = idParam(request, 'batchId');
      const r = await operator.revokeBatch(batch);
      if (!r.ok) throw new AppError('NOT_FOUND');
      setFlash(request, reply, s, { key: 'codes.revokedFlash', context: { batch, redeemed: r.redeemed } });
      return redirect(reply, '/console/codes');
    },
  );
}
