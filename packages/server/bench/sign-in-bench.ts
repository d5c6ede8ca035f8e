// Password sign-in figures: throughput against raw argon2id verify, and unknown-email vs wrong-password latency.
import { setTimeout as delay } from 'node:timers/promises';
import { verifyBaseline, type VerifyRun } from './baselines.js';
import { BENCH_PASSWORD, WRONG_PASSWORD, type BenchServer } from './bench-server.js';
import {
  alternate,
  checksOf,
  figure,
  meanLatency,
  medianLatency,
  runLoad,
  sum,
  type Bench,
  type LoadRequest,
  type LoadRun,
} from './kit.js';

/** Hands out each pre-created flow once; when they run out, a flow id that cannot exist (a 404, counted as unexpected). */
function flowPool(ids: string[]): () => string {
  let next = 0;
  return () => ids[next++] ?? 'flw_pool_exhausted';
}

function rotation(items: string[]): () => string {
  let next = 0;
  return () => items[next++ % items.length]!;
}

function parse(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

const signedIn = (status: number, body: string) => {
  const view = parse(body);
  return status === 200 && view?.step === 'done' && typeof view?.result?.session?.token === 'string';
};

const credentialsInvalid = (status: number, body: string) =>
  status === 400 && parse(body)?.error?.code === 'CREDENTIALS_INVALID';

interface CredentialKind {
  label: string;
  emails: () => string;
  password: string;
  expect: (status: number, body: string) => boolean;
}

/**
 * One autocannon run of credential submissions, each on a fresh flow; with several kinds, each connection
 * sends them in turn. `expectedRate` (all kinds together) sizes the flow pool, which is made before the run starts.
 */
async function credentialRun(
  server: BenchServer,
  kinds: CredentialKind[],
  load: { connections: number; seconds: number; expectedRate: number },
): Promise<LoadRun> {
  const flows = flowPool(
    await server.newSignInFlows(Math.ceil(load.expectedRate * 1.5 * load.seconds) + load.connections * 2),
  );
  const requests = kinds.map((kind): LoadRequest => ({
    label: kind.label,
    next: () => ({
      path: `/v1/flows/${flows()}`,
      body: JSON.stringify({ step: 'credentials', email: kind.emails(), password: kind.password }),
    }),
    expect: kind.expect,
  }));
  const run = await runLoad({
    url: server.url,
    connections: load.connections,
    seconds: load.seconds,
    method: 'POST',
    requests,
  });
  // Requests still in flight when autocannon stops finish on the server: let them drain before the next measurement.
  await delay(300);
  return run;
}

const totalRate = (run: LoadRun) => sum(run.kinds.map((k) => k.rate));

const argonParams = (server: BenchServer) => ({
  memoryCost: server.tessera.config.password.memoryCostKiB,
  timeCost: server.tessera.config.password.timeCost,
  parallelism: 1,
});

/** Successful password sign-ins per second vs raw verifies per second, in alternating rounds at the same concurrency. */
export const signInThroughputBench: Bench = {
  name: 'sign-in-throughput',
  async run(ctx) {
    const {
      loadConnections: connections,
      throughputRounds,
      throughputRoundSeconds: seconds,
      warmupSeconds,
    } = ctx.settings;
    const server = await ctx.server();
    const baseline = await verifyBaseline(argonParams(server));
    const success: CredentialKind = {
      label: 'sign-in',
      emails: rotation(server.emails),
      password: BENCH_PASSWORD,
      expect: signedIn,
    };
    let expectedRate = 200;
    const signIn = async (runSeconds: number) => {
      const run = await credentialRun(server, [success], { connections, seconds: runSeconds, expectedRate });
      expectedRate = Math.max(expectedRate, totalRate(run));
      return run;
    };
    const verify = async (runSeconds: number) => {
      const run = await baseline.measure(connections, runSeconds);
      expectedRate = Math.max(expectedRate, run.rate);
      return run;
    };

    ctx.progress(`warm-up: ${warmupSeconds} s of verifies, ${warmupSeconds} s of sign-ins`);
    await verify(warmupSeconds);
    await signIn(warmupSeconds);

    const verifies: VerifyRun[] = [];
    const signIns: LoadRun[] = [];
    for (const kind of alternate(throughputRounds, 'verify', 'sign-in')) {
      ctx.progress(`${kind}: ${connections} in flight, ${seconds} s`);
      if (kind === 'verify') verifies.push(await verify(seconds));
      else signIns.push(await signIn(seconds));
    }

    const verifyRate = sum(verifies.map((r) => r.verifies)) / sum(verifies.map((r) => r.seconds));
    const signInRate = sum(signIns.map((r) => r.kinds[0]!.expected)) / sum(signIns.map((r) => r.seconds));
    // Operations per CPU-second: what the throughput ratio tends to on an otherwise idle machine, and far less
    // sensitive than throughput to other processes taking the cores (the in-process autocannon client counts against sign-in).
    const verifiesPerCpuSecond = sum(verifies.map((r) => r.verifies)) / (sum(verifies.map((r) => r.cpuMs)) / 1000);
    const signInsPerCpuSecond =
      sum(signIns.map((r) => r.kinds[0]!.expected)) / (sum(signIns.map((r) => r.cpuMs)) / 1000);
    const p = baseline.params;
    const baselineName = `raw argon2id verify (m=${p.memoryCost} KiB, t=${p.timeCost}, p=${p.parallelism}, ${connections} in flight)`;
    return [
      figure({
        name: `${baselineName} (baseline A)`,
        value: verifyRate,
        unit: 'verifies/s',
        baseline: null,
        goal: null,
        checks: {
          expected: sum(verifies.map((r) => r.verifies)),
          unexpected: sum(verifies.map((r) => r.failed)),
          samples: [],
        },
        rounds: verifies.map((r) => r.rate),
      }),
      figure({
        name: 'sign-in vs raw argon2id verify',
        value: signInRate,
        unit: 'req/s',
        baseline: { name: baselineName, value: verifyRate, unit: 'verifies/s' },
        goal: { min: 0.9 },
        checks: checksOf(signIns),
        rounds: signIns.map(totalRate),
      }),
      figure({
        name: 'sign-in vs raw argon2id verify, per CPU-second',
        value: signInsPerCpuSecond,
        unit: 'sign-ins/CPU-s',
        baseline: { name: `${baselineName}, per CPU-second`, value: verifiesPerCpuSecond, unit: 'verifies/CPU-s' },
        goal: { min: 0.9 },
        rounds: signIns.map((r) => r.kinds[0]!.expected / (r.cpuMs / 1000)),
      }),
    ];
  },
};

/**
 * Mean latency of a sign-in with an unknown email vs one with a wrong password: equal, or the response leaks
 * whether an account exists. The two kinds are interleaved request by request, so machine drift hits both alike.
 */
export const credentialsTimingBench: Bench = {
  name: 'unknown-vs-wrong-password',
  async run(ctx) {
    const { latencyConnections: connections, latencyRuns, latencyRunSeconds: seconds, warmupSeconds } = ctx.settings;
    const server = await ctx.server();
    const wrong: CredentialKind = {
      label: 'wrong password',
      emails: rotation(server.emails),
      password: WRONG_PASSWORD,
      expect: credentialsInvalid,
    };
    const unknown: CredentialKind = {
      label: 'unknown email',
      emails: rotation(server.unknownEmails),
      password: WRONG_PASSWORD,
      expect: credentialsInvalid,
    };
    let expectedRate = 200;
    const run = async (kinds: CredentialKind[], runSeconds: number) => {
      const result = await credentialRun(server, kinds, { connections, seconds: runSeconds, expectedRate });
      expectedRate = Math.max(expectedRate, totalRate(result));
      return result;
    };

    ctx.progress(`warm-up: ${warmupSeconds} s (the first unknown email makes the dummy hash)`);
    await run([unknown, wrong], warmupSeconds);

    const runs: LoadRun[] = [];
    for (let i = 0; i < latencyRuns; i++) {
      const kinds = i % 2 === 0 ? [wrong, unknown] : [unknown, wrong];
      ctx.progress(`${kinds.map((k) => k.label).join(' / ')} interleaved: ${connections} connections, ${seconds} s`);
      runs.push(await run(kinds, seconds));
    }

    const of = (kind: CredentialKind) => runs.flatMap((r) => r.kinds.filter((k) => k.label === kind.label));
    const medians = [medianLatency(of(unknown)), medianLatency(of(wrong))] as const;
    return [
      figure({
        name: 'unknown-email vs wrong-password mean latency',
        value: meanLatency(of(unknown)),
        unit: 'ms',
        baseline: { name: 'wrong-password mean latency', value: meanLatency(of(wrong)), unit: 'ms' },
        goal: { min: 0.95, max: 1.05 },
        checks: checksOf(runs),
        // The mean is the figure; the median shows whether a gap is the whole distribution or a few stalls.
        note: `median ratio ${(medians[0] / medians[1]).toFixed(2)} (${medians[0].toFixed(1)} ms vs ${medians[1].toFixed(1)} ms)`,
        rounds: runs.map(
          (r) =>
            meanLatency(r.kinds.filter((k) => k.label === unknown.label)) /
            meanLatency(r.kinds.filter((k) => k.label === wrong.label)),
        ),
      }),
    ];
  },
};
