// Bundles the compiled test files the runner is about to run (each package's dist-test/ into its dist-test-bundle/,
// same layout), so a test process loads a few files instead of ~1,000 modules: Node 20's ESM loader spent ~1.1 CPU-s
// of every test process importing the server (fastify, kysely, typebox…), ~0.4 once bundled.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

// Left to Node: native addons, packages that find their own files or spawn their own workers at run time, and the
// build tools a test may drive.
const EXTERNAL = [
  'better-sqlite3',
  '@node-rs/argon2',
  'pg',
  'pg-native',
  'playwright-core',
  'autocannon',
  'pino',
  'thread-stream',
  '@fastify/swagger-ui',
  'tsx',
  'esbuild',
  'typescript',
];

/**
 * Every module keeps the location it was built at: the project's own code reads files beside it (assets, package.json,
 * the repository root from a test) through `import.meta`, and CommonJS dependencies through `__dirname`, both of
 * which would otherwise name the bundle's file.
 */
const ownLocation = {
  name: 'own-location',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?js$/ }, ({ path }) => {
      const text = readFileSync(path, 'utf8');
      const ours = !relative(root, path).split('/').includes('node_modules') || path.includes('/@tessera/');
      if (ours && text.includes('import.meta.')) {
        const meta = { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
        const contents = text.replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) =>
          JSON.stringify(meta[key]),
        );
        return { contents, loader: 'js' };
      }
      if (!ours && /\b__(?:dirname|filename)\b/.test(text)) {
        const names = `var __dirname = ${JSON.stringify(dirname(path))}, __filename = ${JSON.stringify(path)};\n`;
        return { contents: names + text, loader: 'js' };
      }
      return undefined;
    });
  },
};

/**
 * A package the code loads at first use stays Node's to load, as it is unbundled: bundled, the named exports Node gives
 * a CommonJS package (qrcode's toString) would be missing from its chunk.
 */
const lazyPackages = {
  name: 'lazy-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, ({ kind, path }) =>
      kind === 'dynamic-import' ? { path, external: true } : undefined,
    );
  },
};

/** The bundle of a compiled test file (packages/x/dist-test/a/b.test.js → packages/x/dist-test-bundle/a/b.test.js). */
export const bundleOf = (compiled) => compiled.replace(/\/dist-test\//, '/dist-test-bundle/');

/** Bundles these compiled test files (any package's) into their packages' dist-test-bundle/. */
export async function bundleTests(compiled) {
  const byPackage = new Map();
  for (const file of compiled) {
    const base = file.slice(0, file.indexOf('/dist-test/') + '/dist-test'.length);
    if (!byPackage.has(base)) byPackage.set(base, []);
    byPackage.get(base).push(file);
  }
  for (const [base, entryPoints] of byPackage) {
    const outdir = bundleOf(`${base}/`);
    const { metafile } = await build({
      entryPoints,
      outbase: base,
      outdir,
      bundle: true,
      // Code shared by the test files goes into chunks once, rather than into each file's bundle again.
      splitting: true,
      chunkNames: '_chunks/[name]-[hash]',
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: EXTERNAL,
      // CommonJS dependencies call require(); an ES module has none of its own.
      banner: {
        js: "import { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);",
      },
      plugins: [lazyPackages, ownLocation],
      logLevel: 'error',
      absWorkingDir: root,
      sourcemap: 'linked',
      metafile: true,
    });
    pruneChunks(join(outdir, '_chunks'), new Set(Object.keys(metafile.outputs).map((out) => join(root, out))));
  }
}

/**
 * Chunks are named by their content, so runs side by side (a focused test during a whole run) share what they share
 * and never overwrite each other's; a chunk no bundle of this build uses is removed once it is an hour old.
 */
function pruneChunks(dir, current) {
  const old = Date.now() - 3_600_000;
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const path = join(dir, name);
    if (!current.has(path) && statSync(path).mtimeMs < old) rmSync(path, { force: true });
  }
}
