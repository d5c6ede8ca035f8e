// The check-in bench's figures: what each measured run holds, and the lines printed from the runs of one phase.
import type { Child, LoopDelay, MemoryLimits } from './ipc.js';
import { SERVER_MEMORY_MB } from './memory-cgroup.js';
import { checksOf, figure, latencyQuantile, median, sum, type Figure, type LoadRun } from './kit.js';
import { count } from './report.js';
import type { ScratchDatabase } from './scratch-postgres.js';
import type { ServerReady } from './server-process.js';

/** One measured run against one server process. */
export interface Measured {
  run: LoadRun;
  /** CPU time the server process used during the run, and its main thread alone. */
  serverCpuMs: number;
  serverMainCpuMs: number;
  peakRssKiB: number;
  /** SQL statements the server sent during the run (and the drain of requests in flight at its end). */
  statements: number;
  /** Requests the server answered meanwhile (its own count: responses in flight at the end included). */
  handled: number;
  /** The server's `process.memoryUsage()` at the end of the run. */
  memory: NodeJS.MemoryUsage;
  /** The server's event-loop turns during the run (their p99 and longest): its own stalls, GC pauses included. */
  loop: LoopDelay;
}

export interface Target {
  label: string;
  child: Child<ServerReady>;
  ready: ServerReady;
  /** The memory the server was given and the heap limit Node took from it, as the server reports them. */
  limits: MemoryLimits;
  scratch?: ScratchDatabase;
  /** Runs with the check-in cache on, warm (every pool credential's answer cached): a check-in costs no SQL. */
  runs: Measured[];
  /** Runs with the cache off: every check-in reads its row, what a fleet checking in less often than the cache lives sees. */
  uncached: Measured[];
}

/** Requests the server answered: CPU and statements are divided by these, not by what the client saw in time. */
const handled = (runs: Measured[]) => sum(runs.map((m) => m.handled));
export const rateOf = (runs: Measured[]) =>
  sum(runs.map((m) => m.run.kinds[0]!.expected)) / sum(runs.map((m) => m.run.seconds));
const kindsOf = (runs: Measured[]) => runs.map((m) => m.run.kinds[0]!);
/** Each run's rate over the rate of the run alternated with it in the same cycle (one per round). */
const roundRatios = (runs: Measured[], against: Measured[]) =>
  runs.map((m, i) => m.run.kinds[0]!.rate / against[i]!.run.kinds[0]!.rate);
/** Milliseconds of something over the runs, as µs per request the server answered. */
const perHandledUs = (runs: Measured[], ms: (m: Measured) => number) => (sum(runs.map(ms)) * 1000) / handled(runs);
export const serverCpuUs = (runs: Measured[]) => perHandledUs(runs, (m) => m.serverCpuMs);
/** Each run's own server CPU per request, in round order. */
const cpuPerRoundUs = (runs: Measured[]) => runs.map((m) => serverCpuUs([m]));
/**
 * How often the server collected: a major collection's pause is short, but while its marking runs (V8's helper threads,
 * and steps on the main thread) every pointer the server writes goes through the marking barrier.
 */
const collections = (runs: Measured[], per: string) => {
  if (!runs.every((m) => m.loop.majorGcs !== undefined)) return '';
  const scavenges = sum(runs.map((m) => m.loop.minorGcs!));
  const every = scavenges ? ` a scavenge every ${Math.round(handled(runs) / scavenges)} ${per}s,` : '';
  const majors = sum(runs.map((m) => m.loop.majorGcs!));
  return `;${every} ${majors} major collection${majors === 1 ? '' : 's'}`;
};
/**
 * Where the server's CPU went: its main thread (and the garbage-collection pauses on it), and its other threads (V8's
 * concurrent collector and compiler, libuv's pool), with each round's total. A server process can cost far more than
 * its twin of the same build in the same seconds, in one state seen by collecting garbage (docs/scale-rounds.md,
 * "Eighteenth round"): this says where each run's CPU went.
 */
export const cpuSplitOf = (runs: Measured[], per = 'request') => {
  // A server of another checkout's build (bench:compare) may not report its pauses.
  const pauses = runs.every((m) => m.loop.gcMs !== undefined)
    ? ` (garbage-collection pauses ${perHandledUs(runs, (m) => m.loop.gcMs!).toFixed(1)}, major ${perHandledUs(runs, (m) => m.loop.majorGcMs!).toFixed(1)}${collections(runs, per)})`
    : '';
  const rounds = cpuPerRoundUs(runs)
    .map((us) => us.toFixed(0))
    .join(' ');
  return (
    `server CPU ${serverCpuUs(runs).toFixed(0)} µs per ${per}: main thread ${perHandledUs(runs, (m) => m.serverMainCpuMs).toFixed(0)}${pauses}, ` +
    `other threads ${perHandledUs(runs, (m) => m.serverCpuMs - m.serverMainCpuMs).toFixed(1)}; ` +
    `per round ${rounds} µs`
  );
};
/** The load generator's own CPU per request it got answered (what it would take from the server on a shared core). */
const loadCpuUs = (runs: Measured[]) => perHandledUs(runs, (m) => m.run.cpuMs);
/**
 * wrk's own reading of the same runs, corrected for coordinated omission (wrk-histogram.ts: what arrivals at a steady
 * rate would have waited); empty for autocannon, which keeps the requests' own latencies only.
 */
const correctedP99 = (runs: Measured[]) => {
  const p99 = latencyQuantile(kindsOf(runs), 0.99, 'corrected');
  return Number.isNaN(p99) ? '' : `; wrk's p99 corrected for coordinated omission ${p99.toFixed(1)} ms`;
};
const p99PerRound = (runs: Measured[]) =>
  runs.map((m) => latencyQuantile([m.run.kinds[0]!], 0.99).toFixed(1)).join(' ');
/**
 * The server's own share of a latency tail: each round's longest event-loop turn (Node's delay histogram, 1 ms
 * resolution). A client p99 far above it waited outside the server's JavaScript (the kernel, the client, the machine).
 */
const loopOf = (runs: Measured[]) =>
  `the server's longest event-loop turn per round ${runs.map((m) => m.loop.maxMs.toFixed(1)).join(' ')} ms ` +
  `(p99 of its turns ${median(runs.map((m) => m.loop.p99Ms)).toFixed(1)} ms, rounds' median)`;
/** A line's latency tail: each round's p99, the server's own turns beside it, and wrk's corrected reading. */
const tailOf = (runs: Measured[]) => `p99 per round ${p99PerRound(runs)} ms, ${loopOf(runs)}${correctedP99(runs)}`;
const peakRssMB = (runs: Measured[]) => Math.max(...runs.map((m) => m.peakRssKiB)) / 1024;
const perRequest = (runs: Measured[]) => sum(runs.map((m) => m.statements)) / handled(runs);
const MB = (bytes: number) => (bytes / 1048576).toFixed(0);
/** The memory the server was given, and the heap limit Node took from it (as the server saw them). */
const limitsOf = ({ limits }: Target) => {
  const why = SERVER_MEMORY_MB ? 'no cgroup could be made here' : 'TESSERA_BENCH_MEMORY_MB=0';
  const memory = limits.memoryLimit ? `in a ${MB(limits.memoryLimit)} MB memory cgroup` : `no memory limit (${why})`;
  return `${memory}, V8 heap limit ${MB(limits.heapLimit)} MB`;
};
/** Where the RSS went, at the end of the run that ended with the most heap in use. */
const memoryOf = (runs: Measured[]) => {
  const m = runs.map((r) => r.memory).reduce((a, b) => (b.heapUsed > a.heapUsed ? b : a));
  return `heap ${MB(m.heapUsed)} of ${MB(m.heapTotal)} MB, outside the heap ${MB(m.external)} MB (buffers ${MB(m.arrayBuffers)})`;
};

export function baselineFigure(name: string, server: Target, runs: Measured[]): Figure {
  return figure({
    name,
    value: rateOf(runs),
    unit: 'req/s',
    baseline: null,
    goal: null,
    p50Ms: latencyQuantile(kindsOf(runs), 0.5),
    p99Ms: latencyQuantile(kindsOf(runs), 0.99),
    checks: checksOf(runs.map((m) => m.run)),
    rounds: runs.map((m) => m.run.kinds[0]!.rate),
    note:
      `${cpuSplitOf(runs)}; load generator CPU ${loadCpuUs(runs).toFixed(0)} µs ` +
      `per request; ${tailOf(runs)}; server RSS peak ${peakRssMB(runs).toFixed(0)} MB (${limitsOf(server)})`,
  });
}

const RSS_GOAL_MB = 200;
const P99_GOAL_MS = 10;

/**
 * Bare Fastify rounds further apart than this (their server CPU a request, the same work each round) mark a phase in
 * which the machine's speed moved: in the nineteenth round's six runs most misses came in phases whose baseline rounds
 * were a third or more apart (docs/scale-rounds.md). A line marked steady that misses a goal missed it at one speed of
 * the machine, which the bare Fastify line gives.
 */
const UNSTEADY_SPREAD = 1.25;

/** How steady the machine was while a phase ran, read off the bare Fastify rounds alternated with its runs. */
function steadinessOf(fastifyRuns: Measured[]): string {
  const perRound = cpuPerRoundUs(fastifyRuns);
  if (perRound.length < 2) return "machine's steadiness not read in this phase (one bare Fastify round)";
  const low = Math.min(...perRound);
  const high = Math.max(...perRound);
  const spread = high / low;
  const range = `bare Fastify's rounds ${low.toFixed(0)}–${high.toFixed(0)} µs a request, ${spread.toFixed(2)}× apart`;
  return spread > UNSTEADY_SPREAD
    ? `machine UNSTEADY in this phase (${range}, over ${UNSTEADY_SPREAD}×: its goals read the machine as much as Tessera)`
    : `machine steady in this phase (${range})`;
}

export type Phase = 'cached' | 'uncached';
/** The bare servers' runs of one phase of one dialect, alternated with its check-in runs. */
export interface Baselines {
  fastify: Measured[];
  node: Measured[];
}
export const PHASE_NAME: Record<Phase, string> = { cached: 'cached', uncached: 'every answer read' };
export const runsOf = (target: Target, phase: Phase) => (phase === 'cached' ? target.runs : target.uncached);

/**
 * `fastifyRuns`: the bare Fastify rounds alternated with these runs, one per round, so each round also reads as a ratio
 * to the baseline round of its own cycle; their median is what one disturbed round moves least.
 */
export function checkInFigure(
  target: Target,
  phase: Phase,
  fastify: Figure,
  node: Figure,
  fastifyRuns: Measured[],
  tool: string,
): Figure {
  const runs = runsOf(target, phase);
  const rounds = roundRatios(runs, fastifyRuns);
  const p99 = latencyQuantile(kindsOf(runs), 0.99);
  const rss = peakRssMB(runs);
  const rate = rateOf(runs);
  return figure({
    name: `check-in (${target.label}, ${PHASE_NAME[phase]}) vs bare Fastify`,
    value: rate,
    unit: 'req/s',
    baseline: { name: fastify.name, value: fastify.value, unit: fastify.unit },
    goal: { min: 0.6 },
    p50Ms: latencyQuantile(kindsOf(runs), 0.5),
    p99Ms: p99,
    checks: checksOf(runs.map((m) => m.run)),
    rounds,
    note:
      `load generator ${tool}, ${loadCpuUs(runs).toFixed(0)} µs of its CPU per check-in; ` +
      `the rounds read against the bare Fastify round of their own cycle; their median ${median(rounds).toFixed(2)}; ` +
      `${steadinessOf(fastifyRuns)}; ${tailOf(runs)}; ` +
      `vs bare node:http ${(rate / node.value).toFixed(2)}; p99 goal ≤ ${P99_GOAL_MS} ms: ${p99 <= P99_GOAL_MS ? 'met' : 'NOT MET'} ` +
      // The goal read beside what the baseline itself reaches at the same 100 connections on this machine.
      `(bare Fastify's own p99 ${fastify.p99Ms?.toFixed(1) ?? '?'} ms); ` +
      `server RSS peak ${rss.toFixed(0)} MB (goal ≤ ${RSS_GOAL_MB}: ${rss <= RSS_GOAL_MB ? 'met' : 'NOT MET'}; ${limitsOf(target)}; ${memoryOf(runs)}); ` +
      `${perRequest(runs).toFixed(2)} SQL statements per check-in (counted); ${cpuSplitOf(runs, 'check-in')}`,
  });
}

export function scaleFigure(
  dialect: string,
  phase: Phase,
  small: Target,
  large: Target,
  devices: [number, number],
): Figure {
  const [smallRuns, largeRuns] = [runsOf(small, phase), runsOf(large, phase)];
  const rounds = roundRatios(largeRuns, smallRuns);
  return figure({
    name: `check-in (${dialect}, ${PHASE_NAME[phase]}) at ${count(devices[1])} vs ${count(devices[0])} devices`,
    value: rateOf(largeRuns),
    unit: 'req/s',
    baseline: { name: small.label, value: rateOf(smallRuns), unit: 'req/s' },
    goal: { min: 0.9 },
    rounds,
    // The median of the rounds moves least with one disturbed round; CPU-seconds less than throughput with other
    // processes taking the cores at different moments.
    note:
      `median of the rounds ${median(rounds).toFixed(2)}; per server CPU-second ratio ${(serverCpuUs(smallRuns) / serverCpuUs(largeRuns)).toFixed(2)} ` +
      `(${serverCpuUs(largeRuns).toFixed(0)} vs ${serverCpuUs(smallRuns).toFixed(0)} µs per check-in)`,
  });
}

/** A bench server's seeding, as its own line (not a ratio: how long the bench setup takes). */
export function cacheFigure(
  target: Target,
  cache: { answers: number; bytes: number; live: number; rss: number },
): Figure {
  return {
    name: `check-in cache (${target.label}): memory per cached answer`,
    value: Math.round(cache.bytes),
    unit: 'bytes',
    baseline: null,
    ratio: null,
    goal: null,
    met: null,
    note:
      `${count(cache.answers)} answers, V8's heap and memory outside it after full collections, with them and without; ` +
      `live with them ${MB(cache.live)} MB, the process's RSS then ${MB(cache.rss)} MB (the rest: Node and its ` +
      `libraries, and heap V8 keeps after collecting)`,
  };
}

/** Apps in the timed last-seen flush: a 20k pool's worth, what one flush interval of the bench gathers. */
export const LAST_SEEN_APPS = 20_000;
export interface LastSeenCost {
  apps: number;
  wallUs: number;
  cpuUs: number;
}

/**
 * What writing one app's last-seen time costs, beside what answering its check-in from the cache costs: a fleet pays
 * the first once per check-in interval, or once per `checkIn.lastSeenGranularitySeconds` when that is longer.
 */
export function lastSeenFigure(target: Target, cost: LastSeenCost): Figure {
  return figure({
    name: `last-seen write per app (${target.label}) vs a cached check-in`,
    value: cost.wallUs,
    unit: 'µs',
    baseline: { name: 'server CPU per cached check-in', value: serverCpuUs(target.runs), unit: 'µs' },
    goal: null,
    note:
      `one flush of ${count(cost.apps)} apps (device and connection rows), granularity 0; ` +
      `server CPU ${cost.cpuUs.toFixed(1)} µs an app (on PostgreSQL the rest is the database's)`,
  });
}

export function seedFigure(target: Target): Figure {
  const seed = target.ready.seed!;
  return figure({
    name: `seeding ${target.label}`,
    value: seed.seconds,
    unit: 's',
    baseline: null,
    goal: null,
    note:
      `${Math.round(seed.devices / seed.seconds / 1000)}k devices/s in bulk SQL; ${seed.accounts} accounts, ` +
      `${count(seed.subscribed)} devices on a subscription (with seats), the rest on Free; ` +
      `load pool ${count(target.ready.pool!.length)} credentials, ${Math.round((100 * seed.poolSubscribed) / target.ready.pool!.length)}% subscribed`,
  });
}
