// Serves the stylesheet, the script and the WebAuthn browser library under content-hashed names, so browsers may
// keep them for a year.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { SCRIPT } from './assets/script.js';
import { STYLESHEET } from './assets/stylesheet.js';

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 12);
/** @simplewebauthn/browser's own UMD bundle (global `SimpleWebAuthnBrowser`), served from here: no CDN. */
const WEBAUTHN = readFileSync(
  join(dirname(createRequire(import.meta.url).resolve('@simplewebauthn/browser')), '../dist/bundle/index.umd.min.js'),
  'utf8',
);
const ASSETS = {
  css: { path: `/portal/assets/portal.${hashOf(STYLESHEET)}.css`, type: 'text/css; charset=utf-8', body: STYLESHEET },
  js: { path: `/portal/assets/portal.${hashOf(SCRIPT)}.js`, type: 'text/javascript; charset=utf-8', body: SCRIPT },
  webauthn: {
    path: `/portal/assets/webauthn.${hashOf(WEBAUTHN)}.js`,
    type: 'text/javascript; charset=utf-8',
    body: WEBAUTHN,
  },
};

export const ASSET_PATHS = { css: ASSETS.css.path, js: ASSETS.js.path, webauthn: ASSETS.webauthn.path };

export function assetRoutes(scope: FastifyInstance): void {
  for (const asset of Object.values(ASSETS)) {
    scope.get(asset.path, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=31536000, immutable').type(asset.type).send(asset.body),
    );
  }
}
