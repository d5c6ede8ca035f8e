// Step `new_password` (recovery): reached only after the emailed code and any second factor.
import { M } from '@tessera/protocol';
import { label } from '../render.js';
import { advance, reject, type Step, type StepOutcome } from '../step.js';

export const newPasswordStep: Step<'new_password'> = {
  name: 'new_password',
  applies: (ctx) => ctx.state.recovery !== undefined && ctx.state.accountId !== undefined,
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
    const accountId = ctx.state.accountId!;
    const prepared = await deps.accounts.preparePassword(body.password, ctx.state.recovery!.email);
    if (!prepared.ok) return reject(prepared.code, prepared.context);
    await deps.accounts.setPassword(accountId, prepared.hash);
    await deps.sessions.revokeAll(accountId);
    await deps.guard.clear({ email: ctx.state.recovery!.email });
    await deps.audit.record('password.recovered', { accountId, ip: ctx.request.ip, userAgent: ctx.request.userAgent });
    return advance;
  },
};
