// The check-in bench: every server and the load generator in separate processes; 10k and 1M devices, SQLite and PostgreSQL.
import { Child, watchProcess, type LoopDelay, type MemoryLimits } from './ipc.js';
import { SERVER_MEMORY_MB } from './memory-cgroup.js';
import { alternate, type Bench, type Figure, type LoadRun } from './kit.js';
import type { LoadJob } from './load-process.js';
import { wrkAvailable } from './wrk-load.js';
import { count } from './report.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-postgres.js';
import type { ServerReady, ServerSpec } from './server-process.js';
import {
  baselineFigure,
  cacheFigure,
  checkInFigure,
  lastSeenFigure,
  LAST_SEEN_APPS,
  PHASE_NAME,
  runsOf,
  scaleFigure,
  seedFigure,
  type Baselines,
  type LastSeenCost,
  type Measured,
  type Phase,
  type Target,
} from './check-in-figures.js';

const SERVER = './server-process.ts';
const LOAD = './load-process.ts';

export async function startServer(
  label: string,
  spec: ServerSpec,
  scratch?: ScratchDatabase,
  root?: string,
): Promise<Target> {
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
  return { ...target, ready: { ...target.ready, seed: seeded.seed!, pool: seeded.pool!, dataDir: seeded.dataDir! } };
}

export async function stopServer(target: Target): Promise<void> {
  await target.child.close();
  await target.scratch?.drop();
}

export async function measure(load: Child, target: Target, job: Omit<LoadJob, 'url'>): Promise<Measured> {
  const counts = () =>
    Promise.all([target.child.request<number>('statements'), target.child.request<number>('handled')]);
  const before = await counts();
  await target.child.request('loopDelay', { start: true });
  const watched = await watchProcess(target.child.pid, () =>
    load.request<LoadRun>('run', { ...job, url: target.ready.url }),
  );
  const loop = await target.child.request<LoopDelay>('loopDelay', { start: false });
  const after = await counts();
  const memory = await target.child.request<NodeJS.MemoryUsage>('memory');
  return {
    memory,
    loop,
    run: watched.result,
    serverCpuMs: watched.cpuMs,
    serverMainCpuMs: watched.mainCpuMs,
    peakRssKiB: watched.peakRssKiB,
    statements: after[0] - before[0],
    handled: after[1] - before[1],
  };
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
    // Each phase of each dialect is divided by the baseline rounds run between its own runs, not by the whole run's: a
    // machine that slowed during one dialect's half (seen: bare Fastify at 18k req/s then, 38k in the other) would
    // otherwise lend one half the other's speed. And by baseline servers of its own, started with its check-in servers'
    // phase: one bare Fastify kept through the whole bench read 15–17 µs a request in the SQLite phase and 18–22 in
    // the PostgreSQL one of the same runs, where bare node:http read 15–16 and 14–16 (docs/scale-rounds.md,
    // "Twenty-fifth round").
    const groups: Array<{
      dialect: 'sqlite' | 'postgres';
      targets: Target[];
      bare: Target[];
      baselines: Record<Phase, Baselines>;
    }> = [];
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
        const group = { dialect, targets: [] as Target[], bare: [] as Target[], baselines };
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
        ctx.progress(`${dialect}: bare Fastify and bare node:http, each in a new process`);
        const fastify = await startServer('bare Fastify', { kind: 'fastify' });
        group.bare.push(fastify);
        const node = await startServer('bare node:http', { kind: 'node-http' });
        group.bare.push(node);
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
            const round = { ...job, mode: bare ? 'hello' : 'check-in', target: target.label } as const;
            if (s.checkInRoundWarmupSeconds > 0)
              await load.request('run', { ...round, seconds: s.checkInRoundWarmupSeconds, url: target.ready.url });
            const measured = await measure(load, target, round);
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
        for (const bare of group.bare) await bare.child.close();
      }

      for (const { dialect, targets, bare, baselines } of groups) {
        const [fastify, node] = bare as [Target, Target];
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
      for (const { targets, bare } of groups) {
        for (const t of targets) await stopServer(t).catch(() => {});
        for (const b of bare) await b.child.close();
      }
      await load.close();
    }
  },
};
