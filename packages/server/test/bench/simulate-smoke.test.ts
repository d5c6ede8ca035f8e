// `npm run simulate -- --smoke` runs end to end, and its paced load does what the capacity plan says it does: arrivals on
// their own schedule, each latency counted from when it was due. Checks what was measured and sent, never how fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** What the tests use of bench/open-loop-load.ts, imported from the bench's build (the tests' build leaves it out). */
interface OpenLoop {
  arrivalTimes(rates: readonly number[], random?: () => number): number[];
  runOpenLoop(options: {
    url: string;
    connections: number;
    rates: readonly number[];
    request: {
      label: string;
      next(context: Record<string, unknown>): { path: string; headers?: Record<string, string>; body?: string };
      expect(status: number, body: string, context: Record<string, unknown>): boolean;
    };
    drainMs?: number;
    random?: () => number;
  }): Promise<{
    seconds: number;
    errors: number;
    timeouts: number;
    kinds: Array<{ expected: number; unexpected: number; latencies: number[]; samples: string[] }>;
  }>;
}

async function buildBench(): Promise<OpenLoop> {
  await run('npx', ['tsc', '-p', 'packages/server/bench/tsconfig.build.json'], { cwd: root });
  return (await import(pathToFileURL(`${root}packages/server/bench-dist/open-loop-load.js`).href)) as OpenLoop;
}

/** A server answering each POST with its body's echo after `delayMs`, counting the connections it was given. */
async function echoServer(delayMs: number): Promise<{ url: string; server: Server; connections: () => number }> {
  let connections = 0;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () =>
      setTimeout(() => {
        const body = `${request.method} ${request.url} ${request.headers['x-n']} ${Buffer.concat(chunks)}`;
        response.writeHead(200, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body) });
        response.end(body);
      }, delayMs),
    );
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, connections: () => connections };
}

test('the paced load sends every scheduled arrival on its kept connections and counts latency from when it was due', async (t) => {
  const { arrivalTimes, runOpenLoop } = await buildBench();

  // A fixed draw makes every gap ln 2 / rate: a rate of 10 gives 14 arrivals in its second, a rate of 0 none.
  const times = arrivalTimes([10, 0, 10], () => 0.5);
  assert.equal(times.filter((at) => at < 1000).length, 14);
  assert.equal(times.filter((at) => at >= 1000 && at < 2000).length, 0);
  assert.equal(times.length, 28);
  assert.deepEqual(
    times,
    [...times].sort((a, b) => a - b),
    'in order',
  );

  // Ten draws near 0 (gaps of ~0.1 µs), then one near 1 (a gap past the second's end): ten arrivals due at once.
  const allAtOnce = () => {
    let draws = 0;
    return () => (++draws % 11 === 0 ? 0.999999 : 1e-6);
  };
  assert.equal(arrivalTimes([10], allAtOnce()).length, 10);

  const echo = await echoServer(20);
  t.after(() => echo.server.close());
  let sent = 0;
  const answers: string[] = [];
  const result = await runOpenLoop({
    url: echo.url,
    connections: 2,
    // The two connections serve the ten in turn.
    rates: [10],
    random: allAtOnce(),
    request: {
      label: 'echo',
      next(context) {
        context.n = ++sent;
        return { path: '/v1/check-in', headers: { 'x-n': String(sent) }, body: `{"n":${sent}}` };
      },
      expect(status, body, context) {
        answers.push(body);
        return status === 200 && body === `POST /v1/check-in ${context.n} {"n":${context.n}}`;
      },
    },
  });
  const [kind] = result.kinds;
  assert.equal(result.errors + result.timeouts, 0);
  assert.equal(kind!.unexpected, 0, kind!.samples.join(' | '));
  assert.equal(kind!.expected, 10);
  assert.equal(new Set(answers).size, 10, 'each arrival its own request');
  assert.equal(echo.connections(), 2, 'the connections are opened once and kept');
  // The k-th answer of a connection waited for the k − 1 before it: latency from when it was due, not from when sent.
  const latencies = [...kind!.latencies].sort((a, b) => a - b);
  latencies.forEach((ms, i) => assert.ok(ms >= 20 * Math.floor(i / 2 + 1) - 1, `answer ${i}: ${ms} ms`));
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
  // The steady phase keeps to its schedule when the server keeps up: its rate is the target's, give or take the
  // Poisson draw and the jitter (not a speed figure: the smoke load is a fraction of what the server takes).
  const steady = /^steady \((\d+)\/s target.*?: (\d+) check-ins\/s/.exec(phase('steady'));
  assert.ok(steady, phase('steady'));
  const [target, rate] = [Number(steady[1]), Number(steady[2])];
  assert.ok(rate > target * 0.5 && rate < target * 1.5, `steady ${rate}/s against a target of ${target}/s`);
  assert.match(phase('extrapolation'), /cores of Tessera/);
});
