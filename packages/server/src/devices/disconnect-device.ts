// Disconnecting a device from the portal or API: its apps lose their connections and seats at once.
import type { Clock } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { DeviceStore } from './device-store.js';
import type { EntitlementPort } from './check-in.js';

export function createDisconnectDevice(deps: { store: DeviceStore; licensing: Pick<EntitlementPort, 'releaseSeat'>; audit: AuditLog; clock: Clock }) {
  return async function disconnectDevice(accountId: string, deviceId: string, request: { ip?: string; userAgent?: string | null } = {}): Promise<boolean> {
    const connections = await deps.store.listConnections(deviceId);
    if (!(await deps.store.disconnectDevice(deviceId, accountId, deps.clock.now()))) return false;
    const seats = new Set(connections.map((c) => c.subscriptionId).filter((id): id is string => id !== null));
    for (const subscriptionId of seats) await deps.licensing.releaseSeat({ subscriptionId, deviceId });
    await deps.audit.record('device.disconnected', { accountId, ip: request.ip ?? null, userAgent: request.userAgent ?? null, details: { deviceId } });
    return true;
  };
}
