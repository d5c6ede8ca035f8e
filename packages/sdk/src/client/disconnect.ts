// disconnect(): ends this app's connection on the server, then locally (handing the shared credential on).
import { TesseraError, type DeviceStorePort } from '../api.js';
import { serverError, serverFailure, type Http } from './http.js';
import type { LocalState } from './local-state.js';

/** The client's `disconnect()` (run one at a time by the client). */
export function createDisconnect(deps: {
  http: Http;
  store: DeviceStorePort;
  server: string;
  appId: string;
  local: LocalState;
}) {
  const { http, store, server, appId, local } = deps;
  return async function disconnect(): Promise<void> {
    const app = await store.readApp(appId);
    if (!app) return;
    if (app.server !== server) {
      throw new TesseraError(
        'INVALID_OPTIONS',
        `This app is connected to ${app.server}; disconnect with a client for that server.`,
      );
    }
    // Unreachable: the local state stays, so the app can try again rather than leave a connection behind.
    const reply = await http.send('POST', '/v1/connections/disconnect', { credential: app.credential });
    // A credential the server no longer knows means the connection is already over there.
    if (reply.status !== 200 && serverError(reply.body)?.code !== 'DEVICE_CREDENTIAL_INVALID')
      throw serverFailure(reply, 'Disconnecting');
    await local.forget();
  };
}
