// The security page's re-authentication window: one password confirmation covers the changes of the next few minutes
// in this session, instead of a password box on every form. Kept server-side per session, so it ends with it.
import type { WebServices } from '../web/index.js';
import type { PortalContext } from './context.js';

export const REAUTH_WINDOW_MS = 5 * 60_000;
const keyOf = (ctx: PortalContext) => `portal:reauth:${ctx.session!.id}`;

/** Whether this session confirmed its password within the window. */
export async function recentlyConfirmed(services: WebServices, ctx: PortalContext): Promise<boolean> {
  return (await services.tallies.count(keyOf(ctx), REAUTH_WINDOW_MS)) > 0;
}

/** Opens the window once the factor service has confirmed (and audited) the password. */
export async function openWindow(services: WebServices, ctx: PortalContext): Promise<void> {
  await services.tallies.add(keyOf(ctx), REAUTH_WINDOW_MS);
}
