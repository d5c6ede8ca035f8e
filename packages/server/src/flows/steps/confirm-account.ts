// Step `confirm_account`: another app of the vendor left a device credential here; "account a•••@example.com
// found — Connect?" joins this app to that account and device without a password.
import { M } from '@tessera/protocol';
import { label } from '../render.js';
import { advance, type Step, type StepContext, type StepOutcome } from '../step.js';

/** The credential is re-checked at confirmation: the other app may have been disconnected meanwhile. */
async function stillConnected(ctx: StepContext): Promise<boolean> {
  const found = ctx.state.found!;
  const device = await ctx.deps.deviceStore.findDevice(found.deviceId);
  return device !== undefined && device.accountId === found.accountId && device.disconnectedAt === null;
}

export const confirmAccountStep: Step<'confirm_account'> = {
  name: 'confirm_account',
  applies: (ctx) => ctx.state.found !== undefined && !ctx.state.found.declined && ctx.state.accountId === undefined,
  nodes(ctx) {
    const l = ctx.locale;
    return [
      {
        name: 'account',
        type: 'paragraph',
        label: label(M.INFO_ACCOUNT_FOUND, l, { email: ctx.state.found!.emailMasked }),
        meta: { email: ctx.state.found!.emailMasked },
      },
      { name: 'connect', type: 'submit', action: 'connect', label: label(M.LABEL_CONNECT, l) },
      {
        name: 'use_another_account',
        type: 'submit',
        action: 'use_another_account',
        label: label(M.LABEL_USE_ANOTHER_ACCOUNT, l),
      },
    ];
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const found = ctx.state.found!;
    if (body.action === 'use_another_account' || !(await stillConnected(ctx))) {
      found.declined = true;
      return advance;
    }
    ctx.state.accountId = found.accountId;
    ctx.state.authenticatedBy = 'device';
    ctx.state.reuseDeviceId = found.deviceId;
    return advance;
  },
};
