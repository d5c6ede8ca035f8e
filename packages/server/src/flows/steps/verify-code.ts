// Step `verify_code` (recovery): the emailed reset code. It proves the mailbox, not the second factor.
import { advance, type Step } from '../step.js';
import { sendRecoveryEmail } from './identify.js';
import { emailCodeNodes, takeEmailCode } from './email-code.js';

export const verifyCodeStep: Step<'verify_code'> = {
  name: 'verify_code',
  applies: (ctx) => ctx.state.recovery !== undefined && ctx.state.accountId === undefined,
  nodes: emailCodeNodes,
  submit: (ctx, body) =>
    takeEmailCode(ctx, body, {
      purpose: 'recovery',
      address: ctx.state.recovery!.email,
      send: sendRecoveryEmail,
      async verified() {
        ctx.state.accountId = ctx.state.recovery!.accountId!;
        return advance;
      },
    }),
};
