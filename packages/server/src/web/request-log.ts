// The access log's controller: one line per request, except on routes that say `config: { accessLog: false }`.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * False on a route a fleet calls all day (check-in): no access line, warnings and errors still logged, and /metrics
     * counts it. Decided here rather than by a route `logLevel`, which makes pino rebuild every log method of each
     * request's child logger.
     */
    accessLog?: boolean;
  }
}

const quiet = (request: FastifyRequest) => request.routeOptions.config.accessLog === false;

export class RequestLog extends LogController {
  constructor() {
    super({ disableRequestLogging: quiet });
  }
}

/** Development mode's request log: one short line when a request completes, so the demo's banner stays on screen. */
export class BriefRequestLog extends RequestLog {
  override incomingRequest(): void {}
  override routeNotFound(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (quiet(request)) return;
    // The path without its query: a query may carry a token (an invitation link).
    const line = `${request.method} ${request.url.split('?')[0]} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`;
    if (error) reply.log.error({ err: error }, line);
    else reply.log.info(line);
  }
}
