// The account overview: the plan in use, subscriptions, devices at a glance, and how sign-in is protected.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { InvitationSummary } from '../../licensing/index.js';
import type { PortalContext } from '../context.js';
import { PendingInvitations } from './invitation.js';
import { formatDateTime } from '../format.js';
import { Layout, When } from '../ui/layout.js';

export interface OverviewData {
  plans: string[];
  activeSubscriptions: number;
  devices: Array<{ name: string; platform: string; lastSeenAt: number }>;
  sms: boolean;
  totp: boolean;
  invitations: InvitationSummary[];
}

export function OverviewPage({ ctx, data }: { ctx: PortalContext; data: OverviewData }) {
  const status = (on: boolean) => (
    <span class={on ? 'badge ok' : 'badge'}>{ctx.t(on ? 'status.on' : 'status.off')}</span>
  );
  return (
    <Layout ctx={ctx} title={ctx.t('overview.title')} section="overview">
      <PendingInvitations ctx={ctx} invitations={data.invitations} />
      <div class="grid">
        <section class="card" aria-labelledby="plan-title">
          <h2 id="plan-title">{ctx.t('overview.plan')}</h2>
          <p class="stat">{data.plans.join(', ')}</p>
          <p class="muted">{ctx.t('overview.planNote')}</p>
        </section>
        <section class="card" aria-labelledby="subs-title">
          <h2 id="subs-title">{ctx.t('overview.subscriptions')}</h2>
          <p class="stat">{ctx.t('overview.subscriptionsCount', { count: data.activeSubscriptions })}</p>
          {data.activeSubscriptions === 0 && <p class="muted">{ctx.t('overview.noSubscriptions')}</p>}
          <a href="/account/subscriptions">{ctx.t('overview.seeSubscriptions')}</a>
        </section>
        <section class="card" aria-labelledby="security-title">
          <h2 id="security-title">{ctx.t('overview.security')}</h2>
          <ul class="plain">
            <li class="row">
              <span>{ctx.t('overview.sms')}</span>
              {status(data.sms)}
            </li>
            <li class="row">
              <span>{ctx.t('overview.totp')}</span>
              {status(data.totp)}
            </li>
          </ul>
          <a href="/account/security">{ctx.t('overview.seeSecurity')}</a>
        </section>
      </div>
      <section class="card" aria-labelledby="devices-title">
        <h2 id="devices-title">{ctx.t('overview.devices')}</h2>
        <p class="stat">{ctx.t('overview.devicesCount', { count: data.devices.length })}</p>
        {data.devices.length === 0 ? (
          <p class="muted">{ctx.t('overview.noDevices')}</p>
        ) : (
          <ul class="plain">
            {data.devices.slice(0, 5).map((d) => (
              <li class="row">
                <span>
                  <strong>{d.name}</strong> <span class="muted">{d.platform}</span>
                </span>
                <span class="muted">
                  {ctx.t('overview.lastSeen', { when: '' })}
                  <When ms={d.lastSeenAt} text={formatDateTime(ctx.locale, d.lastSeenAt)} />
                </span>
              </li>
            ))}
          </ul>
        )}
        <a href="/account/devices">{ctx.t('overview.seeDevices')}</a>
      </section>
    </Layout>
  );
}
