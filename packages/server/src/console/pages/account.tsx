// The account page: profile and state with the support actions, second factors, sessions; then devices,
// subscriptions, family, accepted statements and events (account-sections.tsx).
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ConsoleContext } from '../context.js';
import { formatTime } from '../format.js';
import { ActionButton } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';
import { accountPath, type AccountView } from './account-view.js';
import {
  DevicesSection,
  EventsSection,
  FamilySection,
  StatementsSection,
  SubscriptionsSection,
} from './account-sections.js';

function Profile({ ctx, view }: { ctx: ConsoleContext; view: AccountView }) {
  const { account, deletion } = view;
  const t = (ms: number | null) => formatTime(ctx.locale, ms);
  return (
    <section class="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{ctx.t('account.profile')}</h2>
      <dl class="facts">
        <dt>{ctx.t('account.id')}</dt>
        <dd class="mono">{account.id}</dd>
        <dt>{ctx.t('account.email')}</dt>
        <dd>{account.email}</dd>
        <dt>{ctx.t('account.emailVerified')}</dt>
        <dd>{t(account.emailVerifiedAt)}</dd>
        <dt>{ctx.t('account.phone')}</dt>
        <dd>{account.phoneE164 ?? ctx.t('account.none')}</dd>
        <dt>{ctx.t('account.country')}</dt>
        <dd>{account.country}</dd>
        <dt>{ctx.t('account.locale')}</dt>
        <dd>{account.locale}</dd>
        <dt>{ctx.t('account.created')}</dt>
        <dd>{t(account.createdAt)}</dd>
        <dt>{ctx.t('account.state')}</dt>
        <dd>
          {account.disabledAt === null ? (
            <span class="badge good">{ctx.t('account.active')}</span>
          ) : (
            <span class="badge bad">{ctx.t('account.disabledSince', { date: t(account.disabledAt) })}</span>
          )}
          {deletion && (
            <>
              {' '}
              <span class="badge bad">{ctx.t('account.deletion', { date: t(deletion.purgeAt) })}</span>
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}

function Actions({ ctx, view }: { ctx: ConsoleContext; view: AccountView }) {
  if (!ctx.can('accounts:write')) return null;
  const { account, deletion } = view;
  const base = accountPath(account.id);
  return (
    <section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">{ctx.t('account.actions')}</h2>
      <p class="muted">{ctx.t('account.freshNote')}</p>
      {account.disabledAt === null ? (
        <ActionButton ctx={ctx} action={`${base}/disable`} text={ctx.t('action.disable')} danger />
      ) : (
        <ActionButton ctx={ctx} action={`${base}/enable`} text={ctx.t('action.enable')} />
      )}
      <ActionButton ctx={ctx} action={`${base}/reset-factors`} text={ctx.t('action.resetFactors')} danger />
      <ActionButton ctx={ctx} action={`${base}/sign-out-everywhere`} text={ctx.t('action.signOutAll')} />
      <ActionButton ctx={ctx} action={`${base}/start-recovery`} text={ctx.t('action.startRecovery')} />
      {deletion ? (
        <ActionButton ctx={ctx} action={`${base}/cancel-deletion`} text={ctx.t('action.cancelDelete')} />
      ) : (
        <ActionButton ctx={ctx} action={`${base}/delete`} text={ctx.t('action.delete')} danger />
      )}
    </section>
  );
}

function Factors({ ctx, view }: { ctx: ConsoleContext; view: AccountView }) {
  const { account, passkeys } = view;
  const state = (on: boolean) => (
    <span class={on ? 'badge good' : 'badge'}>{ctx.t(on ? 'factor.on' : 'factor.off')}</span>
  );
  return (
    <section class="card" aria-labelledby="factors-title">
      <h2 id="factors-title">{ctx.t('account.factors')}</h2>
      <dl class="facts">
        <dt>{ctx.t('factor.phone')}</dt>
        <dd>{state(account.phoneVerifiedAt !== null)}</dd>
        <dt>{ctx.t('factor.totp')}</dt>
        <dd>{state(account.totpSecretSealed !== null)}</dd>
        <dt>{ctx.t('factor.passkeys')}</dt>
        <dd>{passkeys.length > 0 ? passkeys.map((p) => p.name).join(', ') : state(false)}</dd>
      </dl>
    </section>
  );
}

function Sessions({ ctx, view }: { ctx: ConsoleContext; view: AccountView }) {
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{ctx.t('account.sessions')}</h2>
      {view.sessions.length === 0 ? (
        <p>{ctx.t('sessions.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t('session.created')}</th>
              <th scope="col">{ctx.t('session.lastSeen')}</th>
              <th scope="col">{ctx.t('session.ip')}</th>
              <th scope="col">{ctx.t('session.agent')}</th>
            </tr>
          </thead>
          <tbody>
            {view.sessions.map((session) => (
              <tr>
                <td>{formatTime(ctx.locale, session.createdAt)}</td>
                <td>{formatTime(ctx.locale, session.lastSeenAt)}</td>
                <td class="mono">{session.ip ?? '—'}</td>
                <td>{session.userAgent ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function AccountPage({ ctx, view }: { ctx: ConsoleContext; view: AccountView }) {
  return (
    <Layout ctx={ctx} title={view.account.email} section="search">
      <div class="grid">
        <Profile ctx={ctx} view={view} />
        <div>
          <Actions ctx={ctx} view={view} />
          <Factors ctx={ctx} view={view} />
        </div>
      </div>
      <Sessions ctx={ctx} view={view} />
      {ctx.can('devices:read') && <DevicesSection ctx={ctx} view={view} />}
      {ctx.can('subscriptions:read') && <SubscriptionsSection ctx={ctx} view={view} />}
      {ctx.can('subscriptions:read') && <FamilySection ctx={ctx} view={view} />}
      <StatementsSection ctx={ctx} view={view} />
      {ctx.can('events:read') && <EventsSection ctx={ctx} view={view} />}
    </Layout>
  );
}
