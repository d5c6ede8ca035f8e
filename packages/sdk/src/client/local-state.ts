// Writes what a connection leaves on the device: this app's state, the shared credential, and its hand-over.
import { maskEmail } from '@tessera/protocol';
import type { AppState, DeviceState, DeviceStorePort } from '../api.js';

type Ended = 'DEVICE_DISCONNECTED' | 'DEVICE_CREDENTIAL_INVALID';

/** The writes that follow connecting, checking in and disconnecting. */
export interface LocalState {
  /** A finished connect flow: this app's state, then the device state (its credential becomes the shared one). */
  saveConnection(input: {
    deviceId: string;
    accountId: string;
    email: string;
    credential: string;
    licenseToken: string;
  }): Promise<void>;
  /** A check-in: the rotated credential and token, written before anything else can fail; returns the state written. */
  saveCheckIn(app: AppState, credential: string, licenseToken: string): Promise<AppState>;
  /** This app's connection is over: remove its state, and hand the shared credential on (or clear it). */
  forget(ended?: Ended): Promise<void>;
}

/** The local state of one app of one server. */
export function createLocalState(deps: {
  store: DeviceStorePort;
  server: string;
  appId: string;
  clock: () => number;
}): LocalState {
  const { store, server, appId, clock } = deps;
  const now = () => new Date(clock()).toISOString();

  /** The device state of this server; a damaged one is replaced rather than blocking the app. */
  const readDevice = async (): Promise<DeviceState | undefined> => {
    const device = await store.readDevice().catch(() => undefined);
    return device?.server === server ? device : undefined;
  };

  const endedWithout = (ended: DeviceState['endedApps']) => {
    if (!ended || !Object.hasOwn(ended, appId)) return ended;
    const { [appId]: _gone, ...rest } = ended;
    return Object.keys(rest).length ? rest : undefined;
  };

  /** Another app of the same device (so the same account) whose credential can stand for the device. */
  async function successor(device: DeviceState): Promise<DeviceState['shared']> {
    const ids = (await store.listApps?.().catch(() => [])) ?? [];
    let best: AppState | undefined;
    for (const id of ids) {
      if (id === appId) continue;
      const other = await store.readApp(id).catch(() => undefined);
      if (!other || other.server !== server || other.deviceId !== device.deviceId) continue;
      if (!best || other.lastCheckInAt > best.lastCheckInAt) best = other;
    }
    return best ? { appId: best.appId, credential: best.credential } : null;
  }

  return {
    async saveConnection(input) {
      const at = now();
      await store.writeApp(appId, {
        server,
        appId,
        deviceId: input.deviceId,
        accountId: input.accountId,
        credential: input.credential,
        licenseToken: input.licenseToken,
        connectedAt: at,
        lastCheckInAt: at,
      });
      const endedApps = endedWithout((await readDevice())?.endedApps);
      await store.writeDevice({
        server,
        deviceId: input.deviceId,
        accountHint: maskEmail(input.email),
        shared: { appId, credential: input.credential },
        ...(endedApps ? { endedApps } : {}),
      });
    },

    async saveCheckIn(app, credential, licenseToken) {
      const saved = { ...app, credential, licenseToken, lastCheckInAt: now() };
      await store.writeApp(appId, saved);
      const device = await readDevice();
      if (device?.shared?.appId !== appId || device.shared.credential === credential) return saved;
      // Best effort: a stale shared credential only means another app gets the password step instead of
      // "account found"; failing the check-in for it would be worse.
      await store.writeDevice({ ...device, shared: { appId, credential } }).catch(() => undefined);
      return saved;
    },

    async forget(ended) {
      await store.removeApp(appId);
      const device = await readDevice();
      if (!device) return;
      let shared = device.shared;
      // A disconnected device takes its other apps with it: their credentials are no use to anyone.
      if (shared?.appId === appId) shared = ended === 'DEVICE_DISCONNECTED' ? null : await successor(device);
      const endedApps = ended
        ? { ...device.endedApps, [appId]: { code: ended, at: now() } }
        : endedWithout(device.endedApps);
      const { endedApps: _old, ...rest } = device;
      await store.writeDevice({ ...rest, shared, ...(endedApps ? { endedApps } : {}) });
    },
  };
}
