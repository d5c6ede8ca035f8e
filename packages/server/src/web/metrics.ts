// /metrics in the Prometheus text format: requests by route and status, their durations, business counters, Node and process series.
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics/index.js';

/** Counts one answered request in the HTTP series (`route` is the pattern, never the raw URL). */
export type RecordRequest = (method: string, route: string, status: number, milliseconds: number) => void;

/** The recorder of one fast lane's answers: the HTTP series, and the lane's own count. */
export function laneRecorder(metrics: Metrics, record: RecordRequest, method: string, route: string) {
  const answered = metrics.fastLaneAnswers.tally(method, route);
  return (status: number, milliseconds: number) => {
    record(method, route, status, milliseconds);
    answered.inc();
  };
}

/** Installs the per-request series and /metrics; gives back the recorder, for requests answered outside Fastify. */
export function installMetrics(app: FastifyInstance, metrics: Metrics): RecordRequest {
  // Each series' tally and histogram child, found once: labelling by object hashes the labels on every call (~2 µs a
  // request); the histogram's child still hashes on each `observe`, the count is a number to add to.
  // As many entries as series: routes × methods × statuses seen.
  const series = new Map<string, { count: { inc(): void }; duration: { observe(seconds: number): void } }>();
  const record: RecordRequest = (method, route, status, milliseconds) => {
    const key = `${method} ${status} ${route}`;
    let children = series.get(key);
    if (!children) {
      children = {
        count: metrics.httpRequests.tally(method, route, String(status)),
        duration: metrics.httpDuration.labels(method, route),
      };
      series.set(key, children);
    }
    children.count.inc();
    children.duration.observe(milliseconds / 1000);
  };
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the raw URL: ids in paths would make unbounded series.
    record(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime);
    done();
  });

  app.get('/metrics', { schema: { hide: true } as object }, async (_request, reply) => {
    reply.type(metrics.contentType);
    return metrics.text();
  });
  return record;
}
