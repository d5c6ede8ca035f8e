// Activation codes: mint a batch (in the background, codes downloaded once), the batches with redeemed counts, revoke.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { BatchSummary, Plan } from '../../licensing/index.js';
import type { ConsoleContext } from '../context.js';
import { formatTime, languageTag } from '../format.js';
import { ActionButton, Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export interface MintForm {
  plan?: string;
  count?: string;
  term?: string;
  note?: string;
}

const errorOf = (errors: FieldError[], field: string) => errors.find((e) => e.field === field)?.text;

function MintSection(props: {
  ctx: ConsoleContext;
  plans: Plan[];
  max: number;
  values: MintForm;
  errors: FieldError[];
}) {
  const { ctx, values, errors } = props;
  return (
    <section class="card" aria-labelledby="mint-title">
      <h2 id="mint-title">{ctx.t('codes.mint.title')}</h2>
      <PostForm ctx={ctx} action="/console/codes/mint" class="stack">
        <Field
          id="mint-plan"
          name="plan"
          label={ctx.t('codes.mint.plan')}
          value={values.plan}
          required
          options={props.plans.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` }))}
          choose={ctx.t('grant.choose')}
          error={errorOf(errors, 'mint-plan')}
        />
        <Field
          id="mint-count"
          name="count"
          type="number"
          label={ctx.t('codes.mint.count')}
          hint={ctx.t('codes.mint.countHint', {
            max: new Intl.NumberFormat(languageTag(ctx.locale)).format(props.max),
          })}
          value={values.count ?? '1000'}
          inputMode="numeric"
          required
          error={errorOf(errors, 'mint-count')}
        />
        <Field
          id="mint-term"
          name="term"
          type="number"
          label={ctx.t('codes.mint.term')}
          hint={ctx.t('codes.mint.termHint')}
          value={values.term}
          inputMode="numeric"
          error={errorOf(errors, 'mint-term')}
        />
        <Field id="mint-note" name="note" label={ctx.t('codes.mint.note')} value={values.note} maxLength={500} />
        <button type="submit">{ctx.t('codes.mint.submit')}</button>
      </PostForm>
    </section>
  );
}

function Batches({ ctx, batches }: { ctx: ConsoleContext; batches: BatchSummary[] }) {
  const n = new Intl.NumberFormat(languageTag(ctx.locale));
  const mayRevoke = ctx.can('codes:write');
  return (
    <section class="card" aria-labelledby="batches-title">
      <h2 id="batches-title">{ctx.t('codes.batches.title')}</h2>
      {batches.length === 0 ? (
        <p class="muted">{ctx.t('desk.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('codes.batch')}</th>
                <th scope="col">{ctx.t('codes.plan')}</th>
                <th scope="col" class="num">
                  {ctx.t('codes.count')}
                </th>
                <th scope="col" class="num">
                  {ctx.t('codes.redeemed')}
                </th>
                <th scope="col" class="num">
                  {ctx.t('codes.term')}
                </th>
                <th scope="col">{ctx.t('codes.note')}</th>
                <th scope="col">{ctx.t('desk.created')}</th>
                <th scope="col">{ctx.t('codes.revoked')}</th>
                {mayRevoke && <th scope="col">{ctx.t('desk.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr>
                  <td class="mono">{b.id}</td>
                  <td>{b.planId}</td>
                  <td class="num">{n.format(b.count)}</td>
                  <td class="num">{n.format(b.redeemed)}</td>
                  <td class="num">{n.format(b.termDays)}</td>
                  <td>{b.note ?? ''}</td>
                  <td>{formatTime(ctx.locale, b.createdAt)}</td>
                  <td>{b.revokedAt === null ? '—' : formatTime(ctx.locale, b.revokedAt)}</td>
                  {mayRevoke && (
                    <td>
                      {b.revokedAt === null && (
                        <ActionButton
                          ctx={ctx}
                          action={`/console/codes/batches/${encodeURIComponent(b.id)}/revoke`}
                          text={ctx.t('codes.revoke')}
                          label={ctx.t('codes.revokeLabel', { batch: b.id })}
                          danger
                        />
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function CodesPage(props: {
  ctx: ConsoleContext;
  plans: Plan[];
  batches: BatchSummary[];
  max: number;
  values?: MintForm;
  errors?: FieldError[];
}) {
  const { ctx } = props;
  const errors = props.errors ?? [];
  return (
    <Layout ctx={ctx} title={ctx.t('codes.title')} section="codes" errors={errors}>
      {ctx.can('codes:write') && (
        <MintSection ctx={ctx} plans={props.plans} max={props.max} values={props.values ?? {}} errors={errors} />
      )}
      <Batches ctx={ctx} batches={props.batches} />
    </Layout>
  );
}
