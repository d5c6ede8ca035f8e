// `tessera status`: the offline license check (never touches the network).
import type { Command } from '../command-context.js';
import { EXIT } from '../exit-codes.js';
import { notConnected } from '../not-connected.js';
import { connectedLines } from '../status-view.js';

export const statusCommand: Command = async ({ open, out, t }) => {
  const app = await open();
  const status = await app.client.status();
  if (status.state !== 'connected') throw notConnected(status, app, out, t);
  out.result({ appId: app.appId, server: app.server, status });
  for (const line of connectedLines(status, app.appId, t)) out.line(line);
  return EXIT.OK;
};
