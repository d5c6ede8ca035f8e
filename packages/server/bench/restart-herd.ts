// The fleet simulation's last phases: an instance killed and started again (its cache empty) and every app of the
// pool arriving once, at the rate a warm instance took, as a fleet does whose apps were due while it was down: each
// check-in then needs the database. Once with load shedding off and once on, so its effect is measured.
import { setTimeout as delay } from 'node:timers/promises';
import { watchProcess, type Child, type LoopDelay } from './ipc.js';
import { latencyQuantile, type LoadRun } from './kit.js';
import { startServer } from './check-in-bench.js';
import type { Target } from './check-in-figures.js';
import { count, ms } from './report.js';
import type { ServerReady, ServerSpec } from './server-process.js';

/** Shedding off, and the defaults (config schema: 2,000 check-ins at the database at once, 200 ms of lateness). */
const SETTINGS = {
  off: { maxReadsInFlight: 0, shedAfterLagMs: 0 },
  on: {},
} as const;

/** A device per connection, as a fleet is: the queue then forms in the server, where shedding can see it. */
export const HERD_CONNECTIONS = 2000;

/** `apps` arrivals at `rate` a second: the counts of each second, the last one partial. */
export function herdArrivals(apps: number, rate: number): number[] {
  const perSecond = Math.max(1, Math.round(rate));
  return Array.from({ length: Math.ceil(apps / perSecond) }, (_, s) => Math.min(perSecond, apps - s * perSecond));
}

/**
 * Kills `server` (SIGKILL, as a crash does) and serves its data from a new process for each setting in turn; each
 * takes every one of the `apps` of the pool once, `rate` arriving a second, on HERD_CONNECTIONS connections. Returns
 * the last server, to close.
 */
export async function restartHerd(options: {
  server: Child<ServerReady>;
  spec: Extract<ServerSpec, { kind: 'tessera' }>;
  dataDir: string;
  load: Child;
  apps: number;
  rate: number;
}): Promise<Target> {
  let server = options.server;
  try {
    let target: Target | undefined;
    for (const [name, checkIn] of Object.entries(SETTINGS)) {
      const exited = new Promise((resolve) => server.process.once('exit', resolve));
      server.process.kill('SIGKILL');
      await exited;
      target = await startServer('fleet', { ...options.spec, seeded: { dataDir: options.dataDir }, checkIn });
      server = target.child;
      // As a balancer does, it waits for the instance to answer before sending it the fleet.
      await delay(1000);
      await measureHerd(name, target, options);
    }
    return target!;
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** One herd on a restarted `target`: every app of the pool once, and its line. */
async function measureHerd(name: string, target: Target, options: { load: Child; apps: number; rate: number }) {
  const server = target.child;
  await options.load.request('shed');
  const handledBefore = await server.request<number>('handled');
  await server.request('loopDelay', { start: true });
  const watched = await watchProcess(server.pid, () =>
    options.load.request<LoadRun>('run', {
      url: target.ready.url,
      mode: 'check-in',
      target: 'fleet',
      connections: HERD_CONNECTIONS,
      planMayChange: true,
      arrivals: herdArrivals(options.apps, options.rate),
    }),
  );
  const loop = await server.request<LoopDelay>('loopDelay', { start: false });
  const handled = (await server.request<number>('handled')) - handledBefore;
  const shed = await options.load.request<number>('shed');
  const { kinds, errors, timeouts, seconds } = watched.result;
  const answered = kinds[0]!.expected - shed;
  console.log(
    `restarted, its cache empty, shedding ${name} (${count(options.apps)} apps once, ${Math.round(options.rate)}/s ` +
      `arriving, latency from when each was due): ${answered} answered and ${shed} told to come back later ` +
      `(503) in ${seconds.toFixed(1)} s; p50 ${ms(latencyQuantile(kinds, 0.5))}, p99 ` +
      `${ms(latencyQuantile(kinds, 0.99))} of every answer; the server's longest event-loop turn ` +
      `${ms(loop.maxMs)} (every other request waits that long too), p99 of its turns ${ms(loop.p99Ms)}; server ` +
      `CPU ${((watched.cpuMs * 1000) / Math.max(1, handled)).toFixed(0)} µs per request; ` +
      `${kinds[0]!.unexpected + errors + timeouts} unexpected`,
  );
}
