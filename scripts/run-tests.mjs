// Runs every package's tests with Node's test runner on the TypeScript sources (no build needed).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
files.sort();

const result = spawnSync(
  process.execPath,
  [
    '--conditions=tessera-source',
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${process.env.TESSERA_TEST_CONCURRENCY ?? 2}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts', 'test-timings.mjs')}`,
    '--test-reporter-destination=stdout',
    ...selected.sort(),
  ],
  { stdio: 'inherit', cwd: root },
);
process.exit(result.status ?? 1);
