// `tessera disconnect`: ends this app's connection on the server and here; the vendor's other apps stay connected.
import type { Command } from '../command-context.js';
import { EXIT } from '../exit-codes.js';

export const disconnectCommand: Command = async ({ open, out, t }) => {
  const app = await open();
  const before = await app.client.status();
  if (before.state === 'not_connected' && before.reason === 'NO_CREDENTIAL') {
    out.result({ appId: app.appId, server: app.server, disconnected: false });
    out.line(t('nothingToDisconnect', { app: app.appId }));
    return EXIT.OK;
  }
  await app.client.disconnect();
  out.result({ appId: app.appId, server: app.server, disconnected: true });
  out.line(t('disconnected', { app: app.appId }));
  return EXIT.OK;
};
