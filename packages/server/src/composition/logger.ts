// The process's logger: JSON lines in production, readable lines in development, credentials redacted either way.
import type { Logger } from 'pino';
import type { Writable } from 'node:stream';
import type { Config } from '../config/index.js';
import { requestSerializer } from '../web/index.js';
import { createBaseLogger } from './base-logger.js';

/** JSON lines in production; in development mode one readable line per entry (and per request: see buildApp). */
export function createLogger(config: Config, out?: Pick<Writable, 'write'>): Logger {
  // The access log's URLs lose their secrets (an invitation link's token, a code in a query).
  return createBaseLogger(config, out, { req: requestSerializer });
}
