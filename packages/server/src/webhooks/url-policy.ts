// Which URLs a webhook may be sent to: http(s) without credentials, and no loopback or private address unless the
// operator allows them (the worker runs inside the vendor's network, so a URL must not reach what it guards).
import { BlockList, isIP } from 'node:net';

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  PRIVATE.addSubnet(net, prefix, 'ipv6');

/** Loopback, private, link-local, shared, multicast or reserved: anything that is not the public internet. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 4) return PRIVATE.check(bare, 'ipv4');
  if (family !== 6) return false;
  // An IPv4 address written as IPv6 (::ffff:10.0.0.1) is judged as the IPv4 address it is.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare);
  if (mapped) return PRIVATE.check(mapped[1]!, 'ipv4');
  return PRIVATE.check(bare, 'ipv6');
}

/**
 * Checks a webhook URL as typed; a name is checked again at every delivery, on the addresses it resolves to then
 * (see the sender), so a name that later points inside is refused too.
 */
export function checkWebhookUrl(
  input: string,
  options: { allowPrivate: boolean },
): { ok: true; url: string } | { ok: false; problem: string } {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, problem: 'url: not a URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem: 'url: http or https only' };
  if (url.username || url.password) return { ok: false, problem: 'url: no credentials in the URL' };
  if (url.href.length > 2000) return { ok: false, problem: 'url: at most 2000 characters' };
  if (url.hash) return { ok: false, problem: 'url: no fragment' };
  const host = url.hostname.toLowerCase();
  if (!options.allowPrivate) {
    if (host === 'localhost' || host.endsWith('.localhost') || isPrivateAddress(host))
      return {
        ok: false,
        problem: 'url: loopback and private addresses are refused (config webhooks.allowPrivateUrls allows them)',
      };
  }
  return { ok: true, url: url.href };
}
