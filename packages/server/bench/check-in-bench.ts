// Check-in figures, every server and the load generator in separate processes: 10k and 1M devices, SQLite and PostgreSQL.
import { Child, watchProcess, type MemoryLimits } from './ipc.js';
import { SERVER_MEMORY_MB } from './memory-cgroup.js';
import {
  alternate,
  checksOf,
  figure,
  latencyQuantile,
  median,
  sum,
  type Bench,
  type Figure,
  type LoadRun,
} from './kit.js';
import type { LoadJob } from './load-process.js';
import { wrkAvailable } from './wrk-load.js';
import { count } from './report.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-postgres.js';
import type { ServerReady, ServerSpec } from './server-process.js';

/** One measured run against one server process. */
interface Measured {
  run: LoadRun;
  /** CPU time the server process used during the run. */
  serverCpuMs: number;
  peakRssKiB: number;
  /** SQL statements the server sent during the run (and the drain of requests in flight at its end). */
  statements: number;
  /** Requests the server answered meanwhile (its own count: responses in flight at the end included). */
  handled: number;
  /** The server's `process.memoryUsage()` at the end of the run. */
  memory: NodeJS.MemoryUsage;
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

const SERVER = './server-process.ts';
const LOAD = './load-process.ts';

async function startServer(label: string, spec: ServerSpec, scratch?: ScratchDatabase, root?: string): Promise<Target> {
  let child: Child<ServerReady> | undefined;
  try {
    child = new Child<ServerReady>(SERVER, spec, {
      compiled: true,
      memoryLimitMB: SERVER_MEMORY_MB,
      ...(root ? { root } : {}),
    });
    const ready = await child.ready;
    const limits = await child.request<MemoryLimits>('limits');
    return { label, child, ready, limits, runs: [], uncached: [], ...(scratch ? { scratch } : {}) };
  } catch (error) {
    await child?.close();
    await scratch?.drop();
    throw error;
  }
}

/**
 * A seeded Tessera: one process seeds and exits, a fresh one serves the data, so the server's RSS is its own and
 * not what the bulk loader (its SQLite page cache, a million ids and credentials) left behind.
 */
export async function startSeededTessera(
  label: string,
  spec: Extract<ServerSpec, { kind: 'tessera' }>,
  scratch?: ScratchDatabase,
  /** Another checkout whose build serves (compare-builds.ts); this one's when unset. */
  root?: string,
): Promise<Target> {
  const seeder = new Child<ServerReady>(
    SERVER,
    { ...spec, seedOnly: true },
    { compiled: true, ...(root ? { root } : {}) },
  );
  let seeded: ServerReady;
  try {
    seeded = await seeder.ready;
  } catch (error) {
    await scratch?.drop();
    throw error;
  } finally {
    await seeder.close();
  }
  const target = await startServer(label, { ...spec, seeded: { dataDir: seeded.dataDir! } }, scratch, root);
  return { ...target, ready: { ...target.ready, seed: seeded.seed!, pool: seeded.pool! } };
}

export async function stopServer(target: Target): Promise<void> {
  await target.child.close();
  await target.scratch?.drop();
}

export async function measure(load: Child, target: Target, job: Omit<LoadJob, 'url'>): Promise<Measured> {
  const counts = () =>
    Promise.all([target.child.request<number>('statements'), target.child.request<number>('handled')]);
  const before = await counts();
  const watched = await watchProcess(target.child.pid, () =>
    load.request<LoadRun>('run', { ...job, url: target.ready.url }),
  );
  const after = await counts();
  const memory = await target.child.request<NodeJS.MemoryUsage>('memory');
  return {
    memory,
    run: watched.result,
    serverCpuMs: watched.cpuMs,
    peakRssKiB: watched.peakRssKiB,
    statements: after[0] - before[0],
    handled: after[1] - before[1],
  };
}

/** Requests the server answered: CPU and statements are divided by these, not by what the client saw in time. */
const handled = (runs: Measured[]) => sum(runs.map((m) => m.handled));
const rateOf = (runs: Measured[]) =>
  sum(runs.map((m) => m.run.kinds[0]!.expected)) / sum(runs.map((m) => m.run.seconds));
const kindsOf = (runs: Measured[]) => runs.map((m) => m.run.kinds[0]!);
/** Each run's rate over the rate of the run alternated with it in the same cycle (one per round). */
const roundRatios = (runs: Measured[], against: Measured[]) =>
  runs.map((m, i) => m.run.kinds[0]!.rate / against[i]!.run.kinds[0]!.rate);
const serverCpuUs = (runs: Measured[]) => (sum(runs.map((m) => m.serverCpuMs)) * 1000) / handled(runs);
/** The load generator's own CPU per request it got answered (what it would take from the server on a shared core). */
const loadCpuUs = (runs: Measured[]) => (sum(runs.map((m) => m.run.cpuMs)) * 1000) / handled(runs);
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

function baselineFigure(name: string, server: Target, runs: Measured[]): Figure {
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
      `server CPU ${serverCpuUs(runs).toFixed(0)} µs per request; load generator CPU ${loadCpuUs(runs).toFixed(0)} µs ` +
      `per request; server RSS peak ${peakRssMB(runs).toFixed(0)} MB (${limitsOf(server)})`,
  });
}

const RSS_GOAL_MB = 200;
const P99_GOAL_MS = 10;

type Phase = 'cached' | 'uncached';
/** The bare servers' runs of one phase of one dialect, alternated with its check-in runs. */
interface Baselines {
  fastify: Measured[];
  node: Measured[];
}
const PHASE_NAME: Record<Phase, string> = { cached: 'cached', uncached: 'every answer read' };
const runsOf = (target: Target, phase: Phase) => (phase === 'cached' ? target.runs : target.uncached);

/**
 * `fastifyRuns`: the bare Fastify rounds alternated with these runs, one per round, so each round also reads as a ratio
 * to the baseline round of its own cycle; their median is what one disturbed round moves least.
 */
function checkInFigure(
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
      `p99 per round ${runs.map((m) => latencyQuantile([m.run.kinds[0]!], 0.99).toFixed(1)).join(' ')} ms; ` +
      `vs bare node:http ${(rate / node.value).toFixed(2)}; p99 goal ≤ ${P99_GOAL_MS} ms: ${p99 <= P99_GOAL_MS ? 'met' : 'NOT MET'} ` +
      // The goal read beside what the baseline itself reaches at the same 100 connections on this machine.
      `(bare Fastify's own p99 ${fastify.p99Ms?.toFixed(1) ?? '?'} ms); ` +
      `server RSS peak ${rss.toFixed(0)} MB (goal ≤ ${RSS_GOAL_MB}: ${rss <= RSS_GOAL_MB ? 'met' : 'NOT MET'}; ${limitsOf(target)}; ${memoryOf(runs)}); ` +
      `${perRequest(runs).toFixed(2)} SQL statements per check-in (counted); server CPU ${serverCpuUs(runs).toFixed(0)} µs per check-in`,
  });
}

function scaleFigure(dialect: string, phase: Phase, small: Target, large: Target, devices: [number, number]): Figure {
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
function cacheFigure(target: Target, cache: { answers: number; bytes: number; live: number; rss: number }): Figure {
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
const LAST_SEEN_APPS = 20_000;
interface LastSeenCost {
  apps: number;
  wallUs: number;
  cpuUs: number;
}

/**
 * What writing one app's last-seen time costs, beside what answering its check-in from the cache costs: a fleet pays
 * the first once per check-in interval, or once per `checkIn.lastSeenGranularitySeconds` when that is longer.
 */
function lastSeenFigure(target: Target, cost: LastSeenCost): Figure {
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

function seedFigure(target: Target): Figure {
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

export const checkInBench: Bench = {
  name: 'check-in',
  async run(ctx) {
    const s = ctx.settings;
    // wrk when it is here (wrk-load.ts says why), for the baselines and the check-ins alike.
    const tool = wrkAvailable() ? 'wrk' : 'autocannon';
    if (tool === 'autocannon') ctx.progress('wrk not found: autocannon loads the check-in runs (apt-get install wrk)');
    const job = { connections: s.checkInConnections, seconds: s.checkInSeconds, tool } as const;
    const figures: Figure[] = [];
    const load = new Child(LOAD, {});
    const fastify = await startServer('bare Fastify', { kind: 'fastify' });
    const node = await startServer('bare node:http', { kind: 'node-http' });
    // Each phase of each dialect is divided by the baseline rounds run between its own runs, not by the whole run's: a
    // machine that slowed during one dialect's half (seen: bare Fastify at 18k req/s then, 38k in the other) would
    // otherwise lend one half the other's speed.
    const groups: Array<{ dialect: 'sqlite' | 'postgres'; targets: Target[]; baselines: Record<Phase, Baselines> }> =
      [];
    const lastSeen = new Map<Target, LastSeenCost>();
    try {
      await load.ready;
      const dialects = s.postgresUrl ? (['sqlite', 'postgres'] as const) : (['sqlite'] as const);
      if (!s.postgresUrl) ctx.progress('PostgreSQL skipped: no --postgres=URL nor TESSERA_TEST_POSTGRES_URL');
      for (const dialect of dialects) {
        const baselines: Record<Phase, Baselines> = {
          cached: { fastify: [], node: [] },
          uncached: { fastify: [], node: [] },
        };
        const group = { dialect, targets: [] as Target[], baselines };
        groups.push(group);
        for (const devices of s.checkInDevices) {
          const label = `${dialect}, ${count(devices)} devices`;
          ctx.progress(`${label}: server process, accounts through the service, devices in bulk SQL`);
          const scratch =
            dialect === 'postgres' ? await createScratchDatabase(s.postgresUrl!, count(devices)) : undefined;
          const spec: Extract<ServerSpec, { kind: 'tessera' }> = {
            kind: 'tessera',
            devices,
            pool: s.checkInPool,
            ...(scratch ? { databaseUrl: scratch.url } : {}),
          };
          const target = await startSeededTessera(label, spec, scratch);
          group.targets.push(target);
          await load.request('pool', { target: label, pool: target.ready.pool });
          figures.push(seedFigure(target));
        }

        // A first check-in re-issues (connect keeps no token for check-in); then passes until every answer is the
        // unchanged one a fleet gets every interval, the one the cache keeps (and the only one a wrk run expects).
        for (const t of group.targets) {
          ctx.progress(
            `${t.label}: every pool credential checks in until its answer is unchanged (first check-ins re-issue)`,
          );
          await load.request('prime', { url: t.ready.url, target: t.label });
          const passes = await load.request<number>('settle', { url: t.ready.url, target: t.label });
          if (passes < 0) throw new Error(`${t.label}: check-in answers still changed after several passes`);
          await t.child.request('quiesce');
        }
        ctx.progress(`${dialect}: warm-up, ${s.warmupSeconds} s per server`);
        const warm = { ...job, seconds: s.warmupSeconds };
        await measure(load, fastify, { ...warm, mode: 'hello' });
        await measure(load, node, { ...warm, mode: 'hello' });
        for (const t of group.targets) await measure(load, t, { ...warm, mode: 'check-in', target: t.label });

        // The cached runs first, then every cache off (which empties it) for the runs that read each answer.
        for (const phase of ['cached', 'uncached'] as const) {
          if (phase === 'uncached') for (const t of group.targets) await t.child.request('cache', { enabled: false });
          for (const target of alternate(s.checkInRounds, fastify, node, ...group.targets)) {
            const bare = target === fastify || target === node;
            ctx.progress(
              `${target.label}${bare ? '' : `, ${PHASE_NAME[phase]}`}: ${job.connections} connections, ${job.seconds} s`,
            );
            const measured = await measure(load, target, {
              ...job,
              mode: bare ? 'hello' : 'check-in',
              target: target.label,
            });
            const baselineRuns = baselines[phase][target === fastify ? 'fastify' : 'node'];
            (bare ? baselineRuns : runsOf(target, phase)).push(measured);
          }
        }
        // What a cached answer holds (how many one instance can keep is the plan's question), last: the full
        // collections it takes leave V8 a small heap to grow again, which slowed the runs measured after them.
        for (const t of group.targets) {
          lastSeen.set(t, await t.child.request('lastSeenCost', { apps: LAST_SEEN_APPS }));
          await t.child.request('cache', { enabled: true });
          // Twice: the first keeps each answer, the second (a hit) makes the JSON the route keeps beside it.
          for (let pass = 0; pass < 2; pass++) await load.request('prime', { url: t.ready.url, target: t.label });
          figures.push(cacheFigure(t, await t.child.request('cacheBytes')));
          await stopServer(t);
        }
      }

      for (const { dialect, targets, baselines } of groups) {
        for (const phase of ['cached', 'uncached'] as const) {
          const during = `(baseline, its rounds between the ${dialect} ${PHASE_NAME[phase]} runs)`;
          const fastifyFigure = baselineFigure(`bare Fastify GET / ${during}`, fastify, baselines[phase].fastify);
          const nodeFigure = baselineFigure(`bare node:http hello ${during}`, node, baselines[phase].node);
          figures.push(fastifyFigure, nodeFigure);
          for (const target of targets)
            figures.push(checkInFigure(target, phase, fastifyFigure, nodeFigure, baselines[phase].fastify, tool));
          if (phase === 'cached') for (const t of targets) figures.push(lastSeenFigure(t, lastSeen.get(t)!));
          const [small, large] = targets as [Target, Target];
          figures.push(scaleFigure(dialect, phase, small, large, s.checkInDevices));
        }
      }
      return figures;
    } finally {
      for (const { targets } of groups) for (const t of targets) await stopServer(t).catch(() => {});
      await fastify.child.close();
      await node.child.close();
      await load.close();
    }
  },
};
