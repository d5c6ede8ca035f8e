// /metrics in the Prometheus text format: requests by route and status, their durations, business counters, Node and process series.
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics/index.js';

export function installMetrics(app: FastifyInstance, metrics: Metrics): void {
  // Each series' children, found once: labelling by object hashes the labels on every call (~2 µs a request).
  // As many entries as series: routes × methods × statuses seen.
  const series = new Map<string, { count: { inc(): void }; duration: { observe(seconds: number): void } }>();
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the raw URL: ids in paths would make unbounded series.
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `${request.method} ${reply.statusCode} ${route}`;
    let children = series.get(key);
    if (!children) {
      children = {
        count: metrics.httpRequests.labels(request.method, route, String(reply.statusCode)),
        duration: metrics.httpDuration.labels(request.method, route),
      };
      series.set(key, children);
    }
    children.count.inc();
    children.duration.observe(reply.elapsedTime / 1000);
    done();
  });

  app.get('/metrics', { schema: { hide: true } as object }, async (_request, reply) => {
    reply.type(metrics.contentType);
    return metrics.text();
  });
}
