// A Prometheus counter whose hot-path increments are plain numbers, handed to prom-client when /metrics is read.
import { Counter, type CounterConfiguration } from 'prom-client';

/** One series of a tallied counter: `inc` adds to a number, nothing else. */
export interface Tally {
  inc(): void;
}

/**
 * prom-client hashes a series' labels on every `inc`, even through a child from `labels()`: a string built per call,
 * on each of the counters every check-in bumps. A tally is found once per series; its count moves into the counter
 * in the counter's `collect`, which prom-client runs before every read (/metrics, `get()`), so a reader never sees
 * less than was counted.
 */
export function talliedCounter<T extends string>(config: Omit<CounterConfiguration<T>, 'collect'>) {
  const tallies = new Map<string, { labels: Partial<Record<T, string>>; count: number }>();
  const labelNames = (config.labelNames ?? []) as readonly T[];
  const counter = new Counter<T>({
    ...config,
    collect() {
      for (const tally of tallies.values()) {
        if (tally.count === 0) continue;
        this.inc(tally.labels, tally.count);
        tally.count = 0;
      }
    },
  });
  return {
    counter,
    /** The series of these label values (in `labelNames` order), found once; keep it. */
    tally(...values: string[]): Tally {
      const key = values.join('\u0000');
      let tally = tallies.get(key);
      if (!tally) {
        const labels = Object.fromEntries(labelNames.map((name, i) => [name, values[i]!])) as Partial<
          Record<T, string>
        >;
        tallies.set(key, (tally = { labels, count: 0 }));
      }
      const held = tally;
      return {
        inc() {
          held.count += 1;
        },
      };
    },
  };
}
