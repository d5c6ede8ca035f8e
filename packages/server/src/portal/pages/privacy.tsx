// Privacy: the data statements accepted (version, date, device), downloading one's data, and deleting the account.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { PortalContext } from '../context.js';
import { formatDate, formatDateTime } from '../format.js';
import { errorFor, Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout, When } from '../ui/layout.js';

export interface PrivacyData {
  acceptances: Array<{
    title: string;
    region: string;
    version: number;
    acceptedAt: number;
    device: string | null;
    appId: string | null;
  }>;
  graceDays: number;
  deletionAt: number | null;
}

export function PrivacyPage({
  ctx,
  data,
  errors = [],
}: {
  ctx: PortalContext;
  data: PrivacyData;
  errors?: FieldError[];
}) {
  return (
    <Layout ctx={ctx} title={ctx.t('privacy.title')} section="privacy" errors={errors}>
      <section class="card" aria-labelledby="statements-title">
        <h2 id="statements-title">{ctx.t('privacy.statements.title')}</h2>
        {data.acceptances.length === 0 ? (
          <p class="muted">{ctx.t('privacy.statements.none')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('privacy.statement')}</th>
                  <th scope="col">{ctx.t('privacy.version')}</th>
                  <th scope="col">{ctx.t('privacy.accepted')}</th>
                  <th scope="col">{ctx.t('privacy.device')}</th>
                </tr>
              </thead>
              <tbody>
                {data.acceptances.map((a) => (
                  <tr>
                    <td>
                      {a.title} <span class="muted">({a.region})</span>
                    </td>
                    <td>{a.version}</td>
                    <td>
                      <When ms={a.acceptedAt} text={formatDateTime(ctx.locale, a.acceptedAt)} />
                    </td>
                    <td>{[a.device, a.appId].filter(Boolean).join(' · ') || ctx.t('unknown')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section class="card" aria-labelledby="export-title">
        <h2 id="export-title">{ctx.t('privacy.export.title')}</h2>
        <p>{ctx.t('privacy.export.intro')}</p>
        <PostForm ctx={ctx} action="/account/privacy/export" once={false}>
          <button type="submit" class="secondary">
            {ctx.t('privacy.export.submit')}
          </button>
        </PostForm>
      </section>
      <section class="card" aria-labelledby="delete-title">
        <h2 id="delete-title">{ctx.t('privacy.delete.title')}</h2>
        {data.deletionAt !== null ? (
          <>
            <p>{ctx.t('privacy.delete.scheduled', { date: formatDate(ctx.locale, data.deletionAt) })}</p>
            <PostForm ctx={ctx} action="/account/privacy/keep">
              <button type="submit">{ctx.t('privacy.delete.cancel')}</button>
            </PostForm>
          </>
        ) : (
          <>
            <p>{ctx.t('privacy.delete.intro', { days: data.graceDays })}</p>
            <PostForm ctx={ctx} action="/account/privacy/delete" class="stack">
              <Field
                id="delete-password"
                name="password"
                type="password"
                label={ctx.t('security.yourPassword')}
                hint={ctx.t('security.reauth')}
                autocomplete="current-password"
                required
                error={errorFor(errors, 'delete-password')}
              />
              <button type="submit" class="danger">
                {ctx.t('privacy.delete.submit')}
              </button>
            </PostForm>
          </>
        )}
      </section>
    </Layout>
  );
}
