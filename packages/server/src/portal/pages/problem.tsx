// Friendly pages for what went wrong: a stale form, a session that ended elsewhere, a missing page, any other error.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { PortalContext } from '../context.js';
import { withNext } from '../safe-next.js';
import { Layout } from '../ui/layout.js';

export function ProblemPage(props: {
  ctx: PortalContext;
  title: string;
  body: string;
  links?: Array<{ href: string; text: string }>;
}) {
  const { ctx } = props;
  const links = props.links ?? [
    {
      href: ctx.account ? '/account' : '/sign-in',
      text: ctx.account ? ctx.t('problem.toAccount') : ctx.t('flow.signIn'),
    },
  ];
  return (
    <Layout ctx={ctx} title={props.title} narrow>
      <p>{props.body}</p>
      <div class="actions">
        {links.map((l, i) => (
          <a class={i === 0 ? 'button' : 'button secondary'} href={l.href}>
            {l.text}
          </a>
        ))}
      </div>
    </Layout>
  );
}

/** The form's token did not match this browser (an old tab, another browser, a forged post): nothing was done. */
export function StaleFormPage({ ctx, back }: { ctx: PortalContext; back: string }) {
  return (
    <ProblemPage
      ctx={ctx}
      title={ctx.t('problem.csrf.title')}
      body={ctx.t('problem.csrf.body')}
      links={[{ href: back, text: ctx.t('problem.back') }]}
    />
  );
}

/** A form from a signed-in page arrived after the session ended (signed out in another tab, or everywhere). */
export function SignedOutPage({ ctx, back }: { ctx: PortalContext; back: string }) {
  return (
    <ProblemPage
      ctx={ctx}
      title={ctx.t('problem.signedOut.title')}
      body={ctx.t('problem.signedOut.body')}
      links={[{ href: withNext('/sign-in', back), text: ctx.t('flow.signIn') }]}
    />
  );
}
