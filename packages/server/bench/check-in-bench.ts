// Check-in figures: POST /v1/check-in at 10k and 1M stored devices against a bare Fastify route (baseline B), and 1M vs 10k.
import { setTimeout as delay } from 'node:timers/promises';
import { bareFastifyFigure, startBareFastify } from './baselines.js';
import { startBenchServer, type BenchServer } from './bench-server.js';
import { accountsFor, seedDevices, type DeviceSeed, type PooledCredential } from './device-seed.js';
import {
  alternate,
  checksOf,
  figure,
  latencyQuantile,
  runLoad,
  sum,
  type Bench,
  type Figure,
  type LoadRun,
  type RequestContext,
} from './kit.js';
import { count } from './report.js';

/** Credentials not in flight, oldest first: each is presented once and its successor joins the back. */
class CredentialQueue {
  private readonly items: (PooledCredential | undefined)[];
  private head = 0;
  size: number;

  constructor(initial: PooledCredential[]) {
    this.items = [...initial];
    this.size = initial.length;
  }

  take(): PooledCredential | undefined {
    if (this.size === 0) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) % this.items.length;
    this.size -= 1;
    return item;
  }

  give(item: PooledCredential): void {
    if (this.size === this.items.length) throw new Error('credential pool overflow');
    this.items[(this.head + this.size) % this.items.length] = item;
    this.size += 1;
  }
}

function parse(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

interface Target {
  label: string;
  server: BenchServer;
  seed: DeviceSeed;
  queue: CredentialQueue;
  runs: LoadRun[];
}

/** One autocannon run of check-ins, each with an unused credential; a 200 VALID on the right plan hands back the next one. */
async function checkInRun(target: Target, connections: number, seconds: number): Promise<LoadRun> {
  const { queue } = target;
  const run = await runLoad({
    url: target.server.url,
    connections,
    seconds,
    method: 'POST',
    requests: [
      {
        label: `check-in at ${target.label}`,
        next(context: RequestContext) {
          const item = queue.take();
          context.item = item;
          // An exhausted pool sends a credential that cannot exist: a 400, counted as unexpected.
          return {
            path: '/v1/check-in',
            body: JSON.stringify({ credential: item?.credential ?? 'tdc_pool_exhausted' }),
          };
        },
        expect(status, body, context) {
          const item = context.item as PooledCredential | undefined;
          context.item = undefined;
          if (status !== 200 || !item) return false;
          const view = parse(body);
          const next = view?.deviceCredential;
          if (typeof next !== 'string' || !next.startsWith('tdc_')) return false;
          // Only the newest credential is ever presented again: an old one past its grace would revoke the connection.
          queue.give({ credential: next, plan: item.plan });
          return (
            view.outcome === 'VALID' && view.license?.plan === item.plan && typeof view.license?.token === 'string'
          );
        },
      },
    ],
  });
  // Check-ins still in flight when autocannon stops finish on the server (their credentials leave the pool).
  await delay(300);
  return run;
}

const rateOf = (runs: LoadRun[]) => sum(runs.map((r) => r.kinds[0]!.expected)) / sum(runs.map((r) => r.seconds));
const cpuPerRequest = (runs: LoadRun[]) =>
  (sum(runs.map((r) => r.cpuMs)) * 1000) / sum(runs.map((r) => r.kinds[0]!.expected));

export const checkInBench: Bench = {
  name: 'check-in',
  async run(ctx) {
    const {
      bareConnections: connections,
      bareSeconds: seconds,
      warmupSeconds,
      checkInDevices,
      checkInPool,
      checkInRounds,
      quick,
    } = ctx.settings;
    const figures: Figure[] = [];
    const targets: Target[] = [];
    const bare = await startBareFastify();
    try {
      for (const devices of checkInDevices) {
        const accounts = accountsFor(devices);
        ctx.progress(
          `check-in server: ${accounts} accounts through the service, then ${count(devices)} devices straight into SQLite`,
        );
        const server = await startBenchServer({ accounts });
        try {
          const seed = await seedDevices(server, { devices, pool: checkInPool });
          targets.push({
            label: `${count(devices)} devices`,
            server,
            seed,
            queue: new CredentialQueue(seed.pool),
            runs: [],
          });
          figures.push(
            figure({
              name: `seeding ${count(devices)} devices straight into SQLite`,
              value: seed.seconds,
              unit: 's',
              baseline: null,
              goal: null,
              note:
                `${Math.round(devices / seed.seconds / 1000)}k devices/s; ${count(devices)} devices + app connections over ${seed.accounts} accounts, ` +
                `${count(seed.subscribed)} of them on a subscription (with seats), the rest on Free; ANALYZE included; ` +
                `load pool ${count(seed.pool.length)} credentials, ${Math.round((100 * seed.poolSubscribed) / seed.pool.length)}% on the subscription`,
            }),
          );
        } catch (error) {
          await server.close();
          throw error;
        }
      }
      const [small, large] = targets as [Target, Target];

      ctx.progress(
        `warm-up: ${warmupSeconds} s each of baseline B, check-in at ${small.label}, check-in at ${large.label}`,
      );
      await bare.measure(connections, warmupSeconds);
      for (const target of targets) await checkInRun(target, connections, warmupSeconds);

      const bareRuns: LoadRun[] = [];
      for (const kind of alternate(checkInRounds, 'bare', 'small', 'large')) {
        if (kind === 'bare') {
          ctx.progress(`bare Fastify: ${connections} connections, ${seconds} s`);
          bareRuns.push(await bare.measure(connections, seconds));
        } else {
          const target = kind === 'small' ? small : large;
          ctx.progress(`check-in at ${target.label}: ${connections} connections, ${seconds} s`);
          target.runs.push(await checkInRun(target, connections, seconds));
        }
      }

      const baseline = bareFastifyFigure(bareRuns);
      figures.push(baseline);
      const quickNote = (t: Target) => (quick && t === large ? ' (--quick: 100k instead of 1M)' : '');
      for (const target of targets) {
        figures.push(
          figure({
            name: `check-in at ${target.label}${quickNote(target)} vs bare Fastify route`,
            value: rateOf(target.runs),
            unit: 'req/s',
            baseline: { name: baseline.name, value: baseline.value, unit: baseline.unit },
            goal: { min: 0.6 },
            p99Ms: latencyQuantile(
              target.runs.map((r) => r.kinds[0]!),
              0.99,
            ),
            checks: checksOf(target.runs),
            rounds: target.runs.map((r) => r.kinds[0]!.rate),
            note: `process CPU ${cpuPerRequest(target.runs).toFixed(0)} µs per check-in, client and server together`,
          }),
        );
      }
      figures.push(
        figure({
          name: `check-in at ${count(large.seed.devices)} vs ${small.label}${quickNote(large)}`,
          value: rateOf(large.runs),
          unit: 'req/s',
          baseline: { name: `check-in at ${small.label}`, value: rateOf(small.runs), unit: 'req/s' },
          goal: { min: 0.8 },
          rounds: large.runs.map((r, i) => r.kinds[0]!.rate / small.runs[i]!.kinds[0]!.rate),
          // Less sensitive than throughput to other processes taking the two servers' cores at different moments.
          note:
            `per CPU-second ratio ${(cpuPerRequest(small.runs) / cpuPerRequest(large.runs)).toFixed(2)} ` +
            `(${cpuPerRequest(large.runs).toFixed(0)} vs ${cpuPerRequest(small.runs).toFixed(0)} µs process CPU per check-in)`,
        }),
      );
      return figures;
    } finally {
      for (const target of targets) await target.server.close();
      await bare.close();
    }
  },
};
