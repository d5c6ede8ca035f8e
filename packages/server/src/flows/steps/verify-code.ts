// Step `verify_code` (recovery): the emailed reset code. It proves the mailbox, not the second factor.
import { refuse } from '../../errors/index.js';
import type { RecoveryRequest, RecoveryState } from '../flow-state.js';
import { advance, notCurrent, type Step } from '../step.js';
import { sendRecoveryEmail } from './identify.js';
import { emailCodeNodes, takeEmailCode } from './email-code.js';

/** The request whose code is awaited: sent, and nobody proven yet. */
const awaited = (state: RecoveryState): RecoveryRequest | undefined =>
  state.accountId === undefined ? state.recovery : undefined;

export const verifyCodeStep: Step<'verify_code', RecoveryState> = {
  name: 'verify_code',
  applies: (ctx) => awaited(ctx.state) !== undefined,
  nodes: emailCodeNodes,
  async submit(ctx, body) {
    const recovery = awaited(ctx.state);
    if (!recovery) return notCurrent;
    return takeEmailCode(ctx, body, {
      purpose: 'recovery',
      address: recovery.email,
      send: () => sendRecoveryEmail(ctx, recovery),
      async verified() {
        // No account behind the address: its code matches nothing, so this is never reached with null.
        if (recovery.accountId === null) return refuse('CODE_INVALID');
        ctx.state.accountId = recovery.accountId;
        return advance;
      },
    });
  },
};
