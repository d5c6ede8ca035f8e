// The fleet simulation's paced load does what the capacity plan says it does: arrivals on their own schedule, each
// latency counted from when it was due (the simulation itself runs in bench-smoke.test.ts). Never how fast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** What the tests use of bench/open-loop-load.ts (the tests' build leaves the bench out). */
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

/**
 * The module from its source, through tsx: the bench's own build (bench-dist/) is rewritten by the smoke bench's test,
 * which may run beside this one.
 */
const openLoop = () => tsImport(`${root}packages/server/bench/open-loop-load.ts`, import.meta.url) as Promise<OpenLoop>;

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
  const { arrivalTimes, runOpenLoop } = await openLoop();

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

test('the paced load fails at once when its connections cannot open, before any arrival is due', async () => {
  const { runOpenLoop } = await openLoop();
  // A port that was just listening and is closed again: nothing answers there.
  const gone = await echoServer(0);
  await new Promise((resolve) => gone.server.close(resolve));
  await assert.rejects(
    runOpenLoop({
      url: gone.url,
      connections: 3,
      rates: [10, 10],
      request: { label: 'echo', next: () => ({ path: '/' }), expect: () => true },
    }),
    /ECONNREFUSED/,
  );
});
