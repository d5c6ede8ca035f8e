// Compiles every package's tests into its dist-test/ (tsconfig.test-build.json) and points their imports of other folders'
// sources (../../src/…, another package's test/support, examples/) at those folders' builds, so the runner loads
// JavaScript only: no transpiler in each test process (it cost 2–3 CPU-seconds per file under tsx).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Where the compiled counterpart of a source folder lives (first match wins). */
const OUTPUTS = [
  [/^packages\/([^/]+)\/src\//, 'packages/$1/dist/'],
  [/^packages\/([^/]+)\/test\//, 'packages/$1/dist-test/'],
  [/^examples\/typed-client\/(?!dist\/)/, 'examples/typed-client/dist/'],
];

// Static imports, re-exports and dynamic imports of a relative path, as tsc emits them.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;

function jsFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) jsFiles(path, out);
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Rewrites one emitted file's relative imports; safe to run again on a file already rewritten. */
function rewrite(file, sourceDir) {
  const text = readFileSync(file, 'utf8');
  const emittedDir = dirname(file);
  const next = text.replace(SPECIFIER, (whole, head, quote, spec) => {
    // Already pointing at something that exists beside the emitted file (a sibling test module, or a rewritten path).
    if (existsSync(resolve(emittedDir, spec))) return whole;
    const fromRoot = relative(root, resolve(sourceDir, spec)).split(sep).join('/');
    const rule = OUTPUTS.find(([pattern]) => pattern.test(fromRoot));
    const target = rule && fromRoot.replace(rule[0], rule[1]);
    if (!target || !existsSync(join(root, target))) {
      throw new Error(`${relative(root, file)}: no compiled module for '${spec}' (${fromRoot})`);
    }
    let path = relative(emittedDir, join(root, target)).split(sep).join('/');
    if (!path.startsWith('.')) path = `./${path}`;
    return `${head}${quote}${path}${quote}`;
  });
  if (next !== text) writeFileSync(file, next);
}

export function buildTests() {
  const tsc = spawnSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.test-build.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);
  for (const pkg of readdirSync(join(root, 'packages'))) {
    const out = join(root, 'packages', pkg, 'dist-test');
    if (!existsSync(out)) continue;
    for (const file of jsFiles(out)) {
      const source = join(root, 'packages', pkg, 'test', relative(out, file)).replace(/\.js$/, '');
      // A build whose source was deleted or renamed is left alone: tsc -b does not remove it, and nothing runs it.
      if (existsSync(`${source}.ts`) || existsSync(`${source}.tsx`)) rewrite(file, dirname(source));
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) buildTests();
