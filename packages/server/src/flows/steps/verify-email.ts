// Step `verify_email` (sign-up): the emailed code proves the address; only then is the account created.
import { refuse } from '../../errors/index.js';
import type { SignUpDetails, SignUpState } from '../flow-state.js';
import { advance, notCurrent, type Step } from '../step.js';
import { sendSignUpEmail } from './details.js';
import { emailCodeNodes, takeEmailCode } from './email-code.js';

/** The details whose address is being proven: given, and no account made yet. */
const awaited = (state: SignUpState): SignUpDetails | undefined =>
  state.accountId === undefined ? state.signUp : undefined;

export const verifyEmailStep: Step<'verify_email', SignUpState> = {
  name: 'verify_email',
  applies: (ctx) => awaited(ctx.state) !== undefined,
  nodes: emailCodeNodes,
  async submit(ctx, body) {
    const signUp = awaited(ctx.state);
    if (!signUp) return notCurrent;
    return takeEmailCode(ctx, body, {
      purpose: 'email_verification',
      address: signUp.email,
      send: () => sendSignUpEmail(ctx, signUp),
      async verified() {
        const account = await ctx.deps.identity.accounts.register({
          email: signUp.display,
          passwordHash: signUp.passwordHash,
          country: signUp.country,
          locale: signUp.locale,
        });
        // Another sign-up for the same address won the race; this one can only start over.
        if (!account) return refuse('CODE_INVALID');
        ctx.state.accountId = account.id;
        return advance;
      },
    });
  },
};
