// Data statements: the published versions, publishing a version or a translation, and a preview in both languages.
import { isLocale } from '@tessera/protocol';
import type { WebServices } from '../../web/index.js';
import { AppError } from '../../errors/index.js';
import { formOf, type ConsoleKit } from '../route-kit.js';
import { setFlash } from '../context.js';
import { StatementPreviewPage, StatementsPage, type StatementForm } from '../pages/statements.js';
import type { FieldError } from '../ui/forms.js';
import { redirect, sendPage } from '../send-page.js';
import { wholeNumber } from './desk-forms.js';

const REGION = /^[A-Z]{2}$/;

export function statementPages(kit: ConsoleKit, s: WebServices): void {
  kit.page('/console/statements', { scope: 'statements:read' }, async (_request, reply, ctx) =>
    sendPage(reply, 200, StatementsPage({ ctx, statements: await s.consent.statements() })),
  );

  kit.page('/console/statements/:region/:version', { scope: 'statements:read' }, async (request, reply, ctx) => {
    const params = request.params as Record<string, string>;
    const region = String(params.region ?? '');
    const version = wholeNumber(params.version);
    if (!REGION.test(region) || version === undefined) throw new AppError('NOT_FOUND');
    const texts = (await s.consent.statements(region)).filter((t) => t.version === version);
    if (texts.length === 0) throw new AppError('NOT_FOUND');
    return sendPage(reply, 200, StatementPreviewPage({ ctx, region, version, texts }));
  });

  kit.action(
    '/console/statements',
    { scope: 'statements:write', back: () => '/console/statements' },
    async (request, reply, ctx) => {
      const form = formOf(request);
      const values: StatementForm = {
        region: form.region ?? '',
        locale: form.locale ?? '',
        title: form.title ?? '',
        body: form.body ?? '',
        version: form.version ?? '',
      };
      const region = (form.region ?? '').trim().toUpperCase();
      const title = (form.title ?? '').trim();
      const body = (form.body ?? '').replace(/\r\n/g, '\n').trim();
      const version = form.version?.trim() ? wholeNumber(form.version) : undefined;
      const errors: FieldError[] = [];
      if (!REGION.test(region))
        errors.push({ field: 'statement-region', text: ctx.t('statements.publish.regionInvalid') });
      if (!title || title.length > 200 || !body || body.length > 100_000)
        errors.push({
          field: title ? 'statement-body' : 'statement-title',
          text: ctx.t('statements.publish.required'),
        });
      if (form.version?.trim() && (version === undefined || version < 1))
        errors.push({ field: 'statement-version', text: ctx.t('statements.publish.versionInvalid') });
      const locale = form.locale;
      if (!isLocale(locale)) throw new AppError('VALIDATION_FAILED', { fields: ['/locale'], in: 'body' });
      if (errors.length === 0) {
        const published = await s.consent.publish({
          region,
          locale,
          title,
          body,
          ...(version !== undefined ? { version } : {}),
        });
        if (published.ok) {
          const st = published.statement;
          setFlash(request, reply, s, {
            key: 'statements.publishedFlash',
            context: {
              version: st.version,
              region: st.region,
              locale: ctx.t(st.locale === 'vi' ? 'lang.vi' : 'lang.en'),
            },
          });
          return redirect(reply, `/console/statements/${st.region}/${st.version}`);
        }
        errors.push({ field: 'statement-version', text: ctx.t('statements.publish.versionInvalid') });
      }
      return sendPage(reply, 400, StatementsPage({ ctx, statements: await s.consent.statements(), values, errors }));
    },
  );
}
