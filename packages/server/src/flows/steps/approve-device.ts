// Step `approve_device`: the last step of a connect a device without a keyboard asked for (RFC 8628). The person sees
// which app on which device asks, from where, and for which account, then approves (the flow finishes and its result
// goes to the polling device) or denies (the device's next poll gets access_denied).
import { M, type UiNode } from '@tessera/protocol';
import { refuse } from '../../errors/index.js';
import type { ConnectState } from '../flow-state.js';
import { label } from '../render.js';
import { advance, notCurrent, type Step, type StepOutcome } from '../step.js';

export const approveDeviceStep: Step<'approve_device', ConnectState> = {
  name: 'approve_device',
  applies: (ctx) => ctx.state.deviceGrant !== undefined,
  async nodes(ctx): Promise<UiNode[]> {
    const grant = ctx.state.deviceGrant;
    if (!grant) return [];
    const l = ctx.locale;
    const { appId, device } = ctx.state.connect;
    const email = (await ctx.account())?.email ?? '';
    const from: Record<string, string> = grant.country ? { ip: grant.ip, country: grant.country } : { ip: grant.ip };
    const fromText = grant.country ? M.INFO_DEVICE_ASKS_FROM : M.INFO_DEVICE_ASKS_FROM_IP;
    return [
      {
        name: 'device_request',
        type: 'paragraph',
        label: label(M.INFO_DEVICE_ASKS, l, { app: appId, device: device.name, platform: device.platform }),
        meta: { appId, device: device.name, platform: device.platform },
      },
      { name: 'device_origin', type: 'paragraph', label: label(fromText, l, from), meta: from },
      {
        name: 'device_account',
        type: 'paragraph',
        label: label(M.INFO_DEVICE_APPROVES_FOR, l, { email }),
        meta: { email },
      },
      { name: 'approve', type: 'submit', action: 'approve', label: label(M.LABEL_APPROVE_DEVICE, l) },
      { name: 'deny', type: 'submit', action: 'deny', label: label(M.LABEL_DENY_DEVICE, l) },
    ];
  },
  async submit(ctx, body): Promise<StepOutcome> {
    const grant = ctx.state.deviceGrant;
    if (!grant) return notCurrent;
    // Approving is done by finishing: the request turns approved in the transaction that connects the device.
    if (body.action === 'approve') return advance;
    const denied = await ctx.deps.deviceGrants.deny(grant.id);
    return denied.ok ? refuse('DEVICE_AUTHORIZATION_DENIED') : denied;
  },
};
