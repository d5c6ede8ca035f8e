// `npm run simulate [-- --devices=N --postgres=URL --smoke]`: replays a fleet's check-in pattern and extrapolates to 100M.
// Its last phases restart the server under the fleet's arrivals, load shedding off and on (restart-herd.ts).
import { loadavg } from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import { Child, watchProcess, type LoopDelay } from './ipc.js';
import { latencyQuantile, type LoadRun } from './kit.js';
import type { LoadJob } from './load-process.js';
import { count, ms } from './report.js';
import { createScratchDatabase, type ScratchDatabase } from './scratch-postgres.js';
import { startSeededTessera } from './check-in-bench.js';
import type { Target } from './check-in-figures.js';
import { HERD_CONNECTIONS, restartHerd } from './restart-herd.js';
import type { ServerSpec } from './server-process.js';

/** The fleet the plan is for (docs/scale.md): 100M devices, one check-in every 10 minutes each. */
const FLEET = 100_000_000;
const INTERVAL_S = 600;
const CORES = 20;
/** On the defaults (config schema) a token lives a day and is re-issued at half of it: once every 12 h per app. */
const REISSUE_EVERY_S = 24 * 3600 * 0.5;

interface Options {
  devices: number;
  postgresUrl: string | undefined;
  /** Seconds per phase: calibration, steady, burst. */
  seconds: number;
  /** Seconds the fleet is cut off (no check-ins) before the burst. */
  outage: number;
  /** Steady load as a share of the calibrated maximum. */
  load: number;
  /** ± share by which each one-second slice's rate varies (the fleet's jitter, aggregated). */
  jitter: number;
  /** Share of accounts whose entitlement changes (a subscription granted) during the steady phase. */
  changed: number;
  /** Arrivals after the restart, as a share of the calibrated maximum (0: no restart phases). */
  herd: number;
}

function parseOptions(argv: string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const smoke = argv.includes('--smoke');
  const number = (name: string, dflt: number) => Number(value(name) ?? dflt);
  return {
    devices: number('devices', smoke ? 2_000 : 1_000_000),
    postgresUrl: value('postgres'),
    seconds: number('seconds', smoke ? 2 : 10),
    outage: number('outage', smoke ? 1 : 5),
    load: number('load', 0.5),
    jitter: number('jitter', 0.3),
    changed: number('changed', 0.02),
    herd: number('herd', smoke ? 0 : 0.8),
  };
}

async function main(options: Options): Promise<void> {
  const started = performance.now();
  console.log(
    `fleet simulation: ${count(options.devices)} stored devices on ${options.postgresUrl ? 'PostgreSQL' : 'SQLite'}; ` +
      `load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')} at start`,
  );
  const scratch: ScratchDatabase | undefined = options.postgresUrl
    ? await createScratchDatabase(options.postgresUrl, 'fleet')
    : undefined;
  const spec: Extract<ServerSpec, { kind: 'tessera' }> = {
    kind: 'tessera',
    devices: options.devices,
    pool: Math.min(options.devices, 20_000),
    ...(scratch ? { databaseUrl: scratch.url } : {}),
  };
  const fleet = await startSeededTessera('fleet', spec, scratch);
  const server = fleet.child;
  const load = new Child('./load-process.ts', {});
  let restarted: Target | undefined;
  try {
    const { ready } = fleet;
    await load.ready;
    await load.request('pool', { target: 'fleet', pool: ready.pool });
    // A fleet's check-ins are almost all ones whose answer has not changed; only an app's first after connecting
    // re-issues its token. So every simulated app checks in once before the phases, as the bench does; those first
    // check-ins are what a re-issue costs (a signature, the credential rotated and written), measured on the way.
    const handledBefore = await server.request<number>('handled');
    const primed = await watchProcess(server.pid, () => load.request('prime', { url: ready.url, target: 'fleet' }));
    const reissueUs = (primed.cpuMs * 1000) / Math.max(1, (await server.request<number>('handled')) - handledBefore);
    console.log(
      `seeded in ${ready.seed!.seconds.toFixed(0)} s; ${count(ready.pool!.length)} simulated apps check in ` +
        `(each once before the phases: its first check-in re-issues its token, ${reissueUs.toFixed(0)} µs server CPU each)`,
    );
    const run = async (job: Partial<LoadJob> & { seconds: number }) => {
      const counts = () => Promise.all([server.request<number>('handled'), server.request<number>('statements')]);
      const before = await counts();
      await server.request('loopDelay', { start: true });
      const watched = await watchProcess(server.pid, () =>
        load.request<LoadRun>('run', {
          url: ready.url,
          mode: 'check-in',
          target: 'fleet',
          connections: 100,
          planMayChange: true,
          ...job,
        }),
      );
      const loop = await server.request<LoopDelay>('loopDelay', { start: false });
      const after = await counts();
      return { ...watched, loop, handled: after[0] - before[0], statements: after[1] - before[1] };
    };
    type Result = Awaited<ReturnType<typeof run>>;
    const line = (label: string, { result, handled, cpuMs, statements, peakRssKiB, loop }: Result) => {
      const kinds = result.kinds;
      const rate = kinds[0]!.expected / result.seconds;
      const cpuUs = (cpuMs * 1000) / handled;
      const unexpected = kinds[0]!.unexpected + result.errors + result.timeouts;
      console.log(
        `${label}: ${rate.toFixed(0)} check-ins/s, p50 ${ms(latencyQuantile(kinds, 0.5))}, p99 ${ms(latencyQuantile(kinds, 0.99))}, ` +
          `p99.9 ${ms(latencyQuantile(kinds, 0.999))}; the server's longest event-loop turn ${ms(loop.maxMs)} (p99 of its ` +
          `turns ${ms(loop.p99Ms)}); server CPU ${cpuUs.toFixed(0)} µs and ${(statements / handled).toFixed(2)} SQL ` +
          `statements per check-in, the load generator's ${((result.cpuMs * 1000) / handled).toFixed(0)} µs; RSS peak ${(peakRssKiB / 1024).toFixed(0)} MB; ${unexpected} unexpected`,
      );
      return { rate, cpuUs };
    };

    await run({ seconds: 2 }); // warm-up
    const capacity = line(
      'calibration (as fast as it answers, 100 connections)',
      await run({ seconds: options.seconds }),
    );

    // Steady: check-ins arriving on their own (Poisson) at the target rate ± jitter each second, through one phase
    // on connections kept open. Each latency counts from when its check-in was due.
    const target = Math.max(1, capacity.rate * options.load);
    const accounts = ready.seed!.accounts;
    const arrivals = Array.from({ length: options.seconds }, () =>
      Math.max(1, Math.round(target * (1 + options.jitter * (2 * Math.random() - 1)))),
    );
    // Entitlements change meanwhile, an equal share of the grants each second, as an operator's work arrives. Granted
    // all at once before the phase, every app of those accounts moved onto the plan within the first pass over the
    // pool (~2 s, where a fleet takes its 10 minutes), and those moves held every check-in behind them: p99 163 ms.
    const grants = Math.ceil(accounts * options.changed);
    const spreadGrants = async () => {
      let granted = 0;
      for (let second = 0; second < options.seconds; second++) {
        const share =
          Math.floor(((second + 1) * grants) / options.seconds) - Math.floor((second * grants) / options.seconds);
        granted += await server.request<number>('grant', { accounts: share });
        await delay(1000);
      }
      return granted;
    };
    const [steady, granted] = await Promise.all([run({ seconds: options.seconds, arrivals }), spreadGrants()]);
    const changes = await load.request<number>('planChanges');
    line(
      `steady (${Math.round(target)}/s target = ${options.load} of calibration, ±${options.jitter * 100}% per second, ` +
        `arriving on their own, latency from when each was due; ${granted} of ${accounts} accounts granted a plan meanwhile)`,
      steady,
    );
    console.log(`entitlement changes seen by apps at check-in: ${changes}`);

    // Outage: nothing arrives; then every app that was due comes back at once.
    await new Promise((resolve) => setTimeout(resolve, options.outage * 1000));
    const backlog = Math.round(target * options.outage);
    const burst = line(
      `burst after a ${options.outage} s outage (backlog ${backlog} check-ins, as fast as it answers)`,
      await run({ seconds: options.seconds }),
    );
    const drain = backlog / Math.max(1e-9, burst.rate - target);
    console.log(`backlog drained in ~${drain.toFixed(1)} s at the burst rate less the steady arrivals`);

    const cache = await server.request<string[]>('cacheMetrics');
    console.log(
      cache.length ? `cache metrics: ${cache.join('; ')}` : 'cache hit rate: the server exposes no cache metrics',
    );

    // Extrapolation: CPU per check-in is what scales; assumptions stated on the line. An app comes back every
    // INTERVAL_S and its answer stays cached until its token is due (REISSUE_EVERY_S), so one check-in in
    // REISSUE_EVERY_S / INTERVAL_S re-issues and the rest cost what the calibration's (cached) check-ins cost.
    const fleetRate = FLEET / INTERVAL_S;
    const reissued = INTERVAL_S / REISSUE_EVERY_S;
    const perCheckIn = (1 - reissued) * capacity.cpuUs + reissued * reissueUs;
    const cores = (fleetRate * perCheckIn) / 1e6;
    console.log(
      `extrapolation: ${count(FLEET)} devices every ${INTERVAL_S / 60} min = ${Math.round(fleetRate)} check-ins/s; ` +
        `1 in ${Math.round(1 / reissued)} re-issues (a token due every ${REISSUE_EVERY_S / 3600} h), so ` +
        `${perCheckIn.toFixed(0)} µs server CPU each on average (calibration ${capacity.cpuUs.toFixed(0)}, re-issue ` +
        `${reissueUs.toFixed(0)}): ${cores.toFixed(0)} cores of Tessera ` +
        `(budget ${CORES}: ${cores <= CORES ? 'fits' : `needs ${(perCheckIn / ((CORES * 1e6) / fleetRate)).toFixed(1)}× less CPU per check-in`}); ` +
        `assumes every instance holds its share of the fleet's answers (${count(FLEET / CORES)} each, the balancer ` +
        `sending each device to one instance), CPU per check-in flat from ${count(options.devices)} to 100M devices, linear ` +
        `scaling over instances, database CPU not included, and a 20-core budget of which a 10-minute outage's ` +
        `backlog (${count(Math.round(fleetRate * 600))}) is served only by headroom`,
    );
    if (options.herd > 0) {
      console.log(
        `restart: the server killed (SIGKILL) and its data served by a new process, twice; every simulated app ` +
          `arrives once, ${options.herd} of the calibrated rate, on ${HERD_CONNECTIONS} connections, a device each`,
      );
      restarted = await restartHerd({
        server,
        spec,
        dataDir: ready.dataDir!,
        load,
        apps: ready.pool!.length,
        rate: capacity.rate * options.herd,
      });
    }
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await load.close();
    await server.close();
    await restarted?.child.close();
    await scratch?.drop();
  }
}

await main(parseOptions(process.argv.slice(2)));
