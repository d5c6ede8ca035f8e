// The process's logger: JSON lines in production, readable lines in development, credentials redacted either way.
import pino, { type Logger } from 'pino';
import type { Writable } from 'node:stream';
import { readableLogStream } from '../common/index.js';
import type { Config } from '../config/index.js';
import { requestSerializer } from '../web/index.js';

/** JSON lines in production; in development mode one readable line per entry (and per request: see buildApp). */
export function createLogger(config: Config, out?: Pick<Writable, 'write'>): Logger {
  return pino(
    {
      level: config.logLevel,
      // Credentials never reach the logs, whatever a handler logs by mistake.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'code', '*.code'],
        censor: '[redacted]',
      },
      // The access log's URLs lose their secrets (an invitation link's token, a code in a query).
      serializers: { req: requestSerializer },
    },
    config.dev ? readableLogStream(out ?? process.stdout) : (out ?? pino.destination(1)),
  );
}
