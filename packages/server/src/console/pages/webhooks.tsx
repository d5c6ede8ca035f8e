// Webhooks: endpoints (add with the events they want, turn back on, delete) and the signing secret shown once.
/** @jsxRuntime automatic @jsxImportSource preact */
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointSummary } from '../../webhooks/index.js';
import type { ConsoleContext } from '../context.js';
import { formatTime } from '../format.js';
import { ActionButton, Field, Notice, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export interface EndpointForm {
  url?: string;
  description?: string;
  events?: string[];
}

function CreateEndpoint({ ctx, values }: { ctx: ConsoleContext; values: EndpointForm }) {
  const chosen = new Set(values.events ?? []);
  return (
    <section class="card" aria-labelledby="create-endpoint-title">
      <h2 id="create-endpoint-title">{ctx.t('webhooks.create.title')}</h2>
      <PostForm ctx={ctx} action="/console/webhooks" class="stack">
        <Field
          id="endpoint-url"
          name="url"
          label={ctx.t('webhooks.url')}
          value={values.url}
          maxLength={2000}
          required
        />
        <Field
          id="endpoint-description"
          name="description"
          label={ctx.t('webhooks.create.description')}
          value={values.description}
          maxLength={200}
        />
        <fieldset>
          <legend>{ctx.t('webhooks.create.eventsLegend')}</legend>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <div class="check">
              <input type="checkbox" id={`event-${type}`} name="events" value={type} checked={chosen.has(type)} />
              <label for={`event-${type}`} class="mono">
                {type}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{ctx.t('webhooks.create.submit')}</button>
      </PostForm>
    </section>
  );
}

export function WebhooksPage(props: {
  ctx: ConsoleContext;
  endpoints: WebhookEndpointSummary[];
  values?: EndpointForm;
  errors?: FieldError[];
  /** The secret of the endpoint just added: this answer is the only place it is ever shown. */
  secret?: { url: string; secret: string };
}) {
  const { ctx, endpoints } = props;
  const mayWrite = ctx.can('webhooks:write');
  return (
    <Layout ctx={ctx} title={ctx.t('webhooks.title')} section="webhooks" errors={props.errors ?? []}>
      {props.secret && (
        <Notice type="warning">
          <h2>{ctx.t('webhooks.secret.title')}</h2>
          <p>{ctx.t('webhooks.secret.body')}</p>
          <p class="mono">{props.secret.url}</p>
          <p>
            <code class="secret">{props.secret.secret}</code>
          </p>
        </Notice>
      )}
      <section class="card" aria-labelledby="endpoints-title">
        <h2 id="endpoints-title">{ctx.t('webhooks.title')}</h2>
        {endpoints.length === 0 ? (
          <p class="muted">{ctx.t('desk.none')}</p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{ctx.t('webhooks.url')}</th>
                  <th scope="col">{ctx.t('webhooks.events')}</th>
                  <th scope="col">{ctx.t('webhooks.state')}</th>
                  <th scope="col" class="num">
                    {ctx.t('webhooks.failures')}
                  </th>
                  <th scope="col">{ctx.t('desk.created')}</th>
                  <th scope="col">{ctx.t('desk.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {endpoints.map((e) => {
                  const base = `/console/webhooks/${encodeURIComponent(e.id)}`;
                  return (
                    <tr>
                      <td>
                        <span class="mono">{e.url}</span>
                        {e.description && <div class="muted">{e.description}</div>}
                      </td>
                      <td class="mono">{e.eventTypes.join(', ')}</td>
                      <td>
                        {e.disabledAt === null
                          ? ctx.t('webhooks.enabled')
                          : ctx.t('webhooks.disabled', { reason: e.disabledReason ?? '' })}
                      </td>
                      <td class="num">{e.consecutiveFailures}</td>
                      <td>{formatTime(ctx.locale, e.createdAt)}</td>
                      <td class="actions">
                        <a href={base} aria-label={ctx.t('webhooks.deliveriesLabel', { url: e.url })}>
                          {ctx.t('webhooks.deliveries')}
                        </a>
                        {mayWrite && e.disabledAt !== null && (
                          <ActionButton
                            ctx={ctx}
                            action={`${base}/enable`}
                            text={ctx.t('webhooks.enable')}
                            label={ctx.t('webhooks.enableLabel', { url: e.url })}
                          />
                        )}
                        {mayWrite && (
                          <ActionButton
                            ctx={ctx}
                            action={`${base}/delete`}
                            text={ctx.t('webhooks.delete')}
                            label={ctx.t('webhooks.deleteLabel', { url: e.url })}
                            danger
                          />
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {mayWrite && <CreateEndpoint ctx={ctx} values={props.values ?? {}} />}
    </Layout>
  );
}
