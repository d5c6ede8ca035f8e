// Accepting a family invitation from its emailed link: sign in first if needed, then one explicit "Accept".
/** @jsxRuntime automatic @jsxImportSource preact */
import type { PortalContext } from '../context.js';
import { withNext } from '../safe-next.js';
import { PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export function InvitationPage({ ctx, token, here }: { ctx: PortalContext; token: string; here: string }) {
  return (
    <Layout ctx={ctx} title={ctx.t('invite.title')} narrow>
      <p class="lead">{ctx.t('invite.intro')}</p>
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
            <a class="button" href={withNext('/sign-in', here)}>{ctx.t('invite.signIn')}</a>
            <a class="button secondary" href={withNext('/sign-up', here)}>{ctx.t('invite.signUp')}</a>
          </div>
        </>
      )}
    </Layout>
  );
}

/** A forged, used, expired or unusable invitation: said plainly, with the way back to the account. */
export function InvitationProblemPage({ ctx, error }: { ctx: PortalContext; error: FieldError }) {
  return (
    <Layout ctx={ctx} title={ctx.t('invite.problem')} narrow>
      <p>{error.text}</p>
      <div class="actions"><a class="button" href={ctx.account ? '/account/subscriptions' : '/sign-in'}>{ctx.account ? ctx.t('nav.subscriptions') : ctx.t('flow.signIn')}</a></div>
    </Layout>
  );
}
