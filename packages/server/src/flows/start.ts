// What a new flow knows as it starts: its locale and origin, and for a connect the app, the device, and who is
// already known (a live session, or another app's credential found on this device).
import type { CreateFlowBody } from '@tessera/protocol';
import { maskEmail } from '../identity/index.js';
import type { FlowDeps } from './flow-deps.js';
import type { ConnectState, DeviceGrantRef, FlowState, FlowStateBase, FoundAccount } from './flow-state.js';
import type { RequestInfo } from './step.js';

/** Who is already known when a flow starts: a live session (e.g. right after sign-up). */
export interface StartContext {
  sessionAccountId?: string;
  /** The RFC 8628 request this connect answers (started from the portal's /activate page). */
  deviceGrant?: DeviceGrantRef;
}

/** The account and device behind another app's credential, if it is live; an unusable one starts the normal journey. */
async function findAccountOnDevice(deps: FlowDeps, credential: string): Promise<FoundAccount | undefined> {
  const connection = await deps.devices.findByCredential(credential);
  if (!connection) return undefined;
  const [device, account] = await Promise.all([
    deps.devices.connectedDevice(connection.deviceId, connection.accountId),
    deps.identity.accounts.get(connection.accountId),
  ]);
  if (!device || !account) return undefined;
  return { accountId: account.id, deviceId: device.id, emailMasked: maskEmail(account.email), declined: false };
}

export async function initialState(
  deps: FlowDeps,
  body: CreateFlowBody,
  request: RequestInfo,
  start: StartContext,
): Promise<FlowState> {
  const base: FlowStateBase = { locale: body.locale ?? 'en', origin: request, notices: [] };
  if (body.kind !== 'connect') return base;
  const state: ConnectState = {
    ...base,
    connect: {
      appId: body.appId,
      device: body.device,
      ...(body.previousDeviceId ? { previousDeviceId: body.previousDeviceId } : {}),
    },
  };
  if (start.deviceGrant) state.deviceGrant = { ...start.deviceGrant };
  if (start.sessionAccountId) {
    state.accountId = start.sessionAccountId;
    state.authenticatedBy = 'session';
  } else if (body.deviceCredential) {
    const found = await findAccountOnDevice(deps, body.deviceCredential);
    if (found) state.found = found;
  }
  return state;
}
