// Console form building blocks: a POST form carrying the CSRF token, labelled fields, notices, the error summary.
/** @jsxRuntime automatic @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import type { ConsoleContext } from '../context.js';

export interface FieldError {
  text: string;
  field?: string;
}

export function PostForm(props: {
  ctx: ConsoleContext;
  action: string;
  children: ComponentChildren;
  class?: string;
  label?: string;
}) {
  return (
    <form method="post" action={props.action} class={props.class} aria-label={props.label}>
      <input type="hidden" name="_csrf" value={props.ctx.csrf} />
      {props.children}
    </form>
  );
}

/** A form that is only a button (an action on the record shown). */
export function ActionButton(props: {
  ctx: ConsoleContext;
  action: string;
  text: string;
  /** The button's accessible name when `text` alone repeats down a table (it names the row's record). */
  label?: string;
  danger?: boolean;
  children?: ComponentChildren;
}) {
  return (
    <PostForm ctx={props.ctx} action={props.action} class="inline">
      {props.children}
      <button type="submit" class={props.danger ? 'danger' : 'secondary'} aria-label={props.label}>
        {props.text}
      </button>
    </PostForm>
  );
}

export function Field(props: {
  id: string;
  name: string;
  label: string;
  type?: 'text' | 'password' | 'search' | 'number';
  value?: string;
  hint?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  options?: Array<{ value: string; label: string }>;
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
        <select id={props.id} name={props.name} required={props.required} aria-describedby={describedBy}>
          <option value="">{props.choose ?? ''}</option>
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
          spellcheck={false}
          aria-describedby={describedBy}
          aria-invalid={props.error ? 'true' : undefined}
        />
      )}
    </div>
  );
}

export function ErrorSummary({ ctx, errors }: { ctx: ConsoleContext; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
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
