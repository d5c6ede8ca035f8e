// A sign-in, sign-up or recovery page: the current step of its flow, rendered generically, with the ways out.
/** @jsxRuntime automatic @jsxImportSource preact */
import { M, type FlowView } from '@tessera/protocol';
import type { PortalContext } from '../context.js';
import { isPortalKey } from '../catalog.js';
import type { FormValues } from '../form-data.js';
import { withNext } from '../safe-next.js';
import { FlowForm, flowErrors } from '../ui/flow-form.js';
import { Notice, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export type PortalFlowKind = 'sign_in' | 'sign_up' | 'recovery';
export const FLOW_PATHS: Record<PortalFlowKind, string> = {
  sign_in: '/sign-in',
  sign_up: '/sign-up',
  recovery: '/recovery',
};

function OtherWays({ ctx, kind, next }: { ctx: PortalContext; kind: PortalFlowKind; next: string | undefined }) {
  const link = (kind: PortalFlowKind, text: string) => <a href={withNext(FLOW_PATHS[kind], next)}>{text}</a>;
  if (kind === 'sign_in') {
    return (
      <div class="auth-links">
        {link('recovery', ctx.m(M.LABEL_FORGOT_PASSWORD))}
        <span>
          {ctx.t('flow.noAccount')} {link('sign_up', ctx.m(M.LABEL_CREATE_ACCOUNT))}
        </span>
      </div>
    );
  }
  return (
    <div class="auth-links">
      <span>
        {ctx.t('flow.haveAccount')} {link('sign_in', ctx.t('flow.signIn'))}
      </span>
    </div>
  );
}

/**
 * Passwordless sign-in with a discoverable passkey: the script asks for options, runs the browser's ceremony and
 * posts the answer here. Hidden until the script finds WebAuthn (nothing else could answer it).
 */
function PasskeySignIn({ ctx, next }: { ctx: PortalContext; next: string | undefined }) {
  return (
    <PostForm ctx={ctx} action="/sign-in/passkey" once={false} class="stack passkey-sign-in">
      <div data-passkey-sign-in data-failed={ctx.t('flow.passkeyFailed')} hidden>
        {next && <input type="hidden" name="next" value={next} />}
        <input type="hidden" name="challenge_id" value="" />
        <input type="hidden" name="credential" value="" />
        <button type="submit" class="secondary">
          {ctx.t('flow.passkeySignIn')}
        </button>
      </div>
    </PostForm>
  );
}

export function FlowPage(props: {
  ctx: PortalContext;
  kind: PortalFlowKind;
  view: FlowView;
  values?: FormValues;
  next?: string | undefined;
  /** Said before the step's own messages: why the person sees this step now (expired, replaced, already sent). */
  notice?: string;
  extraErrors?: FieldError[];
}) {
  const { ctx, kind, view } = props;
  const errors = [...(props.extraErrors ?? []), ...flowErrors(ctx, view)];
  const intro = `step.${view.step}`;
  const path = FLOW_PATHS[kind];
  return (
    <Layout ctx={ctx} title={ctx.t(`flow.${kind}.title`)} narrow errors={errors}>
      <p class="lead">{ctx.t(isPortalKey(intro) ? intro : 'step.other')}</p>
      {props.notice && (
        <Notice type="info">
          <p>{props.notice}</p>
        </Notice>
      )}
      <div class="card">
        <FlowForm ctx={ctx} view={view} action={path} values={props.values ?? {}} errors={errors} next={props.next} />
        {kind === 'sign_in' && view.step === 'credentials' && <PasskeySignIn ctx={ctx} next={props.next} />}
        <OtherWays ctx={ctx} kind={kind} next={props.next} />
      </div>
      <p class="muted">
        <a href={`${withNext(path, props.next)}${props.next ? '&' : '?'}restart=1`}>{ctx.t('flow.startAgain')}</a>
      </p>
    </Layout>
  );
}
