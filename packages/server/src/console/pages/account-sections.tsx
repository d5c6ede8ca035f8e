// The account page's lower sections: devices and apps (disconnect), subscriptions with seats and holders (grant,
// extend, revoke), family, accepted data statements and recent events.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ConsoleContext } from '../context.js';
import { isConsoleKey } from '../catalog.js';
import { formatTime } from '../format.js';
import { ActionButton, Field, PostForm } from '../ui/forms.js';
import { accountPath, holdersOf, type AccountView } from './account-view.js';

type Props = { ctx: ConsoleContext; view: AccountView };

/** A catalog text for a value with its own key (`status.active`), or the value itself for one this version lacks. */
function named(ctx: ConsoleContext, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return isConsoleKey(key) ? ctx.t(key) : value;
}

export function DevicesSection({ ctx, view }: Props) {
  const base = accountPath(view.account.id);
  const t = (ms: number | null) => formatTime(ctx.locale, ms);
  return (
    <section class="card" aria-labelledby="devices-title">
      <h2 id="devices-title">{ctx.t('account.devices')}</h2>
      {view.devices.length === 0 ? (
        <p>{ctx.t('devices.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t('device.name')}</th>
              <th scope="col">{ctx.t('device.lastSeen')}</th>
              <th scope="col">{ctx.t('device.state')}</th>
              <th scope="col">{ctx.t('device.apps')}</th>
            </tr>
          </thead>
          <tbody>
            {view.devices.map((d) => (
              <tr>
                <td>
                  {d.name} <span class="muted">({d.platform})</span>
                </td>
                <td>{t(d.lastSeenAt)}</td>
                <td>
                  {d.disconnectedAt === null ? (
                    <>
                      <span class="badge good">{ctx.t('device.connected')}</span>
                      {ctx.can('devices:write') && (
                        <ActionButton
                          ctx={ctx}
                          action={`${base}/devices/${encodeURIComponent(d.id)}/disconnect`}
                          text={ctx.t('action.disconnect', { name: d.name })}
                          danger
                        />
                      )}
                    </>
                  ) : (
                    <span class="badge">{ctx.t('device.disconnectedAt', { date: t(d.disconnectedAt) })}</span>
                  )}
                </td>
                <td>
                  <ul class="plain">
                    {d.apps.map((a) => (
                      <li>
                        {a.revokedAt === null
                          ? ctx.t('device.app', { app: a.appId, plan: a.planId, date: t(a.lastCheckInAt) })
                          : ctx.t('device.appRevoked', { app: a.appId, date: t(a.revokedAt) })}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function GrantForm({ ctx, view }: Props) {
  if (!ctx.can('subscriptions:write') || view.plans.length === 0) return null;
  return (
    <PostForm
      ctx={ctx}
      action={`${accountPath(view.account.id)}/subscriptions`}
      class="inline"
      label={ctx.t('grant.title')}
    >
      <Field
        id="grant-plan"
        name="planId"
        label={ctx.t('grant.plan')}
        choose={ctx.t('grant.choose')}
        required
        options={view.plans.map((p) => ({ value: p.id, label: p.name }))}
      />
      <Field id="grant-days" name="termDays" type="number" label={ctx.t('grant.days')} inputMode="numeric" />
      <button type="submit">{ctx.t('grant.submit')}</button>
    </PostForm>
  );
}

export function SubscriptionsSection({ ctx, view }: Props) {
  const base = accountPath(view.account.id);
  const t = (ms: number | null) => (ms === null ? ctx.t('sub.noEnd') : formatTime(ctx.locale, ms));
  return (
    <section class="card" aria-labelledby="subscriptions-title">
      <h2 id="subscriptions-title">{ctx.t('account.subscriptions')}</h2>
      {view.subscriptions.length === 0 ? (
        <p>{ctx.t('subs.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t('sub.plan')}</th>
              <th scope="col">{ctx.t('sub.status')}</th>
              <th scope="col">{ctx.t('sub.source')}</th>
              <th scope="col">{ctx.t('sub.ends')}</th>
              <th scope="col">{ctx.t('sub.seats')}</th>
              <th scope="col">{ctx.t('sub.heldBy')}</th>
              <th scope="col">{ctx.t('sub.role')}</th>
            </tr>
          </thead>
          <tbody>
            {view.subscriptions.map(({ subscription: sub, plan, role, seatsUsed, seatsTotal }) => {
              const path = `${base}/subscriptions/${encodeURIComponent(sub.id)}`;
              return (
                <tr>
                  <td>
                    {plan.name} <span class="muted mono">{sub.id}</span>
                  </td>
                  <td>{named(ctx, 'status', sub.status)}</td>
                  <td>{named(ctx, 'source', sub.source)}</td>
                  <td>{t(sub.endsAt)}</td>
                  <td>{ctx.t('sub.seatsUsed', { used: seatsUsed, total: seatsTotal })}</td>
                  <td>
                    {holdersOf(view.devices, sub.id)
                      .map((d) => d.name)
                      .join(', ') || '—'}
                  </td>
                  <td>
                    {named(ctx, 'role', role)}
                    {ctx.can('subscriptions:write') && sub.status !== 'revoked' && (
                      <div>
                        {sub.endsAt !== null && (
                          <ActionButton ctx={ctx} action={`${path}/extend`} text={ctx.t('action.extend')}>
                            <Field
                              id={`extend-${sub.id}`}
                              name="days"
                              type="number"
                              label={ctx.t('action.extendDays')}
                              value="30"
                              inputMode="numeric"
                              required
                            />
                          </ActionButton>
                        )}
                        <ActionButton
                          ctx={ctx}
                          action={`${path}/revoke`}
                          text={ctx.t('action.revoke', { plan: plan.name })}
                          danger
                        />
                      </div>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <GrantForm ctx={ctx} view={view} />
    </section>
  );
}

export function FamilySection({ ctx, view }: Props) {
  const shared = view.subscriptions.filter((x) => x.role === 'member' || x.membersTotal > 0);
  return (
    <section class="card" aria-labelledby="family-title">
      <h2 id="family-title">{ctx.t('account.family')}</h2>
      {shared.length === 0 ? (
        <p>{ctx.t('family.none')}</p>
      ) : (
        <ul>
          {shared.map((x) => (
            <li>
              {x.role === 'owner'
                ? ctx.t('family.owner', {
                    plan: x.plan.name,
                    members: x.subscription.membersUsed,
                    total: x.membersTotal,
                  })
                : ctx.t('family.member', { plan: x.plan.name })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function StatementsSection({ ctx, view }: Props) {
  return (
    <section class="card" aria-labelledby="statements-title">
      <h2 id="statements-title">{ctx.t('account.statements')}</h2>
      {view.acceptances.length === 0 ? (
        <p>{ctx.t('statements.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t('statement.region')}</th>
              <th scope="col">{ctx.t('statement.version')}</th>
              <th scope="col">{ctx.t('statement.locale')}</th>
              <th scope="col">{ctx.t('statement.accepted')}</th>
            </tr>
          </thead>
          <tbody>
            {view.acceptances.map((a) => (
              <tr>
                <td>{a.region}</td>
                <td>{a.version}</td>
                <td>{a.locale}</td>
                <td>{formatTime(ctx.locale, a.acceptedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function EventsSection({ ctx, view }: Props) {
  return (
    <section class="card" aria-labelledby="events-title">
      <h2 id="events-title">{ctx.t('account.events')}</h2>
      {view.events.length === 0 ? (
        <p>{ctx.t('events.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t('event.when')}</th>
              <th scope="col">{ctx.t('event.type')}</th>
              <th scope="col">{ctx.t('event.ip')}</th>
              <th scope="col">{ctx.t('event.details')}</th>
            </tr>
          </thead>
          <tbody>
            {view.events.map((e) => (
              <tr>
                <td>{formatTime(ctx.locale, e.createdAt)}</td>
                <td class="mono">{e.type}</td>
                <td class="mono">{e.ip ?? '—'}</td>
                <td class="mono">{JSON.stringify(e.details)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
