// The second steps of adding a factor on the security page: the code sent to a new phone, the authenticator's QR code.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { PortalContext } from '../context.js';
import { errorFor, Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout } from '../ui/layout.js';

/** Step two of adding a phone: the code sent to it. */
export function PhoneCodePage({
  ctx,
  phone,
  errors = [],
}: {
  ctx: PortalContext;
  phone: string;
  errors?: FieldError[];
}) {
  return (
    <Layout ctx={ctx} title={ctx.t('security.phone.verifyTitle')} section="security" narrow errors={errors}>
      <p>{ctx.t('security.phone.sent', { phone })}</p>
      <PostForm ctx={ctx} action="/account/security/phone/verify" class="stack">
        <Field
          id="phone-code"
          name="code"
          label={ctx.t('security.phone.code')}
          hint={ctx.t('hint.code')}
          autocomplete="one-time-code"
          inputMode="numeric"
          class="code"
          required
          maxLength={8}
          error={errorFor(errors, 'phone-code')}
        />
        <button type="submit">{ctx.t('security.phone.verify')}</button>
      </PostForm>
      <p class="muted">
        <a href="/account/security">{ctx.t('problem.back')}</a>
      </p>
    </Layout>
  );
}

/** Step two of the authenticator: the QR code (and its key) shown once, and the first code from the app. */
export function TotpSetupPage({
  ctx,
  setup,
  errors = [],
}: {
  ctx: PortalContext;
  setup?: { qr: string; secret: string };
  errors?: FieldError[];
}) {
  return (
    <Layout ctx={ctx} title={ctx.t('security.totp.title')} section="security" narrow errors={errors}>
      {setup ? (
        <>
          <p>{ctx.t('security.totp.scan')}</p>
          <img
            class="qr"
            src={setup.qr}
            alt={ctx.t('security.totp.qrAlt', { product: ctx.productName })}
            width={200}
            height={200}
          />
          <p>{ctx.t('security.totp.secret')}</p>
          <p>
            <span class="secret" id="totp-secret">
              {setup.secret}
            </span>{' '}
            <button type="button" class="secondary" data-copy="totp-secret" data-copied={ctx.t('form.copied')} hidden>
              {ctx.t('form.copy')}
            </button>
          </p>
        </>
      ) : (
        <p>{ctx.t('security.totp.retry')}</p>
      )}
      <PostForm ctx={ctx} action="/account/security/totp/verify" class="stack">
        <Field
          id="totp-code"
          name="code"
          label={ctx.t('security.totp.code')}
          hint={ctx.t('hint.code')}
          autocomplete="one-time-code"
          inputMode="numeric"
          class="code"
          required
          maxLength={8}
          error={errorFor(errors, 'totp-code')}
        />
        <button type="submit">{ctx.t('security.totp.verify')}</button>
      </PostForm>
      <p class="muted">
        <a href="/account/security">{ctx.t('problem.back')}</a>
      </p>
    </Layout>
  );
}
