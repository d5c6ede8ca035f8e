// What completing a flow produces: a session for the portal and API, a licensed device connection for an app.
import { M } from '@tessera/protocol';
import type { AuditType } from '../audit/index.js';
import { refuse, type Outcome } from '../errors/index.js';
import { freeEntitlement } from '../licensing/index.js';
import type { ConnectState } from './flow-state.js';
import type { FinishContext, FinishOutcome } from './step.js';

export async function finishWithSession(ctx: FinishContext, event: AuditType): Promise<FinishOutcome> {
  const { deps, request, owner: account } = ctx;
  const { token, session } = await deps.identity.sessions.create({
    accountId: account.id,
    ip: request.ip,
    userAgent: request.userAgent,
  });
  await deps.audit.record(event, {
    accountId: account.id,
    ip: request.ip,
    userAgent: request.userAgent,
    details: { flow: ctx.flow.kind },
  });
  return {
    result: {
      session: { token, expiresAt: new Date(session.expiresAt).toISOString() },
      account: { id: account.id, email: account.email },
    },
  };
}

type Context = FinishContext<ConnectState>;

/** The plan an app gets: the chosen subscription if a seat can be had on it, else Free. */
async function entitlement(ctx: Context, deviceId: string) {
  const { subscriptions } = ctx.deps.licensing;
  const accountId = ctx.owner.id;
  const subscriptionId = ctx.state.selection?.subscriptionId ?? null;
  if (subscriptionId) {
    const option = (await subscriptions.usableSubscriptions(accountId, ctx.now, { deviceId })).find(
      (o) => o.subscription.id === subscriptionId,
    );
    const seat = option && (await subscriptions.claimSeat({ subscriptionId, deviceId, accountId, now: ctx.now }));
    if (option && seat?.ok) {
      return {
        planId: option.plan.id,
        planName: option.plan.name,
        features: option.plan.features,
        subscriptionId,
        endsAt: option.subscription.endsAt,
      };
    }
    // Another device took the last seat between the choice and now.
    ctx.state.notices.push({ id: M.INFO_SEAT_UNAVAILABLE_FREE, type: 'info' });
  }
  return freeEntitlement(subscriptions.getPlan);
}

/**
 * The device of this account the app joins instead of registering one: the live device of auto-connect, or the
 * device this installation had before (`previousDeviceId`), even disconnected, so reconnecting leaves no duplicate.
 */
async function reusableDevice(ctx: Context) {
  const { devices } = ctx.deps;
  const live = ctx.state.reuseDeviceId
    ? await devices.connectedDevice(ctx.state.reuseDeviceId, ctx.owner.id)
    : undefined;
  if (live) return live;
  const id = ctx.state.connect.previousDeviceId;
  return id ? devices.ownDevice(id, ctx.owner.id) : undefined;
}

/**
 * A new device must fit the account's device limit; an app joining a device already connected always fits.
 * Runs inside the finishing transaction: `lockAccountDevices` takes the account's row lock (PostgreSQL; SQLite runs
 * one transaction at a time), so racing connects and disconnects of one account count and insert one after another.
 */
export async function canConnectDevice(ctx: Context): Promise<Outcome> {
  const connected = await ctx.deps.devices.lockAccountDevices(ctx.owner.id);
  // A device that is still connected always fits; one disconnected counts again, like a new one.
  if ((await reusableDevice(ctx))?.disconnectedAt === null) return { ok: true };
  const limit = ctx.deps.settings.maxDevicesPerAccount;
  return connected >= limit ? refuse('DEVICE_LIMIT_REACHED', { limit }) : { ok: true };
}

/** Device, seat, app connection, consent, credential and audit: all in the transaction that marks the flow done. */
export async function finishConnect(ctx: Context): Promise<FinishOutcome> {
  const { deps, request, owner: account } = ctx;
  const { connect } = ctx.state;
  const reused = await reusableDevice(ctx);
  if (reused && reused.disconnectedAt !== null) await deps.devices.reconnectDevice(reused.id, account.id);
  const device = reused
    ? { ...reused, disconnectedAt: null }
    : await deps.devices.registerDevice({ accountId: account.id, ...connect.device });
  const plan = await entitlement(ctx, device.id);
  const live = await deps.devices.liveConnections(device.id);
  const { connection, credential } = await deps.devices.connectApp({
    device,
    appId: connect.appId,
    planId: plan.planId,
    subscriptionId: plan.subscriptionId,
  });
  // The app's earlier connection on this device is replaced: its seat goes back unless another app still uses it.
  const replaced = live.find((c) => c.appId === connect.appId)?.subscriptionId;
  if (
    replaced &&
    replaced !== plan.subscriptionId &&
    !live.some((c) => c.appId !== connect.appId && c.subscriptionId === replaced)
  ) {
    await deps.licensing.subscriptions.releaseSeat({ subscriptionId: replaced, deviceId: device.id });
  }
  ctx.state.connected = { deviceId: device.id, connectionId: connection.id };
  if (ctx.state.consent) {
    await deps.consent.accept({
      accountId: account.id,
      ...ctx.state.consent,
      deviceId: device.id,
      appId: connect.appId,
      ip: request.ip,
    });
  }
  const license = await deps.licensing.tokens.issue({
    accountId: account.id,
    deviceId: device.id,
    appId: connect.appId,
    planId: plan.planId,
    features: plan.features,
    subscriptionId: plan.subscriptionId,
    subscriptionEndsAt: plan.endsAt,
  });
  const audit = { accountId: account.id, ip: request.ip, userAgent: request.userAgent };
  await deps.audit.record('sign_in.succeeded', { ...audit, details: { flow: 'connect', appId: connect.appId } });
  await deps.audit.record('device.connected', {
    ...audit,
    details: { deviceId: device.id, name: device.name, appId: connect.appId, plan: plan.planId },
  });
  await deps.events.record('device.connected', {
    accountId: account.id,
    deviceId: device.id,
    deviceName: device.name,
    platform: device.platform,
    appId: connect.appId,
    planId: plan.planId,
    subscriptionId: plan.subscriptionId,
  });
  return {
    result: {
      account: { id: account.id, email: account.email },
      device: { id: device.id, name: device.name },
      connection: { appId: connection.appId, plan: connection.planId },
      deviceCredential: credential,
      license: {
        token: license.token,
        expiresAt: new Date(license.expiresAt).toISOString(),
        plan: plan.planId,
        planName: plan.planName,
        features: [...plan.features],
        subscriptionId: plan.subscriptionId,
      },
    },
  };
}
