// /metrics in the Prometheus text format: requests by route and status, their durations, business counters, Node and process series.
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics/index.js';

export function installMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the raw URL: ids in paths would make unbounded series.
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched' };
    metrics.httpRequests.inc({ ...labels, status: String(reply.statusCode) });
    metrics.httpDuration.observe(labels, reply.elapsedTime / 1000);
    done();
  });

  app.get('/metrics', { schema: { hide: true } as object }, async (_request, reply) => {
    reply.type(metrics.contentType);
    return metrics.text();
  });
}
