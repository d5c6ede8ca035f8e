// Step `details` (sign-up): email, password, country; a code goes to the address, or a notice if it has an account.
import { M, type UiNode } from '@tessera/protocol';
import { countryOptions, isCountryCode, normalizeEmail } from '../../identity/index.js';
import { label } from '../render.js';
import { refuse } from '../../errors/index.js';
import type { SignUpDetails, SignUpState } from '../flow-state.js';
import { advance, type Step, type StepContext, type StepOutcome } from '../step.js';
import { sendEmailCode, rejectSend } from './send-code.js';

export const detailsStep: Step<'details', SignUpState> = {
  name: 'details',
  applies: (ctx) => ctx.state.signUp === undefined,
  nodes(ctx) {
    const l = ctx.locale;
    const nodes: UiNode[] = [
      {
        name: 'email',
        type: 'email',
        required: true,
        autocomplete: 'email',
        maxLength: 254,
        label: label(M.LABEL_EMAIL, l),
      },
      {
        name: 'password',
        type: 'password',
        required: true,
        autocomplete: 'new-password',
        maxLength: 1024,
        label: label(M.LABEL_PASSWORD, l),
      },
      // A choice of ISO 3166 codes; a client that reads `country` as text still sends a two-letter code.
      {
        name: 'country',
        type: 'select',
        required: true,
        autocomplete: 'country',
        maxLength: 2,
        label: label(M.LABEL_COUNTRY, l),
        options: countryOptions(l),
      },
      { name: 'locale', type: 'hidden', value: l },
      { name: 'continue', type: 'submit', action: 'continue', label: label(M.LABEL_CONTINUE, l) },
    ];
    return nodes;
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const { deps } = ctx;
    const email = normalizeEmail(body.email);
    if (!email) return refuse('EMAIL_INVALID');
    const country = body.country.toUpperCase();
    if (!isCountryCode(country)) return refuse('COUNTRY_INVALID');
    const prepared = await deps.identity.accounts.preparePassword(body.password, email);
    if (!prepared.ok) return refuse(prepared.code, prepared.context);
    const locale = body.locale ?? ctx.locale;
    // An existing address gets a notice instead of a code, and the page looks the same either way.
    const existing = (await deps.identity.accounts.findByEmail(email)) !== undefined;
    const signUp = { email, display: body.email.trim(), passwordHash: prepared.hash, country, locale, existing };
    ctx.state.signUp = signUp;
    ctx.state.locale = locale;
    ctx.locale = locale;
    const failure = await sendSignUpEmail(ctx, signUp);
    if (failure) {
      delete ctx.state.signUp;
      return rejectSend(failure);
    }
    return advance;
  },
};

export function sendSignUpEmail(ctx: StepContext<SignUpState>, signUp: SignUpDetails) {
  const { templates } = ctx.deps.messaging;
  return sendEmailCode(ctx, {
    to: signUp.email,
    purpose: 'email_verification',
    matchable: !signUp.existing,
    build: (code, minutes) =>
      signUp.existing
        ? templates.signupExistingEmail({ to: signUp.email, locale: signUp.locale })
        : templates.emailVerificationEmail({ to: signUp.email, locale: signUp.locale, code, minutes }),
    notice: { id: M.INFO_EMAIL_CODE_SENT, context: { email: signUp.email } },
  });
}
