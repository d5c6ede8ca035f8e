// Prometheus metrics in the text exposition format: requests by route and status, and their durations.
import type { FastifyInstance } from 'fastify';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

interface Series { count: number; sum: number; buckets: number[] }

const label = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

export function installMetrics(app: FastifyInstance): void {
  const requests = new Map<string, number>();
  const durations = new Map<string, Series>();
  const started = Date.now();

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: ids in paths would make unbounded series.
    const route = request.routeOptions.url ?? 'unmatched';
    const key = `method="${request.method}",route="${label(route)}"`;
    const withStatus = `${key},status="${reply.statusCode}"`;
    requests.set(withStatus, (requests.get(withStatus) ?? 0) + 1);
    const seconds = reply.elapsedTime / 1000;
    const series = durations.get(key) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) };
    series.count += 1;
    series.sum += seconds;
    BUCKETS.forEach((bound, i) => { if (seconds <= bound) series.buckets[i]! += 1; });
    durations.set(key, series);
  });

  app.get('/metrics', { schema: { hide: true } as object }, async (_request, reply) => {
    const lines = [
      '# HELP tessera_http_requests_total HTTP requests by route and status.',
      '# TYPE tessera_http_requests_total counter',
      ...[...requests].map(([k, v]) => `tessera_http_requests_total{${k}} ${v}`),
      '# HELP tessera_http_request_duration_seconds HTTP request durations by route.',
      '# TYPE tessera_http_request_duration_seconds histogram',
    ];
    for (const [k, s] of durations) {
      BUCKETS.forEach((bound, i) => lines.push(`tessera_http_request_duration_seconds_bucket{${k},le="${bound}"} ${s.buckets[i]}`));
      lines.push(`tessera_http_request_duration_seconds_bucket{${k},le="+Inf"} ${s.count}`);
      lines.push(`tessera_http_request_duration_seconds_sum{${k}} ${s.sum}`);
      lines.push(`tessera_http_request_duration_seconds_count{${k}} ${s.count}`);
    }
    const memory = process.memoryUsage();
    lines.push(
      '# TYPE tessera_process_uptime_seconds gauge', `tessera_process_uptime_seconds ${(Date.now() - started) / 1000}`,
      '# TYPE tessera_process_resident_memory_bytes gauge', `tessera_process_resident_memory_bytes ${memory.rss}`,
      '# TYPE tessera_process_heap_used_bytes gauge', `tessera_process_heap_used_bytes ${memory.heapUsed}`,
    );
    reply.type('text/plain; version=0.0.4');
    return `${lines.join('\n')}\n`;
  });
}
