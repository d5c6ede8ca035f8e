// Entry point of `npm run bench:compare -- --before=DIR`: a change to the check-in path against another checkout's
// build, alternated run by run on freshly seeded servers, for machines whose speed drifts more than the change.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { measure, startSeededTessera, stopServer } from './check-in-bench.js';
import { cpuSplitOf, rateOf, serverCpuUs, type Measured, type Target } from './check-in-figures.js';
import { Child } from './ipc.js';
import { alternate, figure, median, sum } from './kit.js';
import { count, formatFigure } from './report.js';
import { createScratchDatabase } from './scratch-postgres.js';
import { wrkAvailable } from './wrk-load.js';

const USAGE =
  'usage: npm run bench:compare -- --before=DIR [--rounds=N] [--postgres=URL] [--devices=N] [--read]\n' +
  '                                  [--before-sends=body] [--together]\n' +
  '  DIR: another checkout (e.g. `git worktree add ../before main`), with `npm ci && npm run bench:build` run in it\n' +
  '  --before-sends=body: check in to the other build with the credential in a JSON body (a build from before the\n' +
  '  bearer form), as the SDK of its day did; this checkout always gets the form its SDK sends\n' +
  '  --read: the cache off, so that every check-in reads its row (the read path) instead of every answer cached\n' +
  "  --together: each pair's two servers loaded at the same time, each by its own wrk, so a swing of the machine's\n" +
  "  speed falls on both (a busy machine: each figure below its solo one, the pair's ratio is what to read)\n" +
  '  --devices=N: stored devices of each server (10k unless said; the load presents up to 20k of their credentials);\n' +
  '  on PostgreSQL each run gets a scratch database of its own on the server of URL, dropped after it';

/** One server per run (10k devices seed and prime in seconds), so no run inherits another's heap. */
const DEVICES = 10_000;
/** As the whole bench's pool: what a 1M-device server is loaded with. */
const MAX_POOL = 20_000;
const SECONDS = 5;
const CONNECTIONS = 100;

type Build = 'before' | 'after';

async function main(argv: string[]): Promise<number> {
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const unknown = argv.filter(
    (a) =>
      !/^--(before|rounds|postgres|devices)=/.test(a) && !['--before-sends=body', '--read', '--together'].includes(a),
  );
  const together = argv.includes('--together');
  const read = argv.includes('--read');
  const answers = read ? 'the cache off: every check-in reads its row' : "every credential's answer cached";
  const beforeInBody = argv.includes('--before-sends=body');
  const before = option('before');
  const rounds = Number(option('rounds') ?? 3);
  const devices = Number(option('devices') ?? DEVICES);
  if (unknown.length || !before || !(rounds >= 1) || !(Number.isInteger(devices) && devices >= 1)) {
    console.error(USAGE);
    return 2;
  }
  const roots: Record<Build, string | undefined> = { before: resolve(before), after: undefined };
  if (!existsSync(`${roots.before}/packages/server/bench-dist/server-process.js`)) {
    console.error(`${roots.before}: no bench build there (${USAGE})`);
    return 2;
  }
  const databaseUrl = option('postgres');
  const dialect = databaseUrl ? 'postgres' : 'sqlite';
  // wrk when it is here, as the bench (wrk-load.ts); its script sends the bearer form only.
  const tool = wrkAvailable() && !beforeInBody ? 'wrk' : 'autocannon';
  console.log(
    `check-in, this checkout vs ${roots.before}: ${rounds} ${together ? 'pairs of runs at the same time' : 'alternating pairs of runs'}, ` +
      `each on a fresh server process (${dialect}, ${count(devices)} devices, ${answers}), ${CONNECTIONS} connections, ` +
      `${SECONDS} s, load by ${tool}`,
  );

  const load = new Child<{ pid: number }>('./load-process.ts', {}, { compiled: true });
  const cpuUs: Record<Build, number[]> = { before: [], after: [] };
  const rates: Record<Build, number[]> = { before: [], after: [] };
  const job = (label: string, seconds: number) =>
    ({ mode: 'check-in', target: label, connections: CONNECTIONS, seconds, tool }) as const;

  /** A freshly seeded server of `build`, primed (every answer cached, or the cache off) and warmed up on its own. */
  async function startPrimed(build: Build, label: string): Promise<Target> {
    const scratch = databaseUrl ? await createScratchDatabase(databaseUrl, label) : undefined;
    const target = await startSeededTessera(
      label,
      {
        kind: 'tessera',
        devices,
        pool: Math.min(devices, MAX_POOL),
        ...(scratch ? { databaseUrl: scratch.url } : {}),
      },
      scratch,
      roots[build],
    );
    try {
      await load.request('pool', {
        target: label,
        pool: target.ready.pool,
        inBody: build === 'before' && beforeInBody,
      });
      for (let pass = 0; pass < 2; pass++) await load.request('prime', { url: target.ready.url, target: label });
      if (read) await target.child.request('cache', { enabled: false });
      await measure(load, target, job(label, 2)); // warm-up: the JIT, the heap's first growth
      return target;
    } catch (error) {
      await stopServer(target);
      throw error;
    }
  }

  function record(build: Build, target: Target, m: Measured) {
    cpuUs[build].push(serverCpuUs([m]));
    rates[build].push(rateOf([m]));
    console.log(`  … ${target.label}: ${cpuSplitOf([m], 'check-in')}`);
  }

  try {
    await load.ready;
    if (together) {
      for (let pair = 1; pair <= rounds; pair++) {
        // Which build starts first alternates too: two servers of one build, loaded together, differed by ~2 %.
        const order: Build[] = pair % 2 === 1 ? ['before', 'after'] : ['after', 'before'];
        const targets: Target[] = [];
        try {
          for (const build of order) targets.push(await startPrimed(build, `${build} ${pair}`));
          const measured = await Promise.all(targets.map((t) => measure(load, t, job(t.label, SECONDS))));
          order.forEach((build, i) => record(build, targets[i]!, measured[i]!));
        } finally {
          for (const target of targets) await stopServer(target);
        }
      }
    } else {
      let run = 0;
      for (const build of alternate<Build>(rounds, 'before', 'after')) {
        const target = await startPrimed(build, `${build} ${++run}`);
        try {
          record(build, target, await measure(load, target, job(target.label, SECONDS)));
        } finally {
          await stopServer(target);
        }
      }
    }
  } finally {
    await load.close();
  }

  const mean = (xs: number[]) => sum(xs) / xs.length;
  const pairs = cpuUs.after.map((after, i) => after / cpuUs.before[i]!);
  for (const line of formatFigure(
    figure({
      name: `server CPU per ${read ? 'check-in that reads its row' : 'cached check-in'}, this checkout vs before`,
      value: mean(cpuUs.after),
      unit: 'µs',
      baseline: { name: 'before', value: mean(cpuUs.before), unit: 'µs' },
      goal: null,
      rounds: pairs,
      // The median of the pairs' ratios: one run disturbed by the machine moves it less than the means.
      note:
        `median of the pairs ${median(pairs).toFixed(2)}; check-ins per second ${mean(rates.after).toFixed(0)} vs ` +
        `${mean(rates.before).toFixed(0)}; below 1 is less CPU`,
    }),
  ))
    console.log(line);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
