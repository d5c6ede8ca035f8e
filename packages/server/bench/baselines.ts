// Baselines the figures are divided by: raw argon2id verify rate (A) and a bare Fastify route (B), measured in-run.
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { createPasswordHasher, OWASP_ARGON2ID, type Argon2Params } from '@tessera/server';
import { checksOf, figure, runLoad, sum, type Figure, type LoadRun } from './kit.js';

export interface VerifyRun {
  verifies: number;
  failed: number;
  seconds: number;
  rate: number;
  /** CPU time of the whole process during the run. */
  cpuMs: number;
}

export interface VerifyBaseline {
  params: Readonly<Argon2Params>;
  /** Keeps `concurrency` verifies of a correct password in flight for `seconds`. */
  measure(concurrency: number, seconds: number): Promise<VerifyRun>;
}

/** Baseline A: what the password hasher alone achieves, through the same hasher the server builds. */
export async function verifyBaseline(params: Argon2Params = OWASP_ARGON2ID): Promise<VerifyBaseline> {
  const hasher = createPasswordHasher(params);
  const password = 'baseline: correct horse battery staple';
  const stored = await hasher.hash(password);
  return {
    params: hasher.params,
    async measure(concurrency, seconds) {
      let verifies = 0;
      let failed = 0;
      const cpu = process.cpuUsage();
      const start = performance.now();
      const end = start + seconds * 1000;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < end) {
            if ((await hasher.verify(stored, password)).ok) verifies += 1;
            else failed += 1;
          }
        }),
      );
      const elapsed = (performance.now() - start) / 1000;
      const used = process.cpuUsage(cpu);
      return { verifies, failed, seconds: elapsed, rate: verifies / elapsed, cpuMs: (used.user + used.system) / 1000 };
    },
  };
}

export interface BareFastify {
  url: string;
  measure(connections: number, seconds: number): Promise<LoadRun>;
  close(): Promise<void>;
}

/** Baseline B: `GET /` → `{ok:true}` on a Fastify with no plugins, hooks or logging. */
export async function startBareFastify(): Promise<BareFastify> {
  const app = Fastify({ logger: false });
  app.get('/', async () => ({ ok: true }));
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    measure: (connections, seconds) =>
      runLoad({
        url,
        connections,
        seconds,
        method: 'GET',
        requests: [{ label: 'GET /', path: '/', expect: (status, body) => status === 200 && body === '{"ok":true}' }],
      }),
    close: () => app.close(),
  };
}

/** Baseline B's own line, from every run of it: the check-in bench alternates these runs with its check-ins. */
export function bareFastifyFigure(runs: LoadRun[]): Figure {
  const expected = sum(runs.map((r) => r.kinds[0]!.expected));
  return figure({
    name: 'bare Fastify GET / (baseline B)',
    value: expected / sum(runs.map((r) => r.seconds)),
    unit: 'req/s',
    baseline: null,
    goal: null,
    checks: checksOf(runs),
    rounds: runs.map((r) => r.kinds[0]!.rate),
    // Bounds what the in-process autocannon client adds to every other figure's CPU.
    note: `process CPU ${((sum(runs.map((r) => r.cpuMs)) * 1000) / expected).toFixed(0)} µs per request, client and server together`,
  });
}
