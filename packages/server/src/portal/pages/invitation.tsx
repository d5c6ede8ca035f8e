// Family invitations as the invitee sees them: the emailed link's page (sign in first if needed, then one explicit
// "Accept"), and the invitations waiting in their account, each saying who invited them and to which plan.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { InvitationSummary } from '../../licensing/index.js';
import type { PortalContext } from '../context.js';
import { formatDate } from '../format.js';
import { withNext } from '../safe-next.js';
import { PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

/** Who invited whom to what, and until when. */
function Invitation({ ctx, invitation }: { ctx: PortalContext; invitation: InvitationSummary }) {
  return (
    <>
      <p>
        {ctx.t('invite.from', {
          inviter: invitation.inviter,
          email: invitation.email,
          plan: ctx.plan({ id: invitation.planId, name: invitation.planName }),
        })}
      </p>
      <p class="muted">{ctx.t('invite.expires', { date: formatDate(ctx.locale, invitation.expiresAt) })}</p>
    </>
  );
}

export function InvitationPage({
  ctx,
  token,
  here,
  invitation,
}: {
  ctx: PortalContext;
  token: string;
  here: string;
  invitation: InvitationSummary;
}) {
  return (
    <Layout ctx={ctx} title={ctx.t('invite.title')} narrow>
      <div class="card">
        <Invitation ctx={ctx} invitation={invitation} />
        {ctx.account ? (
          <>
            <p>{ctx.t('invite.as', { email: ctx.account.email })}</p>
            <PostForm ctx={ctx} action="/invitations/accept">
              <input type="hidden" name="token" value={token} />
              <button type="submit">{ctx.t('invite.accept')}</button>
            </PostForm>
            <p class="muted">{ctx.t('invite.notYou')}</p>
          </>
        ) : (
          <>
            <p>{ctx.t('invite.signInFirst')}</p>
            <div class="actions">
              <a class="button" href={withNext('/sign-in', here)}>
                {ctx.t('invite.signIn')}
              </a>
              <a class="button secondary" href={withNext('/sign-up', here)}>
                {ctx.t('invite.signUp')}
              </a>
            </div>
          </>
        )}
      </div>
    </Layout>
  );
}

/** The invitations addressed to the signed-in person, answered from their account (no link needed). */
export function PendingInvitations({ ctx, invitations }: { ctx: PortalContext; invitations: InvitationSummary[] }) {
  if (invitations.length === 0) return null;
  return (
    <section class="card highlight" aria-labelledby="invitations-title">
      <h2 id="invitations-title">{ctx.t('invite.yours')}</h2>
      <ul class="plain">
        {invitations.map((i) => (
          <li class="stack-row">
            <Invitation ctx={ctx} invitation={i} />
            <div class="actions">
              <PostForm ctx={ctx} action={`/account/invitations/${i.id}/accept`}>
                <button type="submit">{ctx.t('invite.accept')}</button>
              </PostForm>
              <PostForm ctx={ctx} action={`/account/invitations/${i.id}/decline`}>
                <button type="submit" class="secondary">
                  {ctx.t('invite.decline')}
                </button>
              </PostForm>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A forged, used, expired or unusable invitation: said plainly, with the way back to the account. */
export function InvitationProblemPage({ ctx, error }: { ctx: PortalContext; error: FieldError }) {
  return (
    <Layout ctx={ctx} title={ctx.t('invite.problem')} narrow>
      <p>{error.text}</p>
      <div class="actions">
        <a class="button" href={ctx.account ? '/account/subscriptions' : '/sign-in'}>
          {ctx.account ? ctx.t('nav.subscriptions') : ctx.t('flow.signIn')}
        </a>
      </div>
    </Layout>
  );
}
