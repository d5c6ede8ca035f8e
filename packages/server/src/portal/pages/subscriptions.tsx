// Subscriptions: redeem an activation code, the list with plan, expiry and places used, and family sharing.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { InvitationSummary } from '../../licensing/index.js';
import type { PortalContext } from '../context.js';
import { PendingInvitations } from './invitation.js';
import { formatDate } from '../format.js';
import type { FormValues } from '../form-data.js';
import { errorFor, Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout, When } from '../ui/layout.js';

export interface SubscriptionRow {
  id: string;
  plan: string;
  role: 'owner' | 'member';
  status: 'active' | 'expired' | 'revoked';
  endsAt: number | null;
  seats: { used: number; total: number };
  members: { used: number; total: number };
}

export interface Family {
  id: string;
  plan: string;
  membersTotal: number;
  members: Array<{ accountId: string; email: string; joinedAt: number }>;
  invitations: Array<{ id: string; email: string; expiresAt: number }>;
}

export interface SubscriptionsData {
  subscriptions: SubscriptionRow[];
  families: Family[];
  shared: Array<{ id: string; plan: string; owner: string; accountId: string }>;
  /** Invitations addressed to this account, waiting for its answer. */
  invitations: InvitationSummary[];
}

function Redeem({ ctx, errors, values }: { ctx: PortalContext; errors: FieldError[]; values: FormValues }) {
  return (
    <section class="card" aria-labelledby="redeem-title">
      <h2 id="redeem-title">{ctx.t('subs.redeem.title')}</h2>
      <PostForm ctx={ctx} action="/account/subscriptions/redeem" class="stack">
        <Field
          id="activation-code"
          name="code"
          label={ctx.t('subs.redeem.label')}
          hint={ctx.t('subs.redeem.hint')}
          value={values.code}
          autocomplete="off"
          autocapitalize="characters"
          spellcheck={false}
          class="code"
          required
          maxLength={100}
          placeholder="XXXXX-XXXXX-XXXXX-XXXXX"
          error={errorFor(errors, 'activation-code')}
        />
        <button type="submit">{ctx.t('subs.redeem.submit')}</button>
      </PostForm>
    </section>
  );
}

function List({ ctx, rows }: { ctx: PortalContext; rows: SubscriptionRow[] }) {
  return (
    <section class="card" aria-labelledby="list-title">
      <h2 id="list-title">{ctx.t('subs.list.title')}</h2>
      {rows.length === 0 ? (
        <p class="muted">{ctx.t('subs.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('subs.plan')}</th>
                <th scope="col">{ctx.t('subs.status')}</th>
                <th scope="col">{ctx.t('subs.until')}</th>
                <th scope="col">{ctx.t('subs.devices')}</th>
                <th scope="col">{ctx.t('subs.people')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr>
                  <td>
                    <strong>{r.plan}</strong>{' '}
                    <span class="badge">{ctx.t(r.role === 'owner' ? 'subs.role.owner' : 'subs.role.member')}</span>
                  </td>
                  <td>
                    <span class={r.status === 'active' ? 'badge ok' : 'badge off'}>
                      {ctx.t(`subs.status.${r.status}`)}
                    </span>
                  </td>
                  <td>
                    {r.endsAt === null ? (
                      ctx.t('subs.noEnd')
                    ) : (
                      <When ms={r.endsAt} text={formatDate(ctx.locale, r.endsAt)} withTime={false} />
                    )}
                  </td>
                  <td>{ctx.t('subs.used', { used: r.seats.used, total: r.seats.total })}</td>
                  <td>
                    {r.members.total > 0
                      ? ctx.t('subs.used', { used: r.members.used + 1, total: r.members.total + 1 })
                      : '1'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function FamilyCard({
  ctx,
  family,
  errors,
  values,
}: {
  ctx: PortalContext;
  family: Family;
  errors: FieldError[];
  values: FormValues;
}) {
  const inviteId = `invite-email-${family.id}`;
  return (
    <section class="card" aria-labelledby={`family-${family.id}`}>
      <h2 id={`family-${family.id}`}>{ctx.t('subs.family.title', { plan: family.plan })}</h2>
      <p class="muted">{ctx.t('subs.family.intro', { total: family.membersTotal })}</p>
      <h3>{ctx.t('subs.family.members')}</h3>
      {family.members.length === 0 ? (
        <p class="muted">{ctx.t('subs.family.noMembers')}</p>
      ) : (
        <ul class="plain">
          {family.members.map((m) => (
            <li class="row">
              <span>
                {m.email}{' '}
                <span class="muted">{ctx.t('subs.family.joined', { date: formatDate(ctx.locale, m.joinedAt) })}</span>
              </span>
              <PostForm ctx={ctx} action={`/account/subscriptions/${family.id}/members/${m.accountId}/remove`}>
                <button type="submit" class="secondary">
                  {ctx.t('subs.family.remove')}
                  <span class="sr-only"> {m.email}</span>
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      {family.invitations.length > 0 && (
        <>
          <h3>{ctx.t('subs.family.pending')}</h3>
          <ul class="plain">
            {family.invitations.map((i) => (
              <li class="row">
                <span>
                  {i.email}{' '}
                  <span class="muted">
                    {ctx.t('subs.family.expires', { date: formatDate(ctx.locale, i.expiresAt) })}
                  </span>
                </span>
                <PostForm ctx={ctx} action={`/account/subscriptions/${family.id}/invitations/${i.id}/withdraw`}>
                  <button type="submit" class="secondary">
                    {ctx.t('invite.withdraw')}
                    <span class="sr-only"> {i.email}</span>
                  </button>
                </PostForm>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{ctx.t('subs.family.invite')}</h3>
      {family.members.length >= family.membersTotal ? (
        <p class="muted">{ctx.t('subs.family.full')}</p>
      ) : (
        <PostForm ctx={ctx} action={`/account/subscriptions/${family.id}/invite`} class="inline">
          <Field
            id={inviteId}
            name="email"
            type="email"
            label={ctx.t('subs.family.inviteEmail')}
            autocomplete="off"
            required
            maxLength={254}
            value={errorFor(errors, inviteId) ? values.email : undefined}
            error={errorFor(errors, inviteId)}
          />
          <button type="submit">{ctx.t('subs.family.inviteSubmit')}</button>
        </PostForm>
      )}
    </section>
  );
}

export function SubscriptionsPage({
  ctx,
  data,
  errors = [],
  values = {},
}: {
  ctx: PortalContext;
  data: SubscriptionsData;
  errors?: FieldError[];
  values?: FormValues;
}) {
  return (
    <Layout ctx={ctx} title={ctx.t('subs.title')} section="subscriptions" errors={errors}>
      <PendingInvitations ctx={ctx} invitations={data.invitations} />
      <Redeem ctx={ctx} errors={errors} values={values} />
      <List ctx={ctx} rows={data.subscriptions} />
      {data.families.map((family) => (
        <FamilyCard ctx={ctx} family={family} errors={errors} values={values} />
      ))}
      {data.shared.map((s) => (
        <section class="card" aria-labelledby={`shared-${s.id}`}>
          <h2 id={`shared-${s.id}`}>{s.plan}</h2>
          <p>{ctx.t('subs.family.sharedBy', { owner: s.owner, plan: s.plan })}</p>
          <PostForm ctx={ctx} action={`/account/subscriptions/${s.id}/leave`}>
            <button type="submit" class="secondary">
              {ctx.t('subs.family.leave')}
            </button>
          </PostForm>
        </section>
      ))}
    </Layout>
  );
}
