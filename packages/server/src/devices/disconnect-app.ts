// An app ends its own connection (the SDK's disconnect): the device keeps its other apps, and gives up its
// seat only when none of them still uses that subscription.
import type { Clock } from '../common/index.js';
import type { DeviceStore } from './device-store.js';
import type { DeviceService } from './device-service.js';
import type { EntitlementPort } from './check-in.js';

export function createDisconnectApp(deps: { store: DeviceStore; devices: DeviceService; licensing: Pick<EntitlementPort, 'releaseSeat'>; clock: Clock }) {
  return async function disconnectApp(credential: string): Promise<{ ok: true } | { ok: false; code: 'DEVICE_CREDENTIAL_INVALID' }> {
    const connection = await deps.devices.findByCredential(credential);
    if (!connection) return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
    await deps.store.revokeConnection(connection.id, deps.clock.now());
    if (connection.subscriptionId) {
      const others = (await deps.store.listConnections(connection.deviceId))
        .filter((c) => c.id !== connection.id && c.revokedAt === null && c.subscriptionId === connection.subscriptionId);
      if (others.length === 0) await deps.licensing.releaseSeat({ subscriptionId: connection.subscriptionId, deviceId: connection.deviceId });
    }
    return { ok: true };
  };
}
