// Devices: each with its app connections, last seen, rename, and disconnect behind a confirmation page.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { PortalContext } from '../context.js';
import { formatDateTime } from '../format.js';
import { errorFor, Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout, When } from '../ui/layout.js';

export interface DeviceRow {
  id: string;
  name: string;
  platform: string;
  createdAt: number;
  lastSeenAt: number;
  disconnectedAt: number | null;
  apps: Array<{ appId: string; plan: string; lastCheckInAt: number }>;
  /** Apps on Free while several subscriptions fit them: the person picks one (issue 9). */
  choice?: Array<{ id: string; label: string }>;
}

/** The small form of a waiting choice: the fitting subscriptions, one button. */
function ChoiceForm({ ctx, device }: { ctx: PortalContext; device: DeviceRow }) {
  const id = `device-choice-${device.id}`;
  return (
    <PostForm ctx={ctx} action={`/account/devices/${device.id}/subscription`}>
      <p>{ctx.t('devices.choice.intro')}</p>
      <label for={id}>{ctx.t('devices.choice.label')}</label>
      <select id={id} name="subscriptionId" required>
        {device.choice!.map((o) => (
          <option value={o.id}>{o.label}</option>
        ))}
      </select>
      <button type="submit">{ctx.t('devices.choice.submit')}</button>
    </PostForm>
  );
}

function DeviceCard({ ctx, device, errors }: { ctx: PortalContext; device: DeviceRow; errors: FieldError[] }) {
  const nameId = `device-name-${device.id}`;
  const titleId = `device-${device.id}`;
  return (
    <section class="card" aria-labelledby={titleId}>
      <div class="row">
        <h3 id={titleId}>{device.name}</h3>
        <span class="badge ok">{ctx.t('devices.connected')}</span>
      </div>
      <p class="muted">
        {ctx.t('devices.platform')}: {device.platform} · {ctx.t('devices.connectedSince')}:{' '}
        <When ms={device.createdAt} text={formatDateTime(ctx.locale, device.createdAt)} />
        {' · '}
        {ctx.t('devices.lastSeen')}:{' '}
        <When ms={device.lastSeenAt} text={formatDateTime(ctx.locale, device.lastSeenAt)} />
      </p>
      {device.apps.length === 0 ? (
        <p class="muted">{ctx.t('devices.noApps')}</p>
      ) : (
        <div class="table-wrap">
          <table class="aligned">
            <thead>
              <tr>
                <th scope="col">{ctx.t('devices.app')}</th>
                <th scope="col">{ctx.t('devices.plan')}</th>
                <th scope="col">{ctx.t('devices.lastCheckIn')}</th>
              </tr>
            </thead>
            <tbody>
              {device.apps.map((a) => (
                <tr>
                  <td>
                    <code>{a.appId}</code>
                  </td>
                  <td>{a.plan}</td>
                  <td>
                    <When ms={a.lastCheckInAt} text={formatDateTime(ctx.locale, a.lastCheckInAt)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {device.choice && device.choice.length > 1 && <ChoiceForm ctx={ctx} device={device} />}
      <div class="actions">
        <PostForm ctx={ctx} action={`/account/devices/${device.id}/rename`} class="inline">
          <Field
            id={nameId}
            name="name"
            label={ctx.t('devices.name')}
            value={device.name}
            required
            maxLength={100}
            autocomplete="off"
            error={errorFor(errors, nameId)}
          />
          <button type="submit" class="secondary">
            {ctx.t('devices.rename')}
          </button>
        </PostForm>
        <a class="button danger" href={`/account/devices/${device.id}/disconnect`}>
          {ctx.t('devices.disconnect')}
          <span class="sr-only"> {device.name}</span>
        </a>
      </div>
    </section>
  );
}

export function DevicesPage({
  ctx,
  devices,
  errors = [],
}: {
  ctx: PortalContext;
  devices: DeviceRow[];
  errors?: FieldError[];
}) {
  const connected = devices.filter((d) => d.disconnectedAt === null);
  const gone = devices.filter((d) => d.disconnectedAt !== null);
  return (
    <Layout ctx={ctx} title={ctx.t('devices.title')} section="devices" errors={errors}>
      <p class="lead">{ctx.t('devices.intro')}</p>
      {connected.length === 0 && <p>{ctx.t('devices.none')}</p>}
      {connected.map((device) => (
        <DeviceCard ctx={ctx} device={device} errors={errors} />
      ))}
      {gone.length > 0 && (
        <section class="card" aria-labelledby="gone-title">
          <h2 id="gone-title">{ctx.t('devices.disconnectedTitle')}</h2>
          <ul class="plain">
            {gone.map((d) => (
              <li class="row">
                <span>
                  {d.name} <span class="muted">{d.platform}</span>
                </span>
                <span class="muted">
                  {ctx.t('devices.disconnectedOn')}:{' '}
                  <When ms={d.disconnectedAt!} text={formatDateTime(ctx.locale, d.disconnectedAt!)} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Layout>
  );
}

/** The confirmation step: what disconnecting does, and a clear way to back out. */
export function DisconnectPage({ ctx, device }: { ctx: PortalContext; device: DeviceRow }) {
  return (
    <Layout ctx={ctx} title={ctx.t('devices.confirm.title', { name: device.name })} section="devices" narrow>
      <p>{ctx.t('devices.confirm.body')}</p>
      {device.apps.length > 0 && (
        <p>{ctx.t('devices.confirm.apps', { apps: device.apps.map((a) => a.appId).join(', ') })}</p>
      )}
      <PostForm ctx={ctx} action={`/account/devices/${device.id}/disconnect`}>
        <div class="buttons">
          <button type="submit" class="danger">
            {ctx.t('devices.confirm.submit')}
          </button>
          <a class="button secondary" href="/account/devices">
            {ctx.t('devices.confirm.cancel')}
          </a>
        </div>
      </PostForm>
    </Layout>
  );
}
