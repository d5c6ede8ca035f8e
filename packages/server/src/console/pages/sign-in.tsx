// The console's own sign-in (and the fresh confirmation before destructive actions): password and authenticator
// code again, on top of the portal sign-in; and the pages for an account that cannot open the console.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ConsoleContext } from '../context.js';
import { Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';
import { ProblemPage } from './problem.js';

export function ProofPage(props: {
  ctx: ConsoleContext;
  kind: 'sign-in' | 'confirm';
  email: string;
  next?: string | undefined;
  errors?: FieldError[];
}) {
  const { ctx } = props;
  const signIn = props.kind === 'sign-in';
  const errors = props.errors ?? [];
  return (
    <Layout ctx={ctx} title={ctx.t(signIn ? 'signIn.title' : 'confirm.title')} narrow errors={errors}>
      <p>{signIn ? ctx.t('signIn.intro', { email: props.email }) : ctx.t('confirm.intro')}</p>
      <PostForm ctx={ctx} action={signIn ? '/console/sign-in' : '/console/confirm'}>
        {props.next && <input type="hidden" name="next" value={props.next} />}
        <Field
          id="password"
          name="password"
          type="password"
          label={ctx.t('signIn.password')}
          autocomplete="current-password"
          required
          maxLength={1024}
        />
        <Field
          id="code"
          name="code"
          label={ctx.t('signIn.code')}
          hint={ctx.t('signIn.codeHint')}
          autocomplete="one-time-code"
          inputMode="numeric"
          required
          maxLength={12}
        />
        <button type="submit">{ctx.t(signIn ? 'signIn.submit' : 'confirm.submit')}</button>
      </PostForm>
    </Layout>
  );
}

export const NoTotpPage = ({ ctx }: { ctx: ConsoleContext }) => (
  <ProblemPage
    ctx={ctx}
    title={ctx.t('noTotp.title')}
    body={ctx.t('noTotp.body')}
    links={[{ href: '/account/security', text: ctx.t('noTotp.link') }]}
  />
);

export const NotOperatorPage = ({ ctx }: { ctx: ConsoleContext }) => (
  <ProblemPage
    ctx={ctx}
    title={ctx.t('notOperator.title')}
    body={ctx.t('notOperator.body')}
    links={[{ href: '/account', text: ctx.t('notOperator.back') }]}
  />
);
