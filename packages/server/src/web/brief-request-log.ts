// Development mode's request log: one short line when a request completes, so the demo's banner stays on screen.
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

export class BriefRequestLog extends LogController {
  override incomingRequest(): void {}
  override routeNotFound(): void {}
  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    // The path without its query: a query may carry a token (an invitation link).
    const line = `${request.method} ${request.url.split('?')[0]} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`;
    if (error) reply.log.error({ err: error }, line);
    else reply.log.info(line);
  }
}
