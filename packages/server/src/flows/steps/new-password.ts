// Step `new_password` (recovery): reached only after the emailed code and any second factor.
import { M } from '@tessera/protocol';
import { label } from '../render.js';
import { refuse } from '../../errors/index.js';
import type { RecoveryState } from '../flow-state.js';
import { advance, notCurrent, type Step, type StepOutcome } from '../step.js';

/** The account whose password is reset and the address that proved it, once the code (and any factor) passed. */
const proven = ({ accountId, recovery }: RecoveryState) =>
  accountId !== undefined && recovery ? { accountId, email: recovery.email } : undefined;

export const newPasswordStep: Step<'new_password', RecoveryState> = {
  name: 'new_password',
  applies: (ctx) => proven(ctx.state) !== undefined,
  async enter(ctx) {
    ctx.state.notices.push({ id: M.INFO_NEW_PASSWORD_PROMPT, type: 'info' });
  },
  nodes(ctx) {
    return [
      {
        name: 'password',
        type: 'password',
        required: true,
        autocomplete: 'new-password',
        maxLength: 1024,
        label: label(M.LABEL_NEW_PASSWORD, ctx.locale),
      },
      { name: 'continue', type: 'submit', action: 'continue', label: label(M.LABEL_CONTINUE, ctx.locale) },
    ];
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const { deps } = ctx;
    const reset = proven(ctx.state);
    if (!reset) return notCurrent;
    const { accountId, email } = reset;
    const prepared = await deps.identity.accounts.preparePassword(body.password, email);
    if (!prepared.ok) return refuse(prepared.code, prepared.context);
    await deps.identity.accounts.setPassword(accountId, prepared.hash);
    await deps.identity.sessions.revokeAll(accountId);
    await deps.risk.guard.clear({ email });
    await deps.audit.record('password.recovered', { accountId, ip: ctx.request.ip, userAgent: ctx.request.userAgent });
    return advance;
  },
};
