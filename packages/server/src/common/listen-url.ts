// The address this server answers on, as a URL: what links in emails use when no public URL is configured.
import type { AddressInfo } from 'node:net';

/** From the bound socket (the real port, even when 0 was asked for), else the configured host and port. */
export function listenUrl(bound: AddressInfo | string | null, config: { host: string; port: number }): string {
  const address = bound && typeof bound === 'object' ? bound : undefined;
  const host = address?.address ?? config.host;
  const port = address?.port ?? config.port;
  // A wildcard address is no place to send a browser to: the machine itself is.
  const reachable = host === '0.0.0.0' || host === '::' || host === '' ? 'localhost' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}
