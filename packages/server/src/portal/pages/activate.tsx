// /activate: a device without a keyboard (RFC 8628) is connected here. The code, then which app and device ask and
// from where, then the connect journey's remaining steps rendered generically, ending in "Approve" / "Deny".
/** @jsxRuntime automatic @jsxImportSource preact */
import { M, type FlowView } from '@tessera/protocol';
import type { GrantSummary } from '../../device-grants/index.js';
import type { PortalContext } from '../context.js';
import { isPortalKey } from '../catalog.js';
import { withNext } from '../safe-next.js';
import { FlowForm, flowErrors } from '../ui/flow-form.js';
import { Field, Notice, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

export function EnterCodePage(props: { ctx: PortalContext; value?: string; error?: string }) {
  const { ctx } = props;
  const errors: FieldError[] = props.error ? [{ text: props.error, field: 'field-code' }] : [];
  return (
    <Layout ctx={ctx} title={ctx.t('activate.title')} narrow errors={errors}>
      <p class="lead">{ctx.t('activate.lead')}</p>
      <div class="card">
        {/* A GET form: the code is no secret once typed, and the page it leads to changes nothing. */}
        <form method="get" action="/activate">
          <Field
            id="field-code"
            name="code"
            label={ctx.t('activate.codeLabel')}
            hint={ctx.t('activate.codeHint')}
            value={props.value}
            required
            maxLength={20}
            autocomplete="off"
            class="code"
            spellcheck={false}
            autocapitalize="characters"
            error={props.error}
          />
          <button type="submit">{ctx.t('activate.find')}</button>
        </form>
      </div>
    </Layout>
  );
}

/** Which app on which device asks, from where; then continue (signed in) or sign in, and a way to deny. */
export function RequestPage(props: { ctx: PortalContext; grant: GrantSummary }) {
  const { ctx, grant } = props;
  const here = `/activate?code=${encodeURIComponent(grant.userCode)}`;
  return (
    <Layout ctx={ctx} title={ctx.t('activate.title')} narrow>
      <div class="card">
        <p id="device-request">
          {ctx.m(M.INFO_DEVICE_ASKS, { app: grant.appId, device: grant.device.name, platform: grant.device.platform })}
        </p>
        <p id="device-origin">
          {grant.country
            ? ctx.m(M.INFO_DEVICE_ASKS_FROM, { ip: grant.ip, country: grant.country })
            : ctx.m(M.INFO_DEVICE_ASKS_FROM_IP, { ip: grant.ip })}
        </p>
        {ctx.account ? (
          <>
            <p>{ctx.t('activate.signedInAs', { email: ctx.account.email })}</p>
            <PostForm ctx={ctx} action="/activate">
              <input type="hidden" name="code" value={grant.userCode} />
              <button type="submit">{ctx.t('activate.continue', { email: ctx.account.email })}</button>
            </PostForm>
          </>
        ) : (
          <>
            <p>{ctx.t('activate.signedOutHint')}</p>
            <p>
              <a class="button" href={withNext('/sign-in', here)}>
                {ctx.t('activate.signInToContinue')}
              </a>
            </p>
          </>
        )}
        <p class="muted">{ctx.t('activate.notYou')}</p>
        <PostForm ctx={ctx} action="/activate/deny">
          <input type="hidden" name="code" value={grant.userCode} />
          <button type="submit" class="secondary">
            {ctx.t('activate.deny')}
          </button>
        </PostForm>
      </div>
    </Layout>
  );
}

/** The connect flow's current step (statement, subscription, approve), rendered from its nodes like any flow. */
export function ActivateFlowPage(props: { ctx: PortalContext; view: FlowView; extraErrors?: FieldError[] }) {
  const { ctx, view } = props;
  const errors = [...(props.extraErrors ?? []), ...flowErrors(ctx, view)];
  const intro = `step.${view.step}`;
  return (
    <Layout ctx={ctx} title={ctx.t('activate.title')} narrow errors={errors}>
      <p class="lead">{ctx.t(isPortalKey(intro) ? intro : 'step.other')}</p>
      <div class="card">
        <FlowForm ctx={ctx} view={view} action="/activate/flow" values={{}} errors={errors} />
      </div>
    </Layout>
  );
}

export function AnsweredPage(props: { ctx: PortalContext; outcome: 'done' | 'denied' }) {
  const { ctx, outcome } = props;
  const done = outcome === 'done';
  return (
    <Layout ctx={ctx} title={ctx.t(done ? 'activate.doneTitle' : 'activate.deniedTitle')} narrow>
      <Notice type={done ? 'success' : 'info'}>
        <p>{ctx.t(done ? 'activate.done' : 'activate.denied')}</p>
      </Notice>
    </Layout>
  );
}
