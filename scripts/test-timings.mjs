// A test reporter that prints the slowest test files at the end, so the suite's time stays visible as it grows.
import { relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const SHOWN = Number(process.env.TESSERA_TEST_SLOWEST ?? 15);

/** The test's source for its build or bundle (packages/x/dist-test[-bundle]/a.test.js → packages/x/test/a.test.ts). */
const sourceOf = (file) =>
  relative(root, file)
    .replace(/^(packages\/[^/]+)\/dist-test(?:-bundle)?\//, '$1/test/')
    .replace(/\.js$/, '.ts');

export default async function* timings(source) {
  const perFile = new Map();
  for await (const event of source) {
    if ((event.type !== 'test:pass' && event.type !== 'test:fail') || event.data.nesting !== 0) continue;
    // Node 20 reports each file as one top-level test; later Nodes report the file's own top-level tests.
    const file = event.data.file ?? event.data.name;
    perFile.set(file, (perFile.get(file) ?? 0) + (event.data.details?.duration_ms ?? 0));
  }
  const slowest = [...perFile].sort((a, b) => b[1] - a[1]).slice(0, SHOWN);
  if (slowest.length < 2) return;
  yield `\nslowest test files (seconds, as each file ran beside others):\n`;
  for (const [file, ms] of slowest) yield `  ${(ms / 1000).toFixed(1).padStart(6)}  ${sourceOf(file)}\n`;
}
