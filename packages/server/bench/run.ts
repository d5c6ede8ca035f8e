// Entry point of `npm run bench [-- --quick | --smoke] [--postgres=URL]`: runs each bench, prints its figures, writes JSON.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BENCH_OVERRIDES, startBenchServer, type BenchServer } from './bench-server.js';
import { checkInBench } from './check-in-bench.js';
import { offlineStatusBench } from './offline-status-bench.js';
import { credentialsTimingBench, signInThroughputBench } from './sign-in-bench.js';
import { settingsFor, type Bench, type BenchContext, type Figure, type Mode } from './kit.js';
import { environment, formatFigure, header, writeJson } from './report.js';

/** The figures, in order; a new figure is a new Bench here. */
const BENCHES: Bench[] = [signInThroughputBench, checkInBench, credentialsTimingBench, offlineStatusBench];
/** --smoke (test/bench/bench-smoke.test.ts runs it): the separate-process check-in bench alone, tiny. */
const SMOKE: Bench[] = [checkInBench];

const USAGE = 'usage: npm run bench [-- --quick | --smoke] [--postgres=postgres://…]';

const results = (mode: Mode) =>
  fileURLToPath(new URL(`../../../bench-results/${mode === 'full' ? 'latest' : mode}.json`, import.meta.url));

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => !['--quick', '--smoke'].includes(a) && !a.startsWith('--postgres='));
  if (unknown.length) {
    console.error(`unknown arguments: ${unknown.join(' ')} (${USAGE})`);
    return 2;
  }
  const mode: Mode = argv.includes('--smoke') ? 'smoke' : argv.includes('--quick') ? 'quick' : 'full';
  // PostgreSQL: an explicit URL, else the test suite's server (the bench only makes and drops its own databases).
  const explicit = argv.find((a) => a.startsWith('--postgres='))?.slice('--postgres='.length);
  const fromEnv = process.env.TESSERA_BENCH_POSTGRES_URL || process.env.TESSERA_TEST_POSTGRES_URL || undefined;
  // --smoke stays on SQLite unless PostgreSQL is asked for by name.
  const settings = settingsFor(mode, explicit || (mode === 'smoke' ? undefined : fromEnv));
  const env = environment();
  let server: Promise<BenchServer> | undefined;
  const ctx: BenchContext = {
    settings,
    server: () => (server ??= startBenchServer({ accounts: settings.accounts })),
    progress: (line) => process.stderr.write(`  … ${line}\n`),
  };

  const started = performance.now();
  const benches = mode === 'smoke' ? SMOKE : BENCHES;
  const config = {
    databases: settings.postgresUrl ? 'SQLite (temp dir), PostgreSQL (scratch databases)' : 'SQLite (temp dir)',
    ...BENCH_OVERRIDES,
  };
  for (const line of header(env, settings, config)) console.log(line);
  // Other work on the machine moves every figure; the ratios cancel only what hits subject and baseline alike.
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(`load average at start: ${load()}`);

  const figures: Figure[] = [];
  const failures: string[] = [];
  try {
    for (const bench of benches) {
      try {
        for (const f of await bench.run(ctx)) {
          figures.push(f);
          for (const line of formatFigure(f)) console.log(line);
        }
      } catch (error) {
        failures.push(bench.name);
        console.log(`${bench.name}: FAILED: ${(error as Error).stack ?? String(error)}`);
      }
    }
  } finally {
    if (server) await (await server).close();
  }

  const seconds = (performance.now() - started) / 1000;
  await writeJson(results(mode), {
    generatedAt: new Date().toISOString(),
    mode,
    seconds,
    environment: env,
    settings,
    config,
    figures,
  });
  console.log(
    `done in ${seconds.toFixed(0)} s (load average at the end: ${load()}); figures written to ${results(mode)}`,
  );
  // Goals are reported, not enforced (absolute times drift on shared machines); a bench that crashed is an error.
  return failures.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
