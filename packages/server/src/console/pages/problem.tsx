// Console pages for what went wrong: a role that may not, a stale form, an ended session, a missing page, any error.
/** @jsxRuntime automatic @jsxImportSource preact */
import { rolesGranting, type OperatorScope } from '../../operators/index.js';
import type { ConsoleContext } from '../context.js';
import { withNext } from '../safe-next.js';
import { Layout } from '../ui/layout.js';

export function ProblemPage(props: {
  ctx: ConsoleContext;
  title: string;
  body: string;
  links?: Array<{ href: string; text: string }>;
}) {
  const { ctx } = props;
  const links = props.links ?? [{ href: '/console', text: ctx.t('problem.toConsole') }];
  return (
    <Layout ctx={ctx} title={props.title} narrow>
      <p>{props.body}</p>
      <div class="actions">
        {links.map((l) => (
          <a class="button" href={l.href}>
            {l.text}
          </a>
        ))}
      </div>
    </Layout>
  );
}

/** The operator's role lacks the scope: the page names the roles that have it, and the operator's own. */
export function RefusalPage({ ctx, scope, back }: { ctx: ConsoleContext; scope: OperatorScope; back: string }) {
  const roles = rolesGranting(scope)
    .map((r) => ctx.t(`role.${r}`))
    .join(ctx.t('list.or'));
  const role = ctx.operator ? ctx.t(`role.${ctx.operator.role}`) : '';
  return (
    <ProblemPage
      ctx={ctx}
      title={ctx.t('refusal.title')}
      body={ctx.t('refusal.body', { roles, role })}
      links={[{ href: back, text: ctx.t('problem.back') }]}
    />
  );
}

export const StaleFormPage = ({ ctx, back }: { ctx: ConsoleContext; back: string }) => (
  <ProblemPage
    ctx={ctx}
    title={ctx.t('problem.csrf.title')}
    body={ctx.t('problem.csrf.body')}
    links={[{ href: back, text: ctx.t('problem.back') }]}
  />
);

export const SignedOutPage = ({ ctx, back }: { ctx: ConsoleContext; back: string }) => (
  <ProblemPage
    ctx={ctx}
    title={ctx.t('problem.signedOut.title')}
    body={ctx.t('problem.signedOut.body')}
    links={[{ href: withNext('/console/sign-in', back), text: ctx.t('problem.toConsole') }]}
  />
);
