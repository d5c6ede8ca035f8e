// Step `identify` (recovery): the address to send a reset code to; the answer is the same whether or not it has an account.
import { M } from '@tessera/protocol';
import { normalizeEmail } from '../../identity/index.js';
import { label } from '../render.js';
import { refuse } from '../../errors/index.js';
import type { RecoveryRequest, RecoveryState } from '../flow-state.js';
import { advance, type Step, type StepContext, type StepOutcome } from '../step.js';
import { sendEmailCode, rejectSend } from './send-code.js';

export const identifyStep: Step<'identify', RecoveryState> = {
  name: 'identify',
  applies: (ctx) => ctx.state.recovery === undefined,
  nodes(ctx) {
    return [
      {
        name: 'email',
        type: 'email',
        required: true,
        autocomplete: 'username',
        maxLength: 254,
        label: label(M.LABEL_EMAIL, ctx.locale),
      },
      { name: 'continue', type: 'submit', action: 'continue', label: label(M.LABEL_CONTINUE, ctx.locale) },
    ];
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const email = normalizeEmail(body.email);
    if (!email) return refuse('EMAIL_INVALID');
    const recovery: RecoveryRequest = { email, accountId: null };
    ctx.state.recovery = recovery;
    const failure = await sendRecoveryEmail(ctx, recovery);
    if (failure) {
      delete ctx.state.recovery;
      return rejectSend(failure);
    }
    return advance;
  },
};

/**
 * Both answers do the same work: one lookup by address, and the mail (sent only when there is an account) leaves off
 * the request path, so the reply takes as long either way.
 */
export async function sendRecoveryEmail(ctx: StepContext<RecoveryState>, recovery: RecoveryRequest) {
  const { email } = recovery;
  const account = await ctx.deps.identity.accounts.findByEmail(email);
  recovery.accountId = account?.id ?? null;
  const locale = account?.locale === 'vi' ? 'vi' : ctx.locale;
  return sendEmailCode(ctx, {
    to: email,
    purpose: 'recovery',
    matchable: account !== undefined,
    offRequestPath: true,
    build: account
      ? (code, minutes) => ctx.deps.messaging.templates.recoveryEmail({ to: account.email, locale, code, minutes })
      : undefined,
    notice: { id: M.INFO_RECOVERY_CODE_SENT, context: { email } },
  });
}
