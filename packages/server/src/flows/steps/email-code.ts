// What the two emailed-code steps share (sign-up's verify_email, recovery's verify_code): the nodes, resend with
// its cooldown, and checking the code, so each step keeps only what happens once the code is right.
import { M, type UiNode } from '@tessera/protocol';
import { checkSentCode } from '../code-attempts.js';
import { label } from '../render.js';
import { refuse } from '../../errors/index.js';
import { stay, type StepContext, type StepOutcome } from '../step.js';
import { refuseEarlyResend, rejectSend, resendWait, type SendFailure } from './send-code.js';

export function emailCodeNodes(ctx: StepContext): UiNode[] {
  const l = ctx.locale;
  const wait = resendWait(ctx, 'email');
  return [
    {
      name: 'code',
      type: 'code',
      required: true,
      autocomplete: 'one-time-code',
      maxLength: 6,
      label: label(M.LABEL_CODE, l),
    },
    { name: 'verify', type: 'submit', action: 'verify', label: label(M.LABEL_CONTINUE, l) },
    {
      name: 'resend',
      type: 'submit',
      action: 'resend',
      label: label(M.LABEL_RESEND, l),
      ...(wait > 0 ? { availableIn: wait } : {}),
    },
  ];
}

export async function takeEmailCode(
  ctx: StepContext,
  body: { action: 'verify' | 'resend'; code?: string | undefined },
  how: {
    purpose: string;
    address: string;
    send: () => Promise<SendFailure | null>;
    verified: () => Promise<StepOutcome>;
  },
): Promise<StepOutcome> {
  if (body.action === 'resend') {
    const early = refuseEarlyResend(ctx, 'email');
    if (early) return early;
    ctx.state.notices = [];
    const failure = await how.send();
    return failure ? rejectSend(failure) : stay;
  }
  // Keyed by the address, account or not, so the budget reveals nothing about which addresses have one; and by the
  // source, since anyone may type an address: across sources the send quota and each code's tries bound the guesses.
  const checked = await checkSentCode(ctx, {
    purpose: how.purpose,
    owner: `${how.address}:${ctx.request.ip}`,
    code: body.code,
  });
  if (!checked.ok) return checked;
  delete ctx.state.otp;
  return how.verified();
}
