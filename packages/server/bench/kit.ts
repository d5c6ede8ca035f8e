// Shared pieces of the benchmark: figure, bench and settings types, the autocannon load runner, ratio helpers.
import autocannon from 'autocannon';
import type { BenchServer } from './bench-server.js';

/** A ratio's acceptable range; either end may be open. */
export interface Goal {
  min?: number;
  max?: number;
}

/** One printed line and one JSON entry: a value, the baseline measured in the same run, and their ratio. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Null for the baselines themselves. */
  baseline: { name: string; value: number; unit: string } | null;
  ratio: number | null;
  goal: Goal | null;
  /** Whether the ratio is within the goal; null when there is no goal. */
  met: boolean | null;
  /** Responses the bench checked: a figure built on unexpected responses measures the wrong thing. */
  checks?: { expected: number; unexpected: number; samples: string[] };
  /** Per-round values, to see the drift the alternation is meant to cancel. */
  rounds?: number[];
  /** A supporting number printed after the figure (e.g. the median beside a mean). */
  note?: string;
  /** Median and 99th-percentile latency of the expected responses, printed right after the ratio. */
  p50Ms?: number;
  p99Ms?: number;
}

export type Mode = 'full' | 'quick' | 'smoke';

export interface Settings {
  /** `quick` (a shorter run while developing) or `smoke` (seconds; check-in only, for the test that the bench runs). */
  mode: Mode;
  quick: boolean;
  /** In-flight sign-ins (HTTP connections) and in-flight raw verifies: enough to keep libuv's thread pool busy. */
  loadConnections: number;
  /** Baseline/subject alternations for throughput figures (order A S S A ... so linear drift cancels). */
  throughputRounds: number;
  throughputRoundSeconds: number;
  /** Connections of every check-in and baseline run (server and load generator in separate processes). */
  checkInConnections: number;
  /** Seconds of each check-in or baseline run. */
  checkInSeconds: number;
  /** Stored devices of each check-in server (small, large): the large one is 1M, or 100k with --quick. */
  checkInDevices: [number, number];
  /** Seeded credentials the load rotates through, spread over the whole table. */
  checkInPool: number;
  /** Alternations of the baselines and the two check-in servers (order F N S L, L S N F, …). */
  checkInRounds: number;
  /**
   * Unmeasured seconds of a round's own load just before it, every server alike: a fleet keeps its servers busy, and
   * one back from idle pays for it in its first seconds (measured after 30–70 s; the ~10 s a server waits here while
   * the others run is enough, by V8's memory reducer, for its heap to start shrinking; docs/scale-rounds.md,
   * "Twenty-first round").
   */
  checkInRoundWarmupSeconds: number;
  /** A scratch database is created (and dropped) on this PostgreSQL server; unset, PostgreSQL is skipped. */
  postgresUrl: string | undefined;
  /** Unknown-email vs wrong-password: runs that interleave the two request by request (order swapped each run). */
  latencyConnections: number;
  latencyRuns: number;
  latencyRunSeconds: number;
  /** Existing accounts (wrong-password and successful sign-ins rotate over them) and as many unknown emails. */
  accounts: number;
  warmupSeconds: number;
}

export function settingsFor(mode: Mode, postgresUrl: string | undefined): Settings {
  const common = { mode, quick: mode !== 'full', postgresUrl, checkInConnections: 100, loadConnections: 8 };
  if (mode === 'smoke')
    return {
      ...common,
      throughputRounds: 1,
      throughputRoundSeconds: 1,
      checkInSeconds: 1,
      checkInDevices: [1_000, 2_000],
      checkInPool: 500,
      checkInRounds: 1,
      checkInRoundWarmupSeconds: 0,
      latencyConnections: 2,
      latencyRuns: 1,
      latencyRunSeconds: 1,
      accounts: 20,
      warmupSeconds: 0.5,
    };
  return mode === 'quick'
    ? {
        ...common,
        throughputRounds: 2,
        throughputRoundSeconds: 2,
        checkInSeconds: 3,
        checkInDevices: [10_000, 100_000],
        checkInPool: 20_000,
        checkInRounds: 1,
        checkInRoundWarmupSeconds: 1,
        latencyConnections: 2,
        latencyRuns: 2,
        latencyRunSeconds: 2,
        accounts: 200,
        warmupSeconds: 1,
      }
    : {
        ...common,
        throughputRounds: 4,
        throughputRoundSeconds: 3,
        // Four short rounds rather than two long ones: this machine's speed swings within a minute, and a round
        // disturbed among four moves the rounds' median (printed beside each ratio) less.
        checkInSeconds: 3,
        checkInDevices: [10_000, 1_000_000],
        checkInPool: 20_000,
        checkInRounds: 4,
        checkInRoundWarmupSeconds: 1,
        latencyConnections: 2,
        latencyRuns: 4,
        latencyRunSeconds: 5,
        accounts: 200,
        warmupSeconds: 2,
      };
}

export interface BenchContext {
  settings: Settings;
  /** A real Tessera on a temporary SQLite directory, started on first use and shared by every bench. */
  server(): Promise<BenchServer>;
  /** Progress lines (stderr), not figures. */
  progress(line: string): void;
}

/** A named bench; a new figure (check-in, …) is a new entry in run.ts's list. */
export interface Bench {
  name: string;
  run(ctx: BenchContext): Promise<Figure[]>;
}

export function figure(input: Omit<Figure, 'ratio' | 'met'> & { ratio?: number | null }): Figure {
  const ratio = input.ratio !== undefined ? input.ratio : input.baseline ? input.value / input.baseline.value : null;
  const met =
    ratio === null || !input.goal
      ? null
      : (input.goal.min === undefined || ratio >= input.goal.min) &&
        (input.goal.max === undefined || ratio <= input.goal.max);
  return { ...input, ratio, met };
}

/** Round order that cancels linear drift: round 0 = [a, b, …], round 1 = […, b, a], … */
export function alternate<T>(rounds: number, ...kinds: T[]): T[] {
  const order: T[] = [];
  for (let i = 0; i < rounds; i++) order.push(...(i % 2 === 0 ? kinds : [...kinds].reverse()));
  return order;
}

/** What one kind of request in a load run came back with. */
export interface KindRun {
  label: string;
  /** Responses that passed the kind's `expect`. */
  expected: number;
  unexpected: number;
  samples: string[];
  /** Expected responses per second. */
  rate: number;
  /**
   * Latency of the responses, each request's own: with autocannon the expected ones, from its sub-millisecond response
   * times (its histogram keeps whole ms); with wrk all of them, its histogram with its coordinated-omission correction
   * undone (wrk-histogram.ts).
   */
  latencySumMs: number;
  latencyCount: number;
  /** Every latency summed above, for the median. */
  latencies: number[];
  /**
   * wrk only: its histogram as it prints it, corrected for coordinated omission (wrk-histogram.ts); `latencies` holds
   * the requests' own.
   */
  correctedLatencies?: number[];
}

export interface LoadRun {
  seconds: number;
  /** CPU time of the whole process (server, its thread pool and the autocannon client) during the run. */
  cpuMs: number;
  errors: number;
  timeouts: number;
  /** In the order of `LoadOptions.requests`. */
  kinds: KindRun[];
}

/** autocannon's per-connection context: what `next` stores in it, `expect` finds for the response to that request. */
export type RequestContext = Record<string, unknown>;

export interface LoadRequest {
  label: string;
  /** Fixed path, or a fresh path and body for every request (e.g. a new flow id). */
  path?: string;
  next?: (context: RequestContext) => { path: string; body?: string; headers?: Record<string, string> };
  expect(status: number, body: string, context: RequestContext): boolean;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  /** Each connection sends these in turn (a, b, a, b, …): two kinds interleaved request by request see the same drift. */
  requests: LoadRequest[];
  /** Requests per second over all connections (autocannon's overallRate); unset, as fast as the server answers. */
  rate?: number;
}

/** A kind of request before its run has answered any. */
export const emptyKind = (label: string): KindRun => ({
  label,
  expected: 0,
  unexpected: 0,
  samples: [],
  rate: 0,
  latencySumMs: 0,
  latencyCount: 0,
  latencies: [],
});

export function runLoad(options: LoadOptions): Promise<LoadRun> {
  let last: KindRun | undefined;
  const kinds = options.requests.map((r) => emptyKind(r.label));
  const requests = options.requests.map((r, i): autocannon.Request => {
    const kind = kinds[i]!;
    return {
      method: options.method,
      headers: options.method === 'POST' ? { 'content-type': 'application/json' } : {},
      ...(r.path ? { path: r.path } : {}),
      ...(r.next
        ? { setupRequest: (req: autocannon.Request, context: RequestContext) => ({ ...req, ...r.next!(context) }) }
        : {}),
      onResponse(status, body, context) {
        const ok = r.expect(status, body, context);
        last = ok ? kind : undefined;
        if (ok) kind.expected += 1;
        else {
          kind.unexpected += 1;
          if (kind.samples.length < 3) kind.samples.push(`${kind.label}: ${status} ${body.slice(0, 240)}`);
        }
      },
    };
  });
  const cpu = process.cpuUsage();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        requests,
        ...(options.rate ? { overallRate: options.rate } : {}),
      },
      (error, result) => {
        if (error) return reject(error);
        const used = process.cpuUsage(cpu);
        for (const kind of kinds) kind.rate = kind.expected / result.duration;
        resolve({
          seconds: result.duration,
          cpuMs: (used.user + used.system) / 1000,
          errors: result.errors,
          timeouts: result.timeouts,
          kinds,
        });
      },
    );
    // autocannon reports the body (onResponse above) and then, synchronously, the response time of the same response.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      if (!last) return;
      last.latencySumMs += ms;
      last.latencyCount += 1;
      last.latencies.push(ms);
      last = undefined;
    });
  });
}

export const meanLatency = (kinds: KindRun[]) =>
  sum(kinds.map((k) => k.latencySumMs)) / sum(kinds.map((k) => k.latencyCount));

export function median(values: number[]): number {
  const all = [...values].sort((a, b) => a - b);
  const mid = all.length >> 1;
  return all.length % 2 ? all[mid]! : (all[mid - 1]! + all[mid]!) / 2;
}

export const medianLatency = (kinds: KindRun[]) => median(kinds.flatMap((k) => k.latencies));

/** The q-quantile (0–1) of the expected responses' latencies, nearest rank. */
export function latencyQuantile(kinds: KindRun[], q: number, which: 'own' | 'corrected' = 'own'): number {
  const all = kinds
    .flatMap((k) => (which === 'own' ? k.latencies : (k.correctedLatencies ?? [])))
    .sort((a, b) => a - b);
  return all.length ? all[Math.min(all.length - 1, Math.ceil(q * all.length) - 1)]! : Number.NaN;
}

/** Sums runs into one set of checks; transport errors and timeouts count as unexpected. */
export function checksOf(runs: LoadRun[]): NonNullable<Figure['checks']> {
  const kinds = runs.flatMap((r) => r.kinds);
  const samples = kinds.flatMap((k) => k.samples).slice(0, 3);
  const transport = sum(runs.map((r) => r.errors + r.timeouts));
  if (transport) samples.push(`${transport} transport errors/timeouts`);
  return {
    expected: sum(kinds.map((k) => k.expected)),
    unexpected: sum(kinds.map((k) => k.unexpected)) + transport,
    samples,
  };
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
