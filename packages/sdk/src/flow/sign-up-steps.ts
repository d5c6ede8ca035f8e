// The sign-up steps (details, verify_email); when sign-up finishes, the driver goes on into connecting the app.
import type { FlowView, Locale } from '@tessera/protocol';
import type { SignUpDetailsStep, VerifyEmailStep } from '../api.js';
import { nodeNamed, stepBase, type StepContext } from './step-parts.js';

/** `details`: the sign-up form; the flow's language goes along as the new account's language. */
export function detailsStep(view: FlowView, ctx: StepContext): SignUpDetailsStep {
  const locale: Locale = view.flow.locale;
  return {
    ...stepBase(view),
    kind: 'details',
    submit: ({ email, password, country }) => ctx.next(view, { step: 'details', email, password, country, locale }),
  };
}

/** `verify_email`: the emailed code, or a new one. */
export function verifyEmailStep(view: FlowView, ctx: StepContext): VerifyEmailStep {
  return {
    ...stepBase(view),
    kind: 'verify_email',
    resendAvailableIn: nodeNamed(view, 'resend')?.availableIn ?? 0,
    submit: ({ code }) => ctx.next(view, { step: 'verify_email', action: 'verify', code }),
    resend: () => ctx.next(view, { step: 'verify_email', action: 'resend' }),
  };
}
