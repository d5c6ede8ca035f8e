// Builds the tests (scripts/build-tests.mjs, incremental), bundles the ones asked for (scripts/bundle-tests.mjs) and runs
// them with Node's test runner.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { buildTests } from './build-tests.mjs';
import { bundleOf, bundleTests } from './bundle-tests.mjs';

const root = new URL('..', import.meta.url).pathname;
const filter = process.argv.slice(2);

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const files = [];
for (const pkg of readdirSync(join(root, 'packages'))) {
  const testDir = join(root, 'packages', pkg, 'test');
  try {
    collect(testDir, files);
  } catch {
    /* package without tests */
  }
}
const selected = filter.length ? files.filter((f) => filter.some((p) => f.includes(p))) : files;
if (selected.length === 0) {
  console.error(`no test file matches ${filter.join(' ')}`);
  process.exit(1);
}

// Filters name the sources (test/…/x.test.ts); what runs is their build (dist-test/…/x.test.js), made current here,
// bundled.
buildTests();
const compiled = selected.map((f) => {
  const [pkg, rest] = relative(join(root, 'packages'), f).split(/\/test\/(.*)/);
  return join(root, 'packages', pkg, 'dist-test', rest.replace(/\.tsx?$/, '.js'));
});
// Each file runs bundled (scripts/bundle-tests.mjs); TESSERA_TEST_BUNDLE=0 runs the compiled modules as tsc emitted
// them, should a failure be suspected of coming from how the bundle loads them.
const bundled = process.env.TESSERA_TEST_BUNDLE !== '0';
if (bundled) await bundleTests(compiled);
const runnable = bundled ? compiled.map(bundleOf) : compiled;

// One file more than there are cores: the suites wait on PostgreSQL, Chromium, child processes and timers, and with
// one file per core a CI run kept the 2 cores busy only ~63 % of its time (25 CPU-minutes in 19.9 minutes).
const CONCURRENCY = availableParallelism() + 1;

const result = spawnSync(
  process.execPath,
  [
    '--test',
    `--test-concurrency=${process.env.TESSERA_TEST_CONCURRENCY ?? CONCURRENCY}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts', 'test-timings.mjs')}`,
    '--test-reporter-destination=stdout',
    ...runnable.sort(),
  ],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
