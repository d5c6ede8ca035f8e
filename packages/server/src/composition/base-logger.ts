// The process's logger without the web's request serializer: what commands that never serve HTTP log with.
import pino, { type Logger, type LoggerOptions } from 'pino';
import type { Writable } from 'node:stream';
import { readableLogStream } from '../common/index.js';
import type { Config } from '../config/index.js';

/** JSON lines in production; in development mode one readable line per entry. `serializers` add to pino's. */
export function createBaseLogger(
  config: Config,
  out?: Pick<Writable, 'write'>,
  serializers?: LoggerOptions['serializers'],
): Logger {
  return pino(
    {
      level: config.logLevel,
      // Credentials never reach the logs, whatever a handler logs by mistake.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'code', '*.code'],
        censor: '[redacted]',
      },
      ...(serializers ? { serializers } : {}),
    },
    config.dev ? readableLogStream(out ?? process.stdout) : (out ?? pino.destination(1)),
  );
}
