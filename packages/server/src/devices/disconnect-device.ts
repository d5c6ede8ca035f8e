// Disconnecting a device from the portal or API: its apps lose their connections and seats at once, in one transaction.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { EventRecorder } from '../webhooks/index.js';
import type { DeviceStore } from './device-store.js';
import type { EntitlementPort } from './check-in.js';

export function createDisconnectDevice(deps: {
  store: DeviceStore;
  licensing: Pick<EntitlementPort, 'releaseSeat'>;
  audit: AuditLog;
  events: EventRecorder;
  clock: Clock;
  unitOfWork: UnitOfWork;
}) {
  return async function disconnectDevice(
    accountId: string,
    deviceId: string,
    request: { ip?: string; userAgent?: string | null } = {},
  ): Promise<boolean> {
    // Mark, revoke and release commit together: a crash leaves the device either fully connected or fully gone.
    return deps.unitOfWork.run(async () => {
      // The account's device lock first (the order a finishing connect takes too), so no app joins the device after this.
      await deps.store.lockAccountDevices(accountId);
      // The conditional update in the store lets one of racing disconnects through; the others change nothing.
      if (!(await deps.store.disconnectDevice(deviceId, accountId, deps.clock.now()))) return false;
      const connections = await deps.store.listConnections(deviceId);
      const seats = new Set(connections.map((c) => c.subscriptionId).filter((id): id is string => id !== null));
      for (const subscriptionId of seats) await deps.licensing.releaseSeat({ subscriptionId, deviceId });
      await deps.audit.record('device.disconnected', {
        accountId,
        ip: request.ip ?? null,
        userAgent: request.userAgent ?? null,
        details: { deviceId },
      });
      await deps.events.record('device.disconnected', { accountId, deviceId, by: 'account' });
      return true;
    });
  };
}
