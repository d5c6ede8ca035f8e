// /metrics in the Prometheus text format: requests by route and status, their durations, business counters, Node and process series.
import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics/index.js';

/** One series of the HTTP count and its duration, found once: `record` counts an answered request in both. */
interface RequestSeries {
  record(milliseconds: number): void;
}
/** The series of one route pattern (never the raw URL), method and status. */
export type SeriesOf = (method: string, route: string, status: number) => RequestSeries;

/**
 * The recorder of one fast lane's answers: the HTTP series, and the lane's own count. Its series are kept per status
 * here, so an answer costs no key built and hashed (the lane's method and route never change).
 */
export function laneRecorder(metrics: Metrics, seriesOf: SeriesOf, method: string, route: string) {
  const answered = metrics.fastLaneAnswers.tally(method, route);
  const byStatus = new Map<number, RequestSeries>();
  return (status: number, milliseconds: number) => {
    let series = byStatus.get(status);
    if (!series) byStatus.set(status, (series = seriesOf(method, route, status)));
    series.record(milliseconds);
    answered.inc();
  };
}

/** Installs the per-request series and /metrics; gives back how to find a series, for requests answered outside Fastify. */
export function installMetrics(app: FastifyInstance, metrics: Metrics): SeriesOf {
  // Each series' tallies found once (tallied-counter.ts, tallied-histogram.ts): labelling by object hashes the labels
  // on every call (~2 µs a request). As many entries as series: routes × methods × statuses seen.
  const series = new Map<string, RequestSeries>();
  const seriesOf: SeriesOf = (method, route, status) => {
    const key = `${method} ${status} ${route}`;
    let found = series.get(key);
    if (!found) {
      const count = metrics.httpRequests.tally(method, route, String(status));
      const duration = metrics.httpDuration.tally(method, route);
      found = {
        record(milliseconds) {
          count.inc();
          duration.observe(milliseconds / 1000);
        },
      };
      series.set(key, found);
    }
    return found;
  };
  app.addHook('onResponse', (request, reply, done) => {
    // The route pattern, never the raw URL: ids in paths would make unbounded series.
    seriesOf(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode).record(reply.elapsedTime);
    done();
  });

  app.get('/metrics', { schema: { hide: true } as object }, async (_request, reply) => {
    reply.type(metrics.contentType);
    return metrics.text();
  });
  return seriesOf;
}
