// The security page: password, the SMS phone, the authenticator app, where one is signed in, and recent events.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import type { PortalContext } from '../context.js';
import { isPortalKey } from '../catalog.js';
import { describeUserAgent, formatDateTime } from '../format.js';
import type { FormValues } from '../form-data.js';
import { PASSWORD_MIN_LENGTH } from '../../identity/index.js';
import { errorFor, Field, PostForm, type FieldError } from '../ui/forms.js';
import { Layout, When } from '../ui/layout.js';

export interface SecurityData {
  phone: string | null;
  totp: boolean;
  passkeys: Array<{ id: string; name: string; createdAt: number; lastUsedAt: number | null }>;
  sessions: Array<{ id: string; current: boolean; userAgent: string | null; ip: string | null; lastSeenAt: number }>;
  events: Array<{ type: string; at: number; ip: string | null }>;
  /** The password was confirmed within the last few minutes (the re-authentication window). */
  confirmed: boolean;
}

export interface FormState {
  errors?: FieldError[];
  values?: FormValues;
}

/** A password field that re-authenticates a change. */
function Reauth({
  ctx,
  id,
  errors,
  confirmed,
}: {
  ctx: PortalContext;
  id: string;
  errors?: FieldError[] | undefined;
  confirmed: boolean;
}) {
  // Confirmed a moment ago: the next few minutes of changes need no password again.
  if (confirmed && !errorFor(errors, id)) return <p class="muted">{ctx.t('security.reauthDone')}</p>;
  return (
    <Field
      id={id}
      name="password"
      type="password"
      label={ctx.t('security.yourPassword')}
      hint={ctx.t('security.reauth')}
      autocomplete="current-password"
      required
      error={errorFor(errors, id)}
    />
  );
}

/** A section folded away until asked for (no script needed); opened when it holds an error to fix. */
function Disclosure({ title, open, children }: { title: string; open: boolean; children: ComponentChildren }) {
  return (
    <details class="disclosure" open={open}>
      <summary>{title}</summary>
      {children}
    </details>
  );
}

const hasError = (state: FormState, ...ids: string[]) =>
  (state.errors ?? []).some((e) => e.field !== undefined && ids.includes(e.field));

function PasswordSection({ ctx, state }: { ctx: PortalContext; state: FormState }) {
  return (
    <section class="card" aria-labelledby="password-title">
      <h2 id="password-title">{ctx.t('security.password.title')}</h2>
      <p class="muted">{ctx.t('security.password.note')}</p>
      <PostForm ctx={ctx} action="/account/security/password" class="stack">
        <Field
          id="current-password"
          name="current_password"
          type="password"
          label={ctx.t('security.password.current')}
          autocomplete="current-password"
          required
          error={errorFor(state.errors, 'current-password')}
        />
        <Field
          id="new-password"
          name="new_password"
          type="password"
          label={ctx.t('security.password.new')}
          hint={ctx.t('hint.newPassword', { min: PASSWORD_MIN_LENGTH })}
          autocomplete="new-password"
          required
          error={errorFor(state.errors, 'new-password')}
        />
        <button type="submit">{ctx.t('security.password.submit')}</button>
      </PostForm>
    </section>
  );
}

function PhoneSection({ ctx, data, state }: { ctx: PortalContext; data: SecurityData; state: FormState }) {
  const addForm = (
    <PostForm ctx={ctx} action="/account/security/phone" class="stack">
      <Field
        id="phone-number"
        name="phone"
        type="tel"
        label={ctx.t('security.phone.number')}
        hint={ctx.t('security.phone.numberHint')}
        autocomplete="tel"
        inputMode="tel"
        required
        value={state.values?.phone}
        error={errorFor(state.errors, 'phone-number')}
        maxLength={32}
      />
      <Reauth ctx={ctx} id="phone-password" errors={state.errors} confirmed={data.confirmed} />
      <button type="submit">{ctx.t('security.phone.add')}</button>
    </PostForm>
  );
  return (
    <section class="card" aria-labelledby="phone-title">
      <h2 id="phone-title">{ctx.t('security.phone.title')}</h2>
      <p class="muted">{ctx.t('security.phone.intro')}</p>
      <p>{data.phone ? ctx.t('security.phone.current', { phone: data.phone }) : ctx.t('security.phone.none')}</p>
      {data.phone ? (
        <>
          <Disclosure
            title={ctx.t('security.phone.changeTitle')}
            open={hasError(state, 'phone-number', 'phone-password')}
          >
            {addForm}
          </Disclosure>
          <Disclosure title={ctx.t('security.phone.removeTitle')} open={hasError(state, 'phone-remove-password')}>
            <PostForm ctx={ctx} action="/account/security/phone/remove" class="stack">
              <Reauth ctx={ctx} id="phone-remove-password" errors={state.errors} confirmed={data.confirmed} />
              <button type="submit" class="danger">
                {ctx.t('security.phone.remove')}
              </button>
            </PostForm>
          </Disclosure>
        </>
      ) : (
        addForm
      )}
    </section>
  );
}

function TotpSection({ ctx, data, state }: { ctx: PortalContext; data: SecurityData; state: FormState }) {
  return (
    <section class="card" aria-labelledby="totp-title">
      <h2 id="totp-title">{ctx.t('security.totp.title')}</h2>
      <p class="muted">{ctx.t('security.totp.intro')}</p>
      {data.totp ? (
        <>
          <p>{ctx.t('security.totp.on')}</p>
          <Disclosure title={ctx.t('security.totp.remove')} open={hasError(state, 'totp-remove-password')}>
            <PostForm ctx={ctx} action="/account/security/totp/remove" class="stack">
              <Reauth ctx={ctx} id="totp-remove-password" errors={state.errors} confirmed={data.confirmed} />
              <button type="submit" class="danger">
                {ctx.t('security.totp.remove')}
              </button>
            </PostForm>
          </Disclosure>
        </>
      ) : (
        <PostForm ctx={ctx} action="/account/security/totp" class="stack">
          <Reauth ctx={ctx} id="totp-password" errors={state.errors} confirmed={data.confirmed} />
          <button type="submit">{ctx.t('security.totp.start')}</button>
        </PostForm>
      )}
    </section>
  );
}

/**
 * Passkeys: the list with a Remove button each, and a form that names a new one. The script runs the browser's
 * ceremony and fills the hidden fields; without a script (or WebAuthn) the form stays hidden and says why.
 */
function PasskeysSection({ ctx, data, state }: { ctx: PortalContext; data: SecurityData; state: FormState }) {
  return (
    <section class="card" aria-labelledby="passkeys-title">
      <h2 id="passkeys-title">{ctx.t('security.passkeys.title')}</h2>
      <p class="muted">{ctx.t('security.passkeys.intro')}</p>
      {data.passkeys.length === 0 ? (
        <p>{ctx.t('security.passkeys.none')}</p>
      ) : (
        <ul class="stack" id="passkey-list">
          {data.passkeys.map((p) => (
            <li>
              <strong>{p.name}</strong>{' '}
              <span class="muted">
                {ctx.t('security.passkeys.created', { when: formatDateTime(ctx.locale, p.createdAt) })}
                {p.lastUsedAt !== null &&
                  `, ${ctx.t('security.passkeys.lastUsed', { when: formatDateTime(ctx.locale, p.lastUsedAt) })}`}
              </span>
              <PostForm ctx={ctx} action={`/account/security/passkeys/${p.id}/remove`}>
                <button
                  type="submit"
                  class="secondary"
                  aria-label={ctx.t('security.passkeys.removeNamed', { name: p.name })}
                >
                  {ctx.t('security.passkeys.remove')}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      <PostForm ctx={ctx} action="/account/security/passkeys" class="stack" id="passkey-register">
        <div data-passkey-register data-failed={ctx.t('security.passkeys.failed')} hidden>
          <Field
            id="passkey-name"
            name="name"
            label={ctx.t('security.passkeys.name')}
            hint={ctx.t('security.passkeys.nameHint')}
            autocomplete="off"
            maxLength={64}
            required
            value={state.values?.name}
            error={errorFor(state.errors, 'passkey-name')}
          />
          <input type="hidden" name="challenge_id" value="" />
          <input type="hidden" name="credential" value="" />
          <button type="submit">{ctx.t('security.passkeys.add')}</button>
        </div>
        <p class="muted" data-passkey-unsupported>
          {ctx.t('security.passkeys.unsupported')}
        </p>
      </PostForm>
    </section>
  );
}

function SessionsSection({ ctx, data }: { ctx: PortalContext; data: SecurityData }) {
  return (
    <section class="card" aria-labelledby="sessions-title">
      <h2 id="sessions-title">{ctx.t('security.sessions.title')}</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{ctx.t('security.sessions.client')}</th>
              <th scope="col">{ctx.t('security.sessions.ip')}</th>
              <th scope="col">{ctx.t('security.sessions.lastSeen')}</th>
              <th scope="col">
                <span class="sr-only">{ctx.t('security.sessions.signOut')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {data.sessions.map((s) => (
              <tr>
                <td>
                  {describeUserAgent(s.userAgent) ?? ctx.t('unknown')}{' '}
                  {s.current && <span class="badge ok">{ctx.t('security.sessions.this')}</span>}
                </td>
                <td>{s.ip ?? ctx.t('unknown')}</td>
                <td>
                  <When ms={s.lastSeenAt} text={formatDateTime(ctx.locale, s.lastSeenAt)} />
                </td>
                <td>
                  {!s.current && (
                    <PostForm ctx={ctx} action={`/account/security/sessions/${s.id}/revoke`}>
                      <button type="submit" class="secondary">
                        {ctx.t('security.sessions.signOut')}
                      </button>
                    </PostForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="buttons">
        <PostForm ctx={ctx} action="/account/security/sessions/others">
          <button type="submit" class="secondary">
            {ctx.t('security.sessions.signOutOthers')}
          </button>
        </PostForm>
        <PostForm ctx={ctx} action="/account/security/sessions/all">
          <button type="submit" class="danger">
            {ctx.t('security.sessions.signOutAll')}
          </button>
        </PostForm>
      </div>
    </section>
  );
}

function EventsSection({ ctx, data }: { ctx: PortalContext; data: SecurityData }) {
  return (
    <section class="card" aria-labelledby="events-title">
      <h2 id="events-title">{ctx.t('security.events.title')}</h2>
      {data.events.length === 0 ? (
        <p class="muted">{ctx.t('security.events.none')}</p>
      ) : (
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{ctx.t('security.events.when')}</th>
                <th scope="col">{ctx.t('security.events.what')}</th>
                <th scope="col">{ctx.t('security.events.where')}</th>
              </tr>
            </thead>
            <tbody>
              {data.events.map((e) => {
                const key = `event.${e.type}`;
                return (
                  <tr>
                    <td>
                      <When ms={e.at} text={formatDateTime(ctx.locale, e.at)} />
                    </td>
                    <td>{ctx.t(isPortalKey(key) ? key : 'event.other')}</td>
                    <td>{e.ip ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function SecurityPage({ ctx, data, state = {} }: { ctx: PortalContext; data: SecurityData; state?: FormState }) {
  return (
    <Layout ctx={ctx} title={ctx.t('security.title')} section="security" errors={state.errors}>
      <PasswordSection ctx={ctx} state={state} />
      <PhoneSection ctx={ctx} data={data} state={state} />
      <PasskeysSection ctx={ctx} data={data} state={state} />
      <TotpSection ctx={ctx} data={data} state={state} />
      <SessionsSection ctx={ctx} data={data} />
      <EventsSection ctx={ctx} data={data} />
    </Layout>
  );
}
