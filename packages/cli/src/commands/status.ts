// `tessera status`: the offline license check (never touches the network).
import type { Command } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { connectedLines, notConnectedLines } from '../status-view.js';

export const statusCommand: Command = async ({ open, out, t }) => {
  const app = await open();
  const status = await app.client.status();
  out.result({ ok: status.state === 'connected', appId: app.appId, server: app.server, status });
  if (status.state === 'connected') {
    for (const line of connectedLines(status, app.appId, t)) out.line(line);
    return EXIT.OK;
  }
  for (const line of notConnectedLines(status, app.appFlag, t)) out.line(line);
  return EXIT.NOT_CONNECTED;
};
