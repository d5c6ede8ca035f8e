// `npm run bench -- --smoke` and `npm run simulate -- --smoke` run end to end: the bench is how issue 9's goals are
// judged and the simulation how its plan is, and their load, priming and settling code runs nowhere else. They check
// what was measured (every answer the expected one), never how fast. One file, so the two never build bench-dist/ at once.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../', import.meta.url));

interface Figure {
  name: string;
  note?: string;
  checks?: { expected: number; unexpected: number; samples: string[] };
}

// The bench's servers run its compiled files (no transpiler in a measured process); the server's own build is made by
// `npm test` before the tests run.
before(() => run('npx', ['tsc', '-p', 'packages/server/bench/tsconfig.build.json'], { cwd: root }));

test('the smoke bench measures check-ins against both baselines, every answer as expected', async () => {
  const { stdout } = await run(
    process.execPath,
    ['--conditions=tessera-source', '--import', 'tsx', 'packages/server/bench/run.ts', '--smoke'],
    { cwd: root, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
  );
  assert.doesNotMatch(stdout, /FAILED/);

  const { figures } = JSON.parse(readFileSync(`${root}/bench-results/smoke.json`, 'utf8')) as { figures: Figure[] };
  const named = (prefix: string) => figures.filter((f) => f.name.startsWith(prefix));
  assert.equal(named('bare Fastify GET /').length, 2, 'one baseline figure per phase');
  assert.equal(named('bare node:http hello').length, 2);
  const checkIns = figures.filter((f) => /^check-in \(sqlite, \d+k devices, (cached|every answer read)\)/.test(f.name));
  assert.equal(checkIns.length, 4, 'two servers, each cached and reading every answer');

  const wrk = spawnSync('wrk', ['-v'], { encoding: 'utf8' });
  const tool = wrk.error === undefined && /wrk/.test(`${wrk.stdout}${wrk.stderr}`) ? 'wrk' : 'autocannon';
  for (const f of checkIns) {
    assert.match(f.note ?? '', new RegExp(`load generator ${tool}, `), f.name);
    // Counted by the server: none for a cached answer, the row's read (at least one) for the others.
    const statements = Number(/([\d.]+) SQL statements per check-in \(counted\)/.exec(f.note ?? '')?.[1]);
    if (f.name.includes('cached')) assert.equal(statements, 0, f.name);
    else assert.ok(statements >= 1, `${f.name}: ${statements} statements`);
    // Whether the machine held steady while the line was measured, from its phase's bare Fastify rounds.
    assert.match(
      f.note ?? '',
      /machine (steady|UNSTEADY) in this phase \(bare Fastify's rounds \d+–\d+ µs a request|machine's steadiness not read/,
      f.name,
    );
  }
  // Every server's own event-loop turns beside the latency its clients saw, and with wrk its corrected p99 beside the
  // requests' own (wrk-histogram.ts; the bench stops if the two do not read back into each other); its CPU split by
  // thread. Readings, so only that they are there.
  for (const f of [...checkIns, ...named('bare ')]) {
    const longest = /longest event-loop turn per round ([\d.]+) ms/.exec(f.note ?? '')?.[1];
    assert.ok(Number(longest) > 0, `${f.name}: ${f.note}`);
    const corrected = /wrk's p99 corrected for coordinated omission ([\d.]+) ms/.exec(f.note ?? '')?.[1];
    if (tool === 'wrk') assert.ok(Number(corrected) > 0, `${f.name}: ${f.note}`);
    // Where the server's CPU went: its main thread's share (with the GC pauses on it) is never more than the whole.
    const split =
      /server CPU (\d+) µs per (?:request|check-in): main thread (\d+) \(garbage-collection pauses ([\d.]+)/.exec(
        f.note ?? '',
      );
    assert.ok(split && Number(split[2]) > 0 && Number(split[2]) <= Number(split[1]) + 1, `${f.name}: ${f.note}`);
  }
  for (const f of figures.filter((x) => x.checks)) {
    assert.ok(f.checks!.expected > 0, `${f.name}: nothing answered`);
    assert.equal(f.checks!.unexpected, 0, `${f.name}: ${f.checks!.samples.join(' | ')}`);
  }
});

test('the smoke simulation replays a fleet on SQLite: every check-in answered as expected, the steady load paced', async () => {
  const { stdout } = await run(
    process.execPath,
    ['--conditions=tessera-source', '--import', 'tsx', 'packages/server/bench/simulate-fleet.ts', '--smoke'],
    { cwd: root, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 },
  );
  const lines = stdout.split('\n');
  const phase = (name: string) => lines.find((l) => l.startsWith(name)) ?? assert.fail(`no ${name} line:\n${stdout}`);
  for (const name of ['calibration', 'steady', 'burst']) assert.match(phase(name), /; 0 unexpected$/, name);
  // The steady phase sends its schedule: its rate is the target's, give or take the Poisson draw and each second's
  // jitter. Not a speed figure: a late answer still counts (its latency grows), only one past the drain would not.
  const steady = /^steady \((\d+)\/s target.*?: (\d+) check-ins\/s/.exec(phase('steady'));
  assert.ok(steady, phase('steady'));
  const [target, rate] = [Number(steady[1]), Number(steady[2])];
  assert.ok(rate > target * 0.5 && rate < target * 1.5, `steady ${rate}/s against a target of ${target}/s`);
  assert.match(phase('extrapolation'), /cores of Tessera/);
});
