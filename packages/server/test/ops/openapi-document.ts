// The OpenAPI document of a default production configuration, and the client types generated from it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { createTessera, loadConfig } from '../../src/index.js';

/** As `npm start` without --demo would serve it (no development routes), so the committed example matches production. */
export async function defaultApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-openapi-'));
  const tessera = await createTessera({ config: loadConfig({ overrides: { dataDir, logLevel: 'silent' } }) });
  try {
    return tessera.app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await tessera.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function renderClientTypes(): Promise<string> {
  const header =
    '// Generated from /openapi.json by openapi-typescript (`npm run docs`); a test fails when it is out of date.\n\n';
  return header + astToString(await openapiTS((await defaultApiDocument()) as never));
}
