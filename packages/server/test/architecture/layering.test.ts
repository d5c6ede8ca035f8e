// The layering ARCHITECTURE.md describes, checked on every import of every source file, so the rules are not prose only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const packagesDir = resolve(import.meta.dirname, '../../..');
const serverSrc = join(packagesDir, 'server', 'src');

/** What every layer builds on: no domain knowledge, no I/O framework. */
const FOUNDATION = new Set(['common', 'errors', 'config']);
/** The web surfaces: each a Fastify plugin over web/ and the domains, none aware of another. */
const SURFACES = new Set(['http', 'portal', 'admin', 'console']);
/** What every surface shares (services handed to routes, session cookie, request info, errors to HTTP). */
const WEB = 'web';
/** Adapters: the SQL and Redis implementations of the domains' ports. */
const STORAGE = 'storage';
/** The composition root (tessera.ts and its parts in composition/) and the entry points: they wire anything. */
const ROOTS = new Set(['tessera.ts', 'composition', 'index.ts', 'cli']);

interface Edge {
  file: string;
  from: string;
  to: string;
  target: string;
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Top folder (or root file) of a path inside src. */
function areaOf(path: string): string {
  return relative(serverSrc, path).split(sep)[0]!.replace(/\.js$/, '.ts');
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)/g;

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sourceFiles(serverSrc)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = (match[1] ?? match[2])!;
      const target = resolve(dirname(file), spec);
      const from = areaOf(file);
      const to = areaOf(target);
      if (from !== to) out.push({ file: relative(serverSrc, file), from, to, target: relative(serverSrc, target) });
    }
  }
  return out;
}

const kind = (area: string) =>
  FOUNDATION.has(area)
    ? 'foundation'
    : SURFACES.has(area)
      ? 'surface'
      : ROOTS.has(area)
        ? 'root'
        : area === WEB
          ? 'web'
          : area === STORAGE
            ? 'storage'
            : 'domain';

/** Which kinds of area each kind may import; anything else is a layering break. */
const ALLOWED: Record<string, readonly string[]> = {
  foundation: ['foundation'],
  domain: ['foundation', 'domain'],
  storage: ['foundation', 'domain'],
  web: ['foundation', 'domain'],
  surface: ['foundation', 'domain', 'web'],
  root: ['foundation', 'domain', 'storage', 'web', 'surface', 'root'],
};

const all = edges();
const show = (list: Edge[]) => list.map((e) => `${e.file} → ${e.target}`).join('\n');

test('each layer imports only the layers beneath it (surfaces never each other, domains never the web)', () => {
  const breaks = all.filter((e) => !ALLOWED[kind(e.from)]!.includes(kind(e.to)));
  assert.equal(breaks.length, 0, `layering breaks:\n${show(breaks)}`);
});

test("a folder's index.ts is its only door", () => {
  const sideDoors = all.filter((e) => !ROOTS.has(e.to) && !e.target.endsWith(`${sep}index.js`));
  assert.equal(sideDoors.length, 0, `imports past another folder's index.ts:\n${show(sideDoors)}`);
});

test('the domains depend on each other without cycles', () => {
  const graph = new Map<string, Set<string>>();
  for (const e of all) {
    if (kind(e.from) !== 'domain' || kind(e.to) !== 'domain') continue;
    if (!graph.has(e.from)) graph.set(e.from, new Set());
    graph.get(e.from)!.add(e.to);
  }
  const cycles: string[] = [];
  const visit = (node: string, path: string[]) => {
    if (path.includes(node)) {
      cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
      return;
    }
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
  };
  for (const node of graph.keys()) visit(node, []);
  assert.deepEqual([...new Set(cycles)], []);
});

/** Where each package may read the environment: config in the server; the process entry or its settings elsewhere. */
const ENV_READERS: Record<string, readonly string[]> = {
  server: ['config/'],
  // The `tessera` binary hands its environment to the command line once.
  cli: ['main.ts'],
  // The SDK embedded in an app finds its default home folder from TESSERA_HOME, like any tool that honours XDG vars.
  sdk: ['store/home.ts'],
  protocol: [],
};

test('only config reads process.env (and, outside the server, the one entry each package names)', () => {
  const readers: string[] = [];
  for (const [pkg, allowed] of Object.entries(ENV_READERS)) {
    const src = join(packagesDir, pkg, 'src');
    for (const file of sourceFiles(src)) {
      const rel = relative(src, file).split(sep).join('/');
      if (allowed.some((prefix) => rel.startsWith(prefix))) continue;
      if (/process\.env\b/.test(readFileSync(file, 'utf8'))) readers.push(`${pkg}/src/${rel}`);
    }
  }
  assert.deepEqual(readers, []);
});
