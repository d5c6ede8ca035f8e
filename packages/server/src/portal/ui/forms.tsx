// Form building blocks: a POST form with its CSRF and double-submit tokens, labelled fields, the error summary, notices.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import type { PortalContext } from '../context.js';

export interface FieldError {
  text: string;
  /** The id of the input the error is about; the summary links to it. */
  field?: string;
}

export function PostForm(props: {
  ctx: PortalContext;
  action: string;
  children: ComponentChildren;
  class?: string;
  id?: string;
  /** Refuse a second arrival of this rendered form (flows are guarded by the engine instead). */
  once?: boolean;
  label?: string;
}) {
  const { ctx, once = true } = props;
  return (
    <form method="post" action={props.action} class={props.class} id={props.id} aria-label={props.label}>
      <input type="hidden" name="_csrf" value={ctx.csrf} />
      {once && <input type="hidden" name="_once" value={ctx.once()} />}
      {props.children}
    </form>
  );
}

export function Field(props: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'tel';
  value?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric' | 'text' | 'tel' | 'email';
  maxLength?: number;
  class?: string;
  spellcheck?: boolean;
  autocapitalize?: 'none' | 'characters' | undefined;
  placeholder?: string;
  /** A choice instead of a text box: the value given is preselected. */
  options?: Array<{ value: string; label: string }>;
  /** The empty first option's text, shown while nothing is preselected (so no value is chosen silently). */
  choose?: string;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <span class="field-error" id={errorId}>
          {props.error}
        </span>
      )}
      {props.options ? (
        <select
          id={props.id}
          name={props.name}
          required={props.required}
          autocomplete={props.autocomplete}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
        >
          {!props.value && <option value="">{props.choose ?? ''}</option>}
          {props.options.map((o) => (
            <option value={o.value} selected={o.value === props.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={props.id}
          name={props.name}
          type={props.type ?? 'text'}
          value={props.type === 'password' ? undefined : props.value}
          required={props.required}
          autocomplete={props.autocomplete}
          inputMode={props.inputMode}
          maxLength={props.maxLength}
          class={props.class}
          spellcheck={props.spellcheck}
          autocapitalize={props.autocapitalize}
          placeholder={props.placeholder}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
        />
      )}
    </div>
  );
}

/** The error summary: first in the content, focused by the script, each item linking to its field. */
export function ErrorSummary({ ctx, errors }: { ctx: PortalContext; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{ctx.t('form.errorTitle')}</h2>
      <ul>
        {errors.map((e) => (
          <li>{e.field ? <a href={`#${e.field}`}>{e.text}</a> : e.text}</li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ type, children }: { type: 'info' | 'success' | 'warning'; children: ComponentChildren }) {
  return (
    <div class={`notice ${type}`} role="status">
      {children}
    </div>
  );
}

/** The error text for one field, if the summary has one. */
export const errorFor = (errors: FieldError[] | undefined, id: string) => errors?.find((e) => e.field === id)?.text;
