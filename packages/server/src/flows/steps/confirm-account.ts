// Step `confirm_account`: another app of the vendor left a device credential here; "account a•••@example.com
// found — Connect?" joins this app to that account and device without a password.
import { M } from '@tessera/protocol';
import type { ConnectState, FoundAccount } from '../flow-state.js';
import { label } from '../render.js';
import { advance, notCurrent, type Step, type StepContext, type StepOutcome } from '../step.js';

/** The account to offer: found on this device, not declined, and nobody proven yet. */
const offered = (state: ConnectState): FoundAccount | undefined =>
  state.found && !state.found.declined && state.accountId === undefined ? state.found : undefined;

/** The credential is re-checked at confirmation: the other app may have been disconnected meanwhile. */
async function stillConnected(ctx: StepContext<ConnectState>, found: FoundAccount): Promise<boolean> {
  return (await ctx.deps.devices.connectedDevice(found.deviceId, found.accountId)) !== undefined;
}

export const confirmAccountStep: Step<'confirm_account', ConnectState> = {
  name: 'confirm_account',
  applies: (ctx) => offered(ctx.state) !== undefined,
  nodes(ctx) {
    const l = ctx.locale;
    const found = offered(ctx.state);
    if (!found) return [];
    return [
      {
        name: 'account',
        type: 'paragraph',
        label: label(M.INFO_ACCOUNT_FOUND, l, { email: found.emailMasked }),
        meta: { email: found.emailMasked },
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
    const found = offered(ctx.state);
    if (!found) return notCurrent;
    if (body.action === 'use_another_account' || !(await stillConnected(ctx, found))) {
      found.declined = true;
      return advance;
    }
    ctx.state.accountId = found.accountId;
    ctx.state.authenticatedBy = 'device';
    ctx.state.reuseDeviceId = found.deviceId;
    return advance;
  },
};
