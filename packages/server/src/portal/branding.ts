// The operator's branding from the config: logo (a URL, or a file in the data directory served here), the primary
// colour (a small stylesheet of its own), and footer links. Read once at start-up; a bad logo file fails start-up.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/index.js';

export interface Branding {
  /** The logo's address for `<img src>`, if any. */
  logo?: string;
  /** The origin an external logo comes from, for the CSP's img-src. */
  logoOrigin?: string;
  /** The path of the colour stylesheet, when the colour is not the default. */
  css?: string;
  links: Array<{ key: 'footer.support' | 'footer.privacy' | 'footer.terms'; href: string }>;
  /** What the portal serves itself: the colour stylesheet and a logo file. */
  assets: Array<{ path: string; type: string; body: string | Buffer }>;
}

const DEFAULT_COLOR = '#1d4ed8';
const MAX_LOGO_BYTES = 256 * 1024;
const LOGO_TYPES: Record<string, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
};
const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('base64url').slice(0, 12);

/** The colour's own stylesheet: the accent and its light tint, derived so a single setting recolours the portal. */
const colorSheet = (color: string) =>
  `:root { --accent: ${color}; --accent-soft: color-mix(in srgb, ${color} 9%, #ffffff); --accent-line: color-mix(in srgb, ${color} 30%, #ffffff); }\n`;

const cache = new WeakMap<Config, Branding>();

/** The branding of one (frozen) config, worked out once. */
export function brandingOf(config: Config): Branding {
  const known = cache.get(config);
  if (known) return known;
  const branding = readBranding(config);
  cache.set(config, branding);
  return branding;
}

export function brandingRoutes(scope: FastifyInstance, branding: Branding): void {
  for (const asset of branding.assets) {
    scope.get(asset.path, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=31536000, immutable').type(asset.type).send(asset.body),
    );
  }
}

function readBranding(config: Config): Branding {
  const b = config.branding;
  const links: Branding['links'] = [];
  if (b.supportUrl) links.push({ key: 'footer.support', href: b.supportUrl });
  if (b.privacyUrl) links.push({ key: 'footer.privacy', href: b.privacyUrl });
  if (b.termsUrl) links.push({ key: 'footer.terms', href: b.termsUrl });
  const branding: Branding = { links, assets: [] };
  const color = b.primaryColor.toLowerCase();
  if (color !== DEFAULT_COLOR) {
    const body = colorSheet(color);
    branding.css = `/portal/assets/brand.${hashOf(body)}.css`;
    branding.assets.push({ path: branding.css, type: 'text/css; charset=utf-8', body });
  }
  if (b.logoUrl) {
    branding.logo = b.logoUrl;
    branding.logoOrigin = new URL(b.logoUrl).origin;
  } else if (b.logoFile) {
    const data = readFileSync(join(config.dataDir, b.logoFile));
    if (data.length > MAX_LOGO_BYTES)
      throw new Error(`branding.logoFile ${b.logoFile} is larger than ${MAX_LOGO_BYTES} bytes`);
    const ext = b.logoFile.split('.').pop()!.toLowerCase();
    branding.logo = `/portal/assets/logo.${hashOf(data)}.${ext}`;
    // An SVG is served as an image only (the portal's CSP forbids its scripts); it is never inlined into a page.
    branding.assets.push({ path: branding.logo, type: LOGO_TYPES[ext]!, body: data });
  }
  return branding;
}
