// An app ends its own connection (the SDK's disconnect): the device keeps its other apps, and gives up its seat only
// when none of them still uses that subscription; when no app is left, the device is disconnected too (it no longer
// counts against the account's device limit). All of it is one transaction.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { Outcome } from '../errors/index.js';
import type { DeviceStore } from './device-store.js';
import type { DeviceService } from './device-service.js';
import type { EntitlementPort } from './check-in.js';
import type { EventRecorder } from '../webhooks/index.js';

export function createDisconnectApp(deps: {
  store: DeviceStore;
  devices: DeviceService;
  licensing: Pick<EntitlementPort, 'releaseSeat'>;
  events: EventRecorder;
  clock: Clock;
  unitOfWork: UnitOfWork;
}) {
  const { store } = deps;
  return async function disconnectApp(credential: string): Promise<Outcome<object, 'DEVICE_CREDENTIAL_INVALID'>> {
    return deps.unitOfWork.run(async () => {
      const connection = await deps.devices.findByCredential(credential);
      if (!connection) return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
      // Lock order: account, then connections and device, then the subscription (as connect and device disconnect).
      await store.lockAccountDevices(connection.accountId);
      const now = deps.clock.now();
      // Conditional: of racing disconnects of one app, one revokes; the others find nothing left to do.
      if (!(await store.revokeConnection(connection.id, now))) return { ok: false, code: 'DEVICE_CREDENTIAL_INVALID' };
      const others = (await store.listConnections(connection.deviceId)).filter(
        (c) => c.id !== connection.id && c.revokedAt === null,
      );
      if (others.length === 0 && (await store.disconnectDevice(connection.deviceId, connection.accountId, now)))
        await deps.events.record('device.disconnected', {
          accountId: connection.accountId,
          deviceId: connection.deviceId,
          by: 'app',
        });
      if (connection.subscriptionId && !others.some((c) => c.subscriptionId === connection.subscriptionId)) {
        await deps.licensing.releaseSeat({ subscriptionId: connection.subscriptionId, deviceId: connection.deviceId });
      }
      return { ok: true };
    });
  };
}
