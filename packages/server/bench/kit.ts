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
}

export interface Settings {
  quick: boolean;
  /** In-flight sign-ins (HTTP connections) and in-flight raw verifies: enough to keep libuv's thread pool busy. */
  loadConnections: number;
  /** Baseline/subject alternations for throughput figures (order A S S A ... so linear drift cancels). */
  throughputRounds: number;
  throughputRoundSeconds: number;
  /** The bare-Fastify baseline, with the connection count and duration the check-in figure will use. */
  bareConnections: number;
  bareSeconds: number;
  /** Unknown-email vs wrong-password: pairs of runs (ABBA order) and their length, at low concurrency. */
  latencyConnections: number;
  latencyPairs: number;
  latencyRunSeconds: number;
  /** Existing accounts (wrong-password and successful sign-ins rotate over them) and as many unknown emails. */
  accounts: number;
  warmupSeconds: number;
}

export function settingsFor(quick: boolean): Settings {
  return quick
    ? {
        quick, loadConnections: 8, throughputRounds: 2, throughputRoundSeconds: 2, bareConnections: 10, bareSeconds: 2,
        latencyConnections: 2, latencyPairs: 2, latencyRunSeconds: 1, accounts: 200, warmupSeconds: 1,
      }
    : {
        quick, loadConnections: 8, throughputRounds: 2, throughputRoundSeconds: 6, bareConnections: 10, bareSeconds: 5,
        latencyConnections: 2, latencyPairs: 4, latencyRunSeconds: 3, accounts: 200, warmupSeconds: 2,
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
  const met = ratio === null || !input.goal ? null
    : (input.goal.min === undefined || ratio >= input.goal.min) && (input.goal.max === undefined || ratio <= input.goal.max);
  return { ...input, ratio, met };
}

/** Round order that cancels linear drift: round 0 = [a, b], round 1 = [b, a], … */
export function alternate<T>(rounds: number, a: T, b: T): T[] {
  const order: T[] = [];
  for (let i = 0; i < rounds; i++) order.push(...(i % 2 === 0 ? [a, b] : [b, a]));
  return order;
}

export interface LoadRun {
  /** Responses that passed `expect`. */
  expected: number;
  unexpected: number;
  samples: string[];
  errors: number;
  timeouts: number;
  seconds: number;
  /** Expected responses per second. */
  rate: number;
  /** Mean latency of expected responses, from autocannon's sub-millisecond response times (its histogram keeps whole ms). */
  latencySumMs: number;
  latencyCount: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  /** Fixed path, or a fresh path and body for every request (e.g. a new flow id). */
  path?: string;
  next?: () => { path: string; body?: string };
  expect(status: number, body: string): boolean;
}

export function runLoad(options: LoadOptions): Promise<LoadRun> {
  let expected = 0;
  let unexpected = 0;
  let lastExpected = false;
  let latencySumMs = 0;
  let latencyCount = 0;
  const samples: string[] = [];
  const request: autocannon.Request = {
    method: options.method,
    headers: options.method === 'POST' ? { 'content-type': 'application/json' } : {},
    ...(options.path ? { path: options.path } : {}),
    ...(options.next ? { setupRequest: (req: autocannon.Request) => ({ ...req, ...options.next!() }) } : {}),
    onResponse(status, body) {
      lastExpected = options.expect(status, body);
      if (lastExpected) expected += 1;
      else {
        unexpected += 1;
        if (samples.length < 3) samples.push(`${status} ${body.slice(0, 240)}`);
      }
    },
  };
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: options.url, connections: options.connections, duration: options.seconds, requests: [request] },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          expected, unexpected, samples, errors: result.errors, timeouts: result.timeouts, seconds: result.duration,
          rate: expected / result.duration, latencySumMs, latencyCount,
        });
      },
    );
    // autocannon reports the body (onResponse above) and then, synchronously, the response time of the same response.
    instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => {
      if (!lastExpected) return;
      latencySumMs += ms;
      latencyCount += 1;
    });
  });
}

/** Sums several runs into one set of checks; transport errors and timeouts count as unexpected. */
export function checksOf(runs: LoadRun[]): NonNullable<Figure['checks']> {
  const samples = runs.flatMap((r) => r.samples).slice(0, 3);
  const transport = runs.reduce((n, r) => n + r.errors + r.timeouts, 0);
  if (transport) samples.push(`${transport} transport errors/timeouts`);
  return {
    expected: runs.reduce((n, r) => n + r.expected, 0),
    unexpected: runs.reduce((n, r) => n + r.unexpected, 0) + transport,
    samples,
  };
}

export const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
