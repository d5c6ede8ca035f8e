// Finishing a connect a device without a keyboard asked for (RFC 8628): the request turns approved under the same
// transaction as the device's connection, and the result waits (sealed) for the device's poll instead of the browser.
import type { ConnectState } from './flow-state.js';
import type { Outcome } from '../errors/index.js';
import { canConnectDevice, finishConnect } from './finish.js';
import type { FinishContext, FinishOutcome } from './step.js';

type Context = FinishContext<ConnectState>;

/**
 * The device limit, then the request's conditional pending → approved: of a racing "Deny", a second approving tab
 * or the request's expiry only one wins, and a refusal here rolls the whole connect back.
 */
export async function canFinishConnect(ctx: Context): Promise<Outcome> {
  const fits = await canConnectDevice(ctx);
  if (!fits.ok || !ctx.state.deviceGrant) return fits;
  return ctx.deps.deviceGrants.approve(ctx.state.deviceGrant.id, ctx.owner.id);
}

export async function finishConnectOrGrant(ctx: Context): Promise<FinishOutcome> {
  const finished = await finishConnect(ctx);
  const grant = ctx.state.deviceGrant;
  if (!grant) return finished;
  await ctx.deps.deviceGrants.storeResult(grant.id, finished.result);
  // The browser that approved learns what was connected, never the device's credential or license.
  const { deviceCredential: _credential, license, ...shown } = finished.result;
  return {
    result: { ...shown, ...(license ? { connection: { appId: ctx.state.connect.appId, plan: license.plan } } : {}) },
  };
}
