// Step `verify_code` (recovery): the emailed reset code. It proves the mailbox, not the second factor.
import { M } from '@tessera/protocol';
import { checkOtp } from '../one-time-code.js';
import { label } from '../render.js';
import { advance, reject, stay, type Step, type StepOutcome } from '../step.js';
import { resendWait } from './send-code.js';
import { sendRecoveryEmail } from './identify.js';

export const verifyCodeStep: Step<'verify_code'> = {
  name: 'verify_code',
  applies: (ctx) => ctx.state.recovery !== undefined && ctx.state.accountId === undefined,
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
      const failure = await sendRecoveryEmail(ctx);
      return failure ? reject(failure) : stay;
    }
    const check = checkOtp(ctx.deps.secrets, ctx.state.otp, {
      flowId: ctx.flow.id, purpose: 'recovery', code: body.code, now: ctx.now, maxAttempts: ctx.deps.settings.smsMaxAttempts,
    });
    if (!check.ok) return reject(check.code);
    delete ctx.state.otp;
    ctx.state.accountId = ctx.state.recovery!.accountId!;
    return advance;
  },
};
