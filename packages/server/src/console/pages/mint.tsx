// A mint's page: progress while it runs (the page asks again by itself, with no script: a Refresh header), then the
// one download of its codes, or why there is none.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { MintJobView } from '../../minting/index.js';
import type { ConsoleContext } from '../context.js';
import { formatTime, languageTag } from '../format.js';
import { Notice, PostForm } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export function MintPage({
  ctx,
  job,
  windowMinutes,
}: {
  ctx: ConsoleContext;
  job: MintJobView;
  windowMinutes: number;
}) {
  const n = new Intl.NumberFormat(languageTag(ctx.locale));
  const self = `/console/codes/mints/${encodeURIComponent(job.id)}`;
  const problem = job.problem === 'interrupted' ? ctx.t('mint.interrupted') : (job.problem ?? '');
  return (
    <Layout ctx={ctx} title={ctx.t('mint.title')} section="codes">
      <section class="card" aria-labelledby="progress-label">
        <h2 id="progress-label">{ctx.t('mint.progress')}</h2>
        <progress max={job.count} value={job.minted} aria-labelledby="progress-label">
          {`${n.format(job.minted)} / ${n.format(job.count)}`}
        </progress>
        {job.status === 'running' && (
          <p role="status">
            {ctx.t('mint.running', { minted: n.format(job.minted), count: n.format(job.count) })}{' '}
            <a href={self}>{ctx.t('mint.checkAgain')}</a>
          </p>
        )}
        {job.status === 'done' && (
          <p role="status">{ctx.t('mint.done', { batch: job.batchId ?? '', count: n.format(job.count) })}</p>
        )}
      </section>
      {job.status === 'done' && job.downloadable && (
        <section class="card" aria-labelledby="download-title">
          <h2 id="download-title">{ctx.t('mint.download')}</h2>
          <Notice type="warning">
            <p>{ctx.t('mint.once', { minutes: windowMinutes })}</p>
          </Notice>
          <PostForm ctx={ctx} action={`${self}/csv`}>
            <button type="submit">{ctx.t('mint.download')}</button>
          </PostForm>
        </section>
      )}
      {job.status === 'done' && !job.downloadable && (
        <Notice type="info">
          <p>
            {job.downloadedAt !== null
              ? ctx.t('mint.downloaded', { time: formatTime(ctx.locale, job.downloadedAt) })
              : ctx.t('mint.expired')}
          </p>
        </Notice>
      )}
      {job.status === 'failed' && (
        <Notice type="warning">
          <p>{ctx.t('mint.failed', { problem })}</p>
        </Notice>
      )}
      <p>
        <a href="/console/codes">{ctx.t('mint.back')}</a>
      </p>
    </Layout>
  );
}

export function MintGonePage({ ctx }: { ctx: ConsoleContext }) {
  return (
    <Layout ctx={ctx} title={ctx.t('mint.gone.title')} section="codes" narrow>
      <p>{ctx.t('mint.gone.body')}</p>
      <p>
        <a href="/console/codes">{ctx.t('mint.back')}</a>
      </p>
    </Layout>
  );
}
