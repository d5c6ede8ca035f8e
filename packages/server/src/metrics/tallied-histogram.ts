// A Prometheus histogram whose hot-path observations are a bucket index and three additions, exposed when read.
import type { Registry } from 'prom-client';

/** One series of a tallied histogram: `observe` counts a value in its bucket, nothing else. */
export interface HistogramTally {
  observe(value: number): void;
}

interface Series {
  labels: Record<string, string>;
  /** Per bucket (the last is +Inf), not cumulative: cumulated when read. */
  counts: Float64Array;
  sum: number;
  count: number;
}

/**
 * prom-client's histogram hashes the labels and checks them on every `observe`, even through a child from
 * `labels()` (0.7 µs a call in a tight loop, more between a request's other work), and every request observes one.
 * This one is found once per series and observes into plain numbers; it is registered as a metric of the registry
 * (the `get()` prom-client calls for the text and for `getMetricsAsJSON`), with the same series prom-client's
 * histogram gives: cumulative `_bucket{le=…}` up to `+Inf`, `_sum` and `_count`.
 */
export function talliedHistogram<T extends string>(config: {
  name: string;
  help: string;
  labelNames: readonly T[];
  buckets: readonly number[];
  registers: Registry[];
}) {
  const { name, help, labelNames, buckets } = config;
  const series = new Map<string, Series>();
  const metric = {
    name,
    help,
    type: 'histogram' as const,
    aggregator: 'sum' as const,
    get() {
      const values: Array<{ labels: Record<string, string | number>; value: number; metricName: string }> = [];
      for (const s of series.values()) {
        let cumulative = 0;
        buckets.forEach((le, i) => {
          cumulative += s.counts[i]!;
          values.push({ labels: { le, ...s.labels }, value: cumulative, metricName: `${name}_bucket` });
        });
        values.push({ labels: { le: '+Inf', ...s.labels }, value: s.count, metricName: `${name}_bucket` });
        values.push({ labels: s.labels, value: s.sum, metricName: `${name}_sum` });
        values.push({ labels: s.labels, value: s.count, metricName: `${name}_count` });
      }
      return { name, help, type: metric.type, values, aggregator: metric.aggregator };
    },
    reset() {
      for (const s of series.values()) {
        s.counts.fill(0);
        s.sum = s.count = 0;
      }
    },
  };
  for (const registry of config.registers) registry.registerMetric(metric as never);
  return {
    /** The series of these label values (in `labelNames` order), found once; keep it. */
    tally(...values: string[]): HistogramTally {
      const key = values.join('\u0000');
      let s = series.get(key);
      if (!s) {
        const labels = Object.fromEntries(labelNames.map((label, i) => [label, values[i]!]));
        series.set(key, (s = { labels, counts: new Float64Array(buckets.length + 1), sum: 0, count: 0 }));
      }
      const held = s;
      return {
        observe(value) {
          let i = 0;
          while (i < buckets.length && value > buckets[i]!) i += 1;
          held.counts[i]! += 1;
          held.sum += value;
          held.count += 1;
        },
      };
    },
  };
}
