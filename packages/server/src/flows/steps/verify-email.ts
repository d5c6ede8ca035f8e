// Step `verify_email` (sign-up): the emailed code proves the address; only then is the account created.
import { M } from '@tessera/protocol';
import { checkOtp } from '../one-time-code.js';
import { label } from '../render.js';
import { advance, reject, stay, type Step, type StepOutcome } from '../step.js';
import { resendWait } from './send-code.js';
import { sendSignUpEmail } from './details.js';

export const verifyEmailStep: Step<'verify_email'> = {
  name: 'verify_email',
  applies: (ctx) => ctx.state.signUp !== undefined && ctx.state.accountId === undefined,
  nodes(ctx) {
    const l = ctx.locale;
    const wait = resendWait(ctx);
    return [
      { name: 'code', type: 'code', required: true, autocomplete: 'one-time-code', maxLength: 6, label: label(M.LABEL_CODE, l) },
      { name: 'verify', type: 'submit', action: 'verify', label: label(M.LABEL_CONTINUE, l) },
      { name: 'resend', type: 'submit', action: 'resend', label: label(M.LABEL_RESEND, l), ...(wait > 0 ? { availableIn: wait } : {}) },
    ];
  },
  async submit(ctx, body): Promise<StepOutcome> {
    if (body.action === 'resend') {
      const wait = resendWait(ctx);
      if (wait > 0) return reject('RESEND_COOLDOWN', { seconds: wait }, wait);
      ctx.state.notices = [];
      const failure = await sendSignUpEmail(ctx);
      return failure ? reject(failure) : stay;
    }
    const check = checkOtp(ctx.deps.secrets, ctx.state.otp, {
      flowId: ctx.flow.id, purpose: 'email_verification', code: body.code, now: ctx.now, maxAttempts: ctx.deps.settings.smsMaxAttempts,
    });
    if (!check.ok) return reject(check.code);
    delete ctx.state.otp;
    const signUp = ctx.state.signUp!;
    const account = await ctx.deps.accounts.register({
      email: signUp.display, passwordHash: signUp.passwordHash, country: signUp.country, locale: signUp.locale,
    });
    // Another sign-up for the same address won the race; this one can only start over.
    if (!account) return reject('CODE_INVALID');
    ctx.state.accountId = account.id;
    return advance;
  },
};
