// The composition root: the core (storage and every domain wired to its ports) and the web app built from its surfaces.
import { createLogger, type Tessera, type TesseraOptions } from './composition/index.js';
import { composeTessera } from './composition/core.js';
export { createLogger, type Tessera, type TesseraCore, type TesseraOptions } from './composition/index.js';
import { buildApp } from './web/index.js';
import { api } from './http/index.js';
import { portal } from './portal/index.js';
import { admin } from './admin/index.js';
import { operatorConsole } from './console/index.js';

export async function createTessera(options: TesseraOptions): Promise<Tessera> {
  const logger = options.logger ?? createLogger(options.config);
  return composeTessera({ ...options, logger }, async (services, log) => {
    const app = await buildApp(services, log, [api, portal, admin, operatorConsole]);
    await app.ready();
    return app;
  });
}
