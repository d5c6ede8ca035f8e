// What completing a flow produces: a session for the portal and API, a device connection for an app.
import type { AuditType } from '../audit/index.js';
import type { StepContext } from './step.js';
import type { FinishOutcome } from './definitions.js';

export async function finishWithSession(ctx: StepContext, event: AuditType): Promise<FinishOutcome> {
  const { deps, request } = ctx;
  const account = (await deps.accounts.get(ctx.state.accountId!))!;
  const { token, session } = await deps.sessions.create({ accountId: account.id, ip: request.ip, userAgent: request.userAgent });
  await deps.audit.record(event, { accountId: account.id, ip: request.ip, userAgent: request.userAgent, details: { flow: ctx.flow.kind } });
  return {
    result: {
      session: { token, expiresAt: new Date(session.expiresAt).toISOString() },
      account: { id: account.id, email: account.email },
    },
    summary: { accountId: account.id, sessionId: session.id },
  };
}

export async function finishConnect(ctx: StepContext): Promise<FinishOutcome> {
  const { deps, request } = ctx;
  const account = (await deps.accounts.get(ctx.state.accountId!))!;
  const connect = ctx.state.connect!;
  const { device, connection, credential } = await deps.devices.connect({
    accountId: account.id, appId: connect.appId, device: connect.device, planId: 'free', subscriptionId: null,
  });
  const audit = { accountId: account.id, ip: request.ip, userAgent: request.userAgent };
  await deps.audit.record('sign_in.succeeded', { ...audit, details: { flow: 'connect', appId: connect.appId } });
  await deps.audit.record('device.connected', { ...audit, details: { deviceId: device.id, name: device.name, appId: connect.appId } });
  return {
    result: {
      account: { id: account.id, email: account.email },
      device: { id: device.id, name: device.name },
      connection: { appId: connection.appId, plan: connection.planId },
      deviceCredential: credential,
    },
    summary: { accountId: account.id, deviceId: device.id, connectionId: connection.id },
  };
}
