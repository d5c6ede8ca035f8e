// An endpoint's delivery log (status, attempts, last answer), filtered by status; one delivery with the body it sends,
// and sending it again.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { DeliveryRecord, DeliveryStatus, WebhookEndpointSummary } from '../../webhooks/index.js';
import type { ConsoleContext } from '../context.js';
import { formatTime } from '../format.js';
import { ActionButton } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['pending', 'delivered', 'failed'];

function StatusFilter({
  ctx,
  endpointId,
  status,
}: {
  ctx: ConsoleContext;
  endpointId: string;
  status?: DeliveryStatus;
}) {
  return (
    <form method="get" action={`/console/webhooks/${encodeURIComponent(endpointId)}`} class="inline filter">
      <label for="delivery-status">{ctx.t('webhooks.log.filter')}</label>
      <select id="delivery-status" name="status">
        <option value="">{ctx.t('webhooks.log.all')}</option>
        {DELIVERY_STATUSES.map((s) => (
          <option value={s} selected={s === status}>
            {ctx.t(`webhooks.status.${s}`)}
          </option>
        ))}
      </select>
      <button type="submit" class="secondary">
        {ctx.t('webhooks.log.apply')}
      </button>
    </form>
  );
}

export function DeliveriesPage(props: {
  ctx: ConsoleContext;
  endpoint: WebhookEndpointSummary;
  deliveries: DeliveryRecord[];
  status?: DeliveryStatus;
}) {
  const { ctx, endpoint } = props;
  const base = `/console/webhooks/${encodeURIComponent(endpoint.id)}`;
  return (
    <Layout ctx={ctx} title={ctx.t('webhooks.log.title', { url: endpoint.url })} section="webhooks">
      <StatusFilter ctx={ctx} endpointId={endpoint.id} {...(props.status ? { status: props.status } : {})} />
      {props.deliveries.length === 0 ? (
        <p class="muted">{ctx.t('desk.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('webhooks.log.event')}</th>
                <th scope="col">{ctx.t('webhooks.log.status')}</th>
                <th scope="col" class="num">
                  {ctx.t('webhooks.log.attempts')}
                </th>
                <th scope="col" class="num">
                  {ctx.t('webhooks.log.lastCode')}
                </th>
                <th scope="col">{ctx.t('webhooks.log.lastError')}</th>
                <th scope="col">{ctx.t('webhooks.log.at')}</th>
                <th scope="col">{ctx.t('desk.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {props.deliveries.map((d) => (
                <tr>
                  <td class="mono">{d.eventType}</td>
                  <td>{ctx.t(`webhooks.status.${d.status}`)}</td>
                  <td class="num">{d.attempts}</td>
                  <td class="num">{d.lastStatusCode ?? '—'}</td>
                  <td>{d.lastError ?? ''}</td>
                  <td>{formatTime(ctx.locale, d.createdAt)}</td>
                  <td>
                    <a
                      href={`${base}/deliveries/${encodeURIComponent(d.id)}`}
                      aria-label={ctx.t('webhooks.log.openLabel', { id: d.id })}
                    >
                      {ctx.t('webhooks.log.open')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href="/console/webhooks">{ctx.t('webhooks.back')}</a>
      </p>
    </Layout>
  );
}

/** The body as sent, indented when it is JSON (it always is; anything else is shown as it is). */
function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

export function DeliveryPage(props: { ctx: ConsoleContext; delivery: DeliveryRecord; payload: string }) {
  const { ctx, delivery: d } = props;
  const base = `/console/webhooks/${encodeURIComponent(d.endpointId)}`;
  return (
    <Layout ctx={ctx} title={ctx.t('webhooks.delivery.title', { id: d.id })} section="webhooks">
      <dl class="facts">
        <dt>{ctx.t('webhooks.log.event')}</dt>
        <dd class="mono">{d.eventType}</dd>
        <dt>{ctx.t('webhooks.log.status')}</dt>
        <dd>{ctx.t(`webhooks.status.${d.status}`)}</dd>
        <dt>{ctx.t('webhooks.log.attempts')}</dt>
        <dd>{d.attempts}</dd>
        <dt>{ctx.t('webhooks.log.lastCode')}</dt>
        <dd>{d.lastStatusCode ?? '—'}</dd>
        <dt>{ctx.t('webhooks.log.lastError')}</dt>
        <dd>{d.lastError ?? '—'}</dd>
        <dt>{ctx.t('webhooks.log.at')}</dt>
        <dd>{formatTime(ctx.locale, d.createdAt)}</dd>
      </dl>
      <section class="card" aria-labelledby="payload-title">
        <h2 id="payload-title">{ctx.t('webhooks.delivery.payload')}</h2>
        <pre class="payload" tabIndex={0}>
          {pretty(props.payload)}
        </pre>
      </section>
      {ctx.can('webhooks:write') && (
        <ActionButton
          ctx={ctx}
          action={`${base}/deliveries/${encodeURIComponent(d.id)}/redeliver`}
          text={ctx.t('webhooks.delivery.redeliver')}
        />
      )}
      <p>
        <a href={base}>{ctx.t('webhooks.back')}</a>
      </p>
    </Layout>
  );
}
