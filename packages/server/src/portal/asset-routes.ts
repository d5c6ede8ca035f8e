// Serves the stylesheet and the script under content-hashed names, so browsers may keep them for a year.
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { SCRIPT } from './assets/script.js';
import { STYLESHEET } from './assets/stylesheet.js';

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 12);
const ASSETS = {
  css: { path: `/portal/assets/portal.${hashOf(STYLESHEET)}.css`, type: 'text/css; charset=utf-8', body: STYLESHEET },
  js: { path: `/portal/assets/portal.${hashOf(SCRIPT)}.js`, type: 'text/javascript; charset=utf-8', body: SCRIPT },
};

export const ASSET_PATHS = { css: ASSETS.css.path, js: ASSETS.js.path };

export function assetRoutes(scope: FastifyInstance): void {
  for (const asset of Object.values(ASSETS)) {
    scope.get(asset.path, { schema: { hide: true } }, async (_request, reply) =>
      reply.header('cache-control', 'public, max-age=31536000, immutable').type(asset.type).send(asset.body),
    );
  }
}
