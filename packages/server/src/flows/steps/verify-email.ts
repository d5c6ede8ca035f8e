// Step `verify_email` (sign-up): the emailed code proves the address; only then is the account created.
import { advance, reject, type Step } from '../step.js';
import { sendSignUpEmail } from './details.js';
import { emailCodeNodes, takeEmailCode } from './email-code.js';

export const verifyEmailStep: Step<'verify_email'> = {
  name: 'verify_email',
  applies: (ctx) => ctx.state.signUp !== undefined && ctx.state.accountId === undefined,
  nodes: emailCodeNodes,
  submit: (ctx, body) =>
    takeEmailCode(ctx, body, {
      purpose: 'email_verification',
      address: ctx.state.signUp!.email,
      send: sendSignUpEmail,
      async verified() {
        const signUp = ctx.state.signUp!;
        const account = await ctx.deps.accounts.register({
          email: signUp.display,
          passwordHash: signUp.passwordHash,
          country: signUp.country,
          locale: signUp.locale,
        });
        // Another sign-up for the same address won the race; this one can only start over.
        if (!account) return reject('CODE_INVALID');
        ctx.state.accountId = account.id;
        return advance;
      },
    }),
};
