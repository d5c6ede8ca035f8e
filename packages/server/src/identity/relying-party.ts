// The WebAuthn relying party from the configuration, defaulting to the public URL or the listen address.
import { isIP } from 'node:net';
import type { RelyingParty } from './passkey-service.js';

export interface RelyingPartyConfig {
  rpId?: string;
  rpName?: string;
  origins: readonly string[];
  productName: string;
}

/**
 * `base` is the public URL when configured, else where the server listens (known only once it does, so this is read
 * per ceremony). An IP address cannot be an RP id: browsers then use `localhost`, and its origin on the same port.
 */
export function relyingPartyOf(config: RelyingPartyConfig, base: string): RelyingParty {
  const url = new URL(base);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const local = isIP(host) !== 0;
  const id = config.rpId ?? (local ? 'localhost' : host);
  let origins: string[] = [...config.origins];
  if (origins.length === 0) {
    origins = [url.origin];
    if (local) origins.push(`${url.protocol}//localhost${url.port ? `:${url.port}` : ''}`);
  }
  return { id, name: config.rpName ?? config.productName, origins };
}
