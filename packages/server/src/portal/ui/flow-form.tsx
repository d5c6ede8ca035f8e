// Renders any flow step from its view: typed nodes become inputs, images, paragraphs and action buttons, in the
// page's language by message id. The portal knows no step's content: a new step in the engine shows up here as is.
/** @jsxRuntime automatic @jsxImportSource preact */
import { M, pluralTemplate, type FlowView, type UiNode } from '@tessera/protocol';
import type { PortalContext } from '../context.js';
import type { FormValues } from '../form-data.js';
import { countryFromLanguages, PASSWORD_MIN_LENGTH } from '../../identity/index.js';
import { Field, Notice, PostForm, type FieldError } from './forms.js';

type UiText = NonNullable<UiNode['label']>;
const INPUTS = new Set(['email', 'password', 'text', 'tel', 'code', 'select']);

const fieldId = (node: UiNode) => `field-${node.name}`;
const textOf = (ctx: PortalContext, label: UiText | undefined, fallback = '') =>
  label ? ctx.m(label.id, label.context, label.text) : fallback;

/** Which input a flow error is about, so the summary can link to it; the first input otherwise. */
const ERROR_FIELDS: Record<number, string> = {
  [M.ERR_CAPTCHA_INVALID]: 'captcha_answer',
  [M.ERR_CAPTCHA_REQUIRED]: 'captcha_answer',
  [M.ERR_CODE_INVALID]: 'code',
  [M.ERR_CODE_EXPIRED]: 'code',
  [M.ERR_CODE_ATTEMPTS_EXCEEDED]: 'code',
  [M.ERR_PASSWORD_TOO_SHORT]: 'password',
  [M.ERR_PASSWORD_TOO_LONG]: 'password',
  [M.ERR_PASSWORD_TOO_COMMON]: 'password',
  [M.ERR_EMAIL_INVALID]: 'email',
  [M.ERR_COUNTRY_INVALID]: 'country',
};

/** The errors of a flow view as summary items, each linked to the input it concerns. */
export function flowErrors(ctx: PortalContext, view: FlowView): FieldError[] {
  const inputs = view.ui.nodes.filter((n) => INPUTS.has(n.type));
  return view.ui.messages
    .filter((m) => m.type === 'error')
    .map((m) => {
      const target = inputs.find((n) => n.name === ERROR_FIELDS[m.id]) ?? inputs[0];
      return { text: ctx.m(m.id, m.context, m.text), ...(target ? { field: fieldId(target) } : {}) };
    });
}

function hintFor(ctx: PortalContext, node: UiNode): string | undefined {
  if (node.type === 'password' && node.autocomplete === 'new-password')
    return ctx.t('hint.newPassword', { min: PASSWORD_MIN_LENGTH });
  if (node.type === 'code') return ctx.t('hint.code');
  return undefined;
}

function Input({
  ctx,
  node,
  values,
  errors,
  guess,
}: {
  ctx: PortalContext;
  node: UiNode;
  values: FormValues;
  errors: FieldError[];
  guess?: string;
}) {
  const id = fieldId(node);
  if (node.type === 'select') {
    const error = errors.find((e) => e.field === id);
    return (
      <Field
        id={id}
        name={node.name}
        label={textOf(ctx, node.label, node.name)}
        options={node.options ?? []}
        choose={ctx.t('form.choose')}
        value={values[node.name] ?? node.value ?? guess}
        required={node.required}
        autocomplete={node.autocomplete}
        error={error ? error.text : undefined}
      />
    );
  }
  const isCode = node.type === 'code';
  const error = errors.find((e) => e.field === id);
  return (
    <Field
      id={id}
      name={node.name}
      label={textOf(ctx, node.label, node.name)}
      type={isCode ? 'text' : (node.type as 'text' | 'email' | 'password' | 'tel')}
      value={isCode || node.name === 'captcha_answer' ? node.value : (values[node.name] ?? node.value)}
      required={node.required}
      autocomplete={node.autocomplete}
      maxLength={node.maxLength}
      hint={hintFor(ctx, node)}
      error={error ? error.text : undefined}
      inputMode={isCode ? 'numeric' : undefined}
      class={isCode || node.name === 'captcha_answer' ? 'code' : undefined}
      spellcheck={node.type === 'email' || isCode || node.name === 'captcha_answer' ? false : undefined}
      autocapitalize={node.name === 'captcha_answer' ? 'characters' : node.type === 'email' ? 'none' : undefined}
    />
  );
}

/** The units of a wait in the page's language, one and other forms, for the script's countdown. */
function waitUnits(ctx: PortalContext): Record<'s' | 'm' | 'h', [string, string]> {
  const forms = (id: number): [string, string] => [
    pluralTemplate(ctx.m(id), 'one'),
    pluralTemplate(ctx.m(id), 'other'),
  ];
  return { s: forms(M.UNIT_SECONDS), m: forms(M.UNIT_MINUTES), h: forms(M.UNIT_HOURS) };
}

export function FlowForm(props: {
  ctx: PortalContext;
  view: FlowView;
  action: string;
  values: FormValues;
  errors: FieldError[];
  next?: string | undefined;
}) {
  const { ctx, view, values, errors } = props;
  const nodes = view.ui.nodes;
  const buttons = nodes.filter((n) => n.type === 'submit');
  const infos = view.ui.messages.filter((m) => m.type !== 'error');
  const countdown = buttons.find((b) => b.availableIn !== undefined && b.availableIn > 0);
  return (
    <>
      {infos.map((m) => (
        <Notice type={m.type === 'success' ? 'success' : 'info'}>
          <p>{ctx.m(m.id, m.context, m.text)}</p>
        </Notice>
      ))}
      <PostForm ctx={ctx} action={props.action} once={false} class="stack">
        <input type="hidden" name="flow" value={view.flow.id} />
        <input type="hidden" name="step" value={view.step} />
        {props.next && <input type="hidden" name="next" value={props.next} />}
        {nodes.map((node) => {
          if (INPUTS.has(node.type))
            return (
              <Input
                ctx={ctx}
                node={node}
                values={values}
                errors={errors}
                guess={node.name === 'country' ? countryFromLanguages(ctx.languages) : undefined}
              />
            );
          // WebAuthn request options: the script runs the ceremony and puts its answer in `assertion` before posting.
          if (node.type === 'hidden' && node.meta?.webauthn === 'get')
            return (
              <>
                <input
                  type="hidden"
                  name={node.name}
                  value={node.value ?? ''}
                  data-webauthn="get"
                  data-failed={ctx.t('flow.passkeyFailed')}
                />
                <input type="hidden" name="assertion" value="" />
              </>
            );
          // The account's language follows the page's.
          if (node.type === 'hidden')
            return (
              <input type="hidden" name={node.name} value={node.name === 'locale' ? ctx.locale : (node.value ?? '')} />
            );
          if (node.type === 'image')
            return <img class="captcha" src={node.src} alt={textOf(ctx, node.label)} width={240} height={90} />;
          if (node.type === 'paragraph') return <p>{textOf(ctx, node.label)}</p>;
          // Shown by the script, which solves it; without a script the image (when offered) is the way through.
          if (node.type === 'proof_of_work') {
            return (
              <p
                class="muted"
                role="status"
                hidden
                data-pow={JSON.stringify(node.meta ?? {})}
                data-done={ctx.m(M.INFO_PROOF_OF_WORK_DONE)}
              >
                {textOf(ctx, node.label)}
              </p>
            );
          }
          return null;
        })}
        <div class="buttons">
          {buttons.map((node, i) => (
            <button
              type="submit"
              // A button that carries a value (a subscription to choose) posts it under its own name.
              name={node.value !== undefined ? node.name : 'action'}
              value={node.value ?? node.action ?? node.name}
              class={i === 0 ? undefined : 'secondary'}
              // Only the main action needs the fields filled in: "Get a new code" must work with the code box empty.
              formNoValidate={i === 0 ? undefined : true}
              // Disabled while it would be refused (cooldown, spent quota); the script enables it when the wait ends.
              disabled={node.disabled || (node.availableIn !== undefined && node.availableIn > 0) || undefined}
              data-available-in={
                node.availableIn !== undefined && node.availableIn > 0 ? String(node.availableIn) : undefined
              }
              aria-describedby={node === countdown ? 'countdown' : undefined}
            >
              {textOf(ctx, node.label, node.name)}
            </button>
          ))}
        </div>
        {countdown && (
          <p
            class="muted"
            id="countdown"
            data-template={ctx.m(M.INFO_RESEND_AVAILABLE_IN)}
            data-units={JSON.stringify(waitUnits(ctx))}
          >
            {ctx.m(M.INFO_RESEND_AVAILABLE_IN, { seconds: countdown.availableIn ?? 0 })}
          </p>
        )}
      </PostForm>
    </>
  );
}
