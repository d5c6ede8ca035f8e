// Entry point of `npm run bench` (add --quick for a ~40 s smoke run): runs each bench, prints its figures, writes JSON.
import { fileURLToPath } from 'node:url';
import { BENCH_OVERRIDES, startBenchServer, type BenchServer } from './bench-server.js';
import { checkInBench } from './check-in-bench.js';
import { offlineStatusBench } from './offline-status-bench.js';
import { credentialsTimingBench, signInThroughputBench } from './sign-in-bench.js';
import { settingsFor, type Bench, type BenchContext, type Figure } from './kit.js';
import { environment, formatFigure, header, writeJson } from './report.js';

/** The figures, in order; a new figure is a new Bench here. */
const BENCHES: Bench[] = [signInThroughputBench, checkInBench, credentialsTimingBench, offlineStatusBench];

const RESULTS = fileURLToPath(new URL('../../../bench-results/latest.json', import.meta.url));

async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== '--quick');
  if (unknown.length) {
    console.error(`unknown arguments: ${unknown.join(' ')} (usage: npm run bench [-- --quick])`);
    return 2;
  }
  const settings = settingsFor(argv.includes('--quick'));
  const env = environment();
  let server: Promise<BenchServer> | undefined;
  const ctx: BenchContext = {
    settings,
    server: () => (server ??= startBenchServer({ accounts: settings.accounts })),
    progress: (line) => process.stderr.write(`  … ${line}\n`),
  };

  const started = performance.now();
  const config = await ctx.server().then((s) => ({
    database: 'SQLite (temp dir)',
    password: s.tessera.config.password,
    requestsPerMinute: s.tessera.config.requestsPerMinute,
    risk: BENCH_OVERRIDES.risk,
    logLevel: s.tessera.config.logLevel,
  }));
  for (const line of header(env, settings, config)) console.log(line);

  const figures: Figure[] = [];
  const failures: string[] = [];
  try {
    for (const bench of BENCHES) {
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
  await writeJson(RESULTS, {
    generatedAt: new Date().toISOString(),
    quick: settings.quick,
    seconds,
    environment: env,
    settings,
    config,
    figures,
  });
  console.log(`done in ${seconds.toFixed(0)} s; figures written to ${RESULTS}`);
  // Goals are reported, not enforced (absolute times drift on shared machines); a bench that crashed is an error.
  return failures.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
