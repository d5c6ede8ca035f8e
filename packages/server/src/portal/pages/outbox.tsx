// The development outbox: text messages and email the server "sent", so a demo works with no provider.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { PortalContext } from '../context.js';
import { formatDateTime } from '../format.js';
import { Layout, When } from '../ui/layout.js';

export interface OutboxRow {
  channel: 'sms' | 'email';
  to: string;
  subject: string | null;
  body: string;
  createdAt: number;
}

export function OutboxPage({ ctx, messages }: { ctx: PortalContext; messages: OutboxRow[] }) {
  return (
    <Layout ctx={ctx} title={ctx.t('outbox.title')} section="outbox">
      <p class="lead">{ctx.t('outbox.intro')}</p>
      {messages.length === 0 ? (
        <p>{ctx.t('outbox.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('outbox.when')}</th>
                <th scope="col">{ctx.t('outbox.to')}</th>
                <th scope="col">{ctx.t('outbox.message')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr>
                  <td>
                    <When ms={m.createdAt} text={formatDateTime(ctx.locale, m.createdAt)} />
                    <br />
                    <span class="badge">{ctx.t(m.channel === 'sms' ? 'outbox.sms' : 'outbox.email')}</span>
                  </td>
                  <td>{m.to}</td>
                  <td>
                    {m.subject && <strong>{m.subject}</strong>}
                    <pre class="message">{m.body}</pre>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Layout>
  );
}
