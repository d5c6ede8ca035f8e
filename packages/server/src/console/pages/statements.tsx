// Regional data statements: published versions per region with their languages, publishing a version or a translation,
// and a preview of one version in both languages as people will read it.
/** @jsxRuntime automatic @jsxImportSource preact */
import { LOCALES } from '@tessera/protocol';
import type { DataStatement } from '../../consent/index.js';
import type { ConsoleContext } from '../context.js';
import { formatTime } from '../format.js';
import { Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export type StatementForm = Partial<Record<'region' | 'locale' | 'title' | 'body' | 'version', string>>;

interface VersionRow {
  region: string;
  version: number;
  locales: string[];
  publishedAt: number;
}

/** One row per region and version, newest version first, with the languages it is published in. */
export function versionsOf(statements: readonly DataStatement[]): VersionRow[] {
  const rows = new Map<string, VersionRow>();
  for (const s of statements) {
    const key = `${s.region}:${s.version}`;
    const row = rows.get(key) ?? { region: s.region, version: s.version, locales: [], publishedAt: s.publishedAt };
    row.locales.push(s.locale);
    row.publishedAt = Math.min(row.publishedAt, s.publishedAt);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.region.localeCompare(b.region) || b.version - a.version);
}

const errorOf = (errors: FieldError[], field: string) => errors.find((e) => e.field === field)?.text;

function Publish({ ctx, values, errors }: { ctx: ConsoleContext; values: StatementForm; errors: FieldError[] }) {
  const bodyError = errorOf(errors, 'statement-body');
  return (
    <section class="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{ctx.t('statements.publish.title')}</h2>
      <p class="hint">{ctx.t('statements.publish.intro')}</p>
      <PostForm ctx={ctx} action="/console/statements" class="stack">
        <Field
          id="statement-region"
          name="region"
          label={ctx.t('statements.region')}
          hint={ctx.t('statements.publish.regionHint')}
          value={values.region}
          maxLength={2}
          required
          error={errorOf(errors, 'statement-region')}
        />
        <Field
          id="statement-locale"
          name="locale"
          label={ctx.t('statements.publish.locale')}
          value={values.locale ?? ctx.locale}
          required
          options={LOCALES.map((l) => ({ value: l, label: ctx.t(`lang.${l}`) }))}
        />
        <Field
          id="statement-version"
          name="version"
          type="number"
          inputMode="numeric"
          label={ctx.t('statements.publish.version')}
          hint={ctx.t('statements.publish.versionHint')}
          value={values.version}
          error={errorOf(errors, 'statement-version')}
        />
        <Field
          id="statement-title"
          name="title"
          label={ctx.t('statements.publish.title_')}
          value={values.title}
          maxLength={200}
          required
          error={errorOf(errors, 'statement-title')}
        />
        <div class="field">
          <label for="statement-body">{ctx.t('statements.publish.body')}</label>
          {bodyError && (
            <span class="field-error" id="statement-body-error">
              {bodyError}
            </span>
          )}
          <textarea
            id="statement-body"
            name="body"
            rows={10}
            maxLength={100_000}
            required
            aria-describedby={bodyError ? 'statement-body-error' : undefined}
            aria-invalid={bodyError ? 'true' : undefined}
          >
            {values.body ?? ''}
          </textarea>
        </div>
        <button type="submit">{ctx.t('statements.publish.submit')}</button>
      </PostForm>
    </section>
  );
}

export function StatementsPage(props: {
  ctx: ConsoleContext;
  statements: DataStatement[];
  values?: StatementForm;
  errors?: FieldError[];
}) {
  const { ctx } = props;
  const rows = versionsOf(props.statements);
  const errors = props.errors ?? [];
  return (
    <Layout ctx={ctx} title={ctx.t('statements.title')} section="statements" errors={errors}>
      <section class="card" aria-labelledby="versions-title">
        <h2 id="versions-title">{ctx.t('statements.title')}</h2>
        {rows.length === 0 ? (
          <p class="muted">{ctx.t('desk.none')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('statements.region')}</th>
                  <th scope="col" class="num">
                    {ctx.t('statements.version')}
                  </th>
                  <th scope="col">{ctx.t('statements.languages')}</th>
                  <th scope="col">{ctx.t('statements.published')}</th>
                  <th scope="col">{ctx.t('statements.preview')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr>
                    <td>{r.region}</td>
                    <td class="num">{r.version}</td>
                    <td>{r.locales.join(', ')}</td>
                    <td>{formatTime(ctx.locale, r.publishedAt)}</td>
                    <td>
                      <a
                        href={`/console/statements/${encodeURIComponent(r.region)}/${r.version}`}
                        aria-label={ctx.t('statements.previewLabel', { region: r.region, version: r.version })}
                      >
                        {ctx.t('statements.preview')}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {ctx.can('statements:write') && <Publish ctx={ctx} values={props.values ?? {}} errors={errors} />}
    </Layout>
  );
}

/** The text as the connect journey shows it: paragraphs at blank lines, nothing interpreted as markup. */
const Paragraphs = ({ text }: { text: string }) => (
  <>
    {text
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
      .map((p) => (
        <p>{p}</p>
      ))}
  </>
);

export function StatementPreviewPage(props: {
  ctx: ConsoleContext;
  region: string;
  version: number;
  texts: DataStatement[];
}) {
  const { ctx, region, version } = props;
  return (
    <Layout ctx={ctx} title={ctx.t('statements.previewTitle', { region, version })} section="statements">
      <div class="columns">
        {LOCALES.map((l) => {
          const text = props.texts.find((t) => t.locale === l);
          return (
            <section class="card statement" aria-labelledby={`preview-${l}`}>
              <h2 id={`preview-${l}`}>{ctx.t(`lang.${l}`)}</h2>
              {text ? (
                <div lang={l}>
                  <h3>{text.title}</h3>
                  <p class="muted">{formatTime(ctx.locale, text.publishedAt)}</p>
                  <Paragraphs text={text.body} />
                </div>
              ) : (
                <p class="muted">{ctx.t('statements.missingLocale')}</p>
              )}
            </section>
          );
        })}
      </div>
      <p>
        <a href="/console/statements">{ctx.t('nav.statements')}</a>
      </p>
    </Layout>
  );
}
