// Prints the header and one line per figure, and writes the figures as JSON to bench-results/latest.json.
import { wrkAvailable } from './wrk-load.js';
import { mkdir, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, platform, release } from 'node:os';
import { dirname } from 'node:path';
import type { Figure, Goal, Settings } from './kit.js';
import { SERVER_MEMORY_MB } from './memory-cgroup.js';

export interface Environment {
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  uvThreadpoolSize: number;
}

export function environment(): Environment {
  return {
    node: process.version,
    platform: `${platform()} ${release()}`,
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    uvThreadpoolSize: Number(process.env.UV_THREADPOOL_SIZE) || 4,
  };
}

export function header(env: Environment, settings: Settings, config: Record<string, unknown>): string[] {
  const s = settings;
  return [
    `Tessera bench${s.mode === 'full' ? '' : ` (--${s.mode})`}: every figure is a ratio to a baseline measured in this run`,
    `node ${env.node} on ${env.platform}; ${env.cpus} CPUs (${env.cpuModel}); libuv thread pool ${env.uvThreadpoolSize}`,
    `check-in: each server (Tessera with ${count(s.checkInDevices[0])} and ${count(s.checkInDevices[1])} stored devices, ` +
      `bare Fastify, bare node:http: new ones for each dialect) in its own process ` +
      (SERVER_MEMORY_MB
        ? `and, where the bench may make one, its own ${SERVER_MEMORY_MB} MB memory cgroup (as in a container: Node sizes its heap from it), `
        : 'with no memory limit, ') +
      `the load generator in another (${wrkAvailable() ? "Debian's wrk, one thread" : 'autocannon: wrk not found'}); ` +
      `${s.checkInConnections} connections, ${s.checkInRounds}× alternating rounds of ${s.checkInSeconds} s` +
      (s.checkInRoundWarmupSeconds ? `, each after ${s.checkInRoundWarmupSeconds} s of the same load unmeasured` : '') +
      '; ' +
      `a pool of ${count(s.checkInPool)} seeded credentials; SQLite, then PostgreSQL (${s.postgresUrl ? 'a scratch database' : 'skipped: no URL'})`,
    `sign-in and timing: the server, the raw argon2id verifier and the load generator each in their own process; ` +
      `offline status: the SDK in this process (it makes no request)`,
    `load: ${s.loadConnections} in flight, ${s.throughputRounds}×2 alternating rounds of ${s.throughputRoundSeconds} s; ` +
      `latency: ${s.latencyConnections} connections, ${s.latencyRuns} runs of ${s.latencyRunSeconds} s interleaving the two kinds; ` +
      `${s.accounts} accounts + ${s.accounts} unknown emails`,
    `config: ${JSON.stringify(config)}`,
  ];
}

/** 10000 → 10k, 1000000 → 1M. */
export const count = (n: number) =>
  n >= 1e6 && n % 1e5 === 0 ? `${n / 1e6}M` : n >= 1e3 && n % 100 === 0 ? `${n / 1e3}k` : String(n);

const num = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

/** Milliseconds as the simulation prints them: whole from 10 up, one decimal below. */
export const ms = (v: number) => `${v >= 10 ? v.toFixed(0) : v.toFixed(1)} ms`;

export function goalText(goal: Goal): string {
  if (goal.min !== undefined && goal.max !== undefined) return `${goal.min.toFixed(2)}–${goal.max.toFixed(2)}`;
  if (goal.min !== undefined) return `≥ ${goal.min.toFixed(2)}`;
  return `≤ ${goal.max!.toFixed(2)}`;
}

/** One line per figure, then the unexpected responses (if any) indented below it. */
export function formatFigure(f: Figure): string[] {
  let line =
    f.baseline && f.ratio !== null
      ? `${f.name}: ratio ${f.ratio.toFixed(2)} (${num(f.value)} ${f.unit} vs ${num(f.baseline.value)} ${f.baseline.unit})`
      : `${f.name}: ${num(f.value)} ${f.unit}`;
  if (f.p50Ms !== undefined) line += `, p50 ${num(f.p50Ms)} ms`;
  if (f.p99Ms !== undefined) line += `, p99 ${num(f.p99Ms)} ms`;
  if (f.goal) line += `; goal ${goalText(f.goal)}: ${f.met ? 'met' : 'NOT MET'}`;
  if (f.rounds && f.rounds.length > 1) line += `; rounds ${f.rounds.map(num).join(' ')}`;
  if (f.note) line += `; ${f.note}`;
  if (f.checks) line += `; responses ${f.checks.expected} as expected, ${f.checks.unexpected} unexpected`;
  const lines = [line];
  for (const sample of f.checks?.unexpected ? f.checks.samples : []) lines.push(`    unexpected: ${sample}`);
  return lines;
}

export async function writeJson(path: string, report: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(report, null, 2)}\n`);
}
