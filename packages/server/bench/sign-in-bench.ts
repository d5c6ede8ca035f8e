// Password sign-in figures: throughput against raw argon2id verify, and unknown-email vs wrong-password latency.
import { verifyBaseline, type VerifyRun } from './baselines.js';
import { BENCH_PASSWORD, WRONG_PASSWORD, type BenchServer } from './bench-server.js';
import { alternate, checksOf, figure, runLoad, sum, type Bench, type LoadRun } from './kit.js';

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

const credentialsInvalid = (status: number, body: string) => status === 400 && parse(body)?.error?.code === 'CREDENTIALS_INVALID';

/** One autocannon run of credential submissions, each on a fresh flow, rotating over `emails`. */
async function credentialRun(server: BenchServer, input: {
  emails: () => string;
  password: string;
  connections: number;
  seconds: number;
  expectedRate: number;
  expect: (status: number, body: string) => boolean;
}): Promise<LoadRun> {
  // Enough flows for half again the expected rate; creating them is outside the measured window.
  const flows = flowPool(await server.newSignInFlows(Math.ceil(input.expectedRate * 1.5 * input.seconds) + input.connections * 2));
  return runLoad({
    url: server.url, connections: input.connections, seconds: input.seconds, method: 'POST',
    next: () => ({
      path: `/v1/flows/${flows()}`,
      body: JSON.stringify({ step: 'credentials', email: input.emails(), password: input.password }),
    }),
    expect: input.expect,
  });
}

const argonParams = (server: BenchServer) => ({
  memoryCost: server.tessera.config.password.memoryCostKiB, timeCost: server.tessera.config.password.timeCost, parallelism: 1,
});

/** Successful password sign-ins per second vs raw verifies per second, in alternating rounds at the same concurrency. */
export const signInThroughputBench: Bench = {
  name: 'sign-in-throughput',
  async run(ctx) {
    const { loadConnections: connections, throughputRounds, throughputRoundSeconds: seconds, warmupSeconds } = ctx.settings;
    const server = await ctx.server();
    const baseline = await verifyBaseline(argonParams(server));
    const emails = rotation(server.emails);
    let expectedRate = 200;
    const signIn = (runSeconds: number) =>
      credentialRun(server, { emails, password: BENCH_PASSWORD, connections, seconds: runSeconds, expectedRate, expect: signedIn });

    ctx.progress(`warm-up: ${warmupSeconds} s of verifies, ${warmupSeconds} s of sign-ins`);
    expectedRate = Math.max(expectedRate, (await baseline.measure(connections, warmupSeconds)).rate);
    await signIn(warmupSeconds);

    const verifies: VerifyRun[] = [];
    const signIns: LoadRun[] = [];
    for (const kind of alternate(throughputRounds, 'verify', 'sign-in')) {
      ctx.progress(`${kind}: ${connections} in flight, ${seconds} s`);
      if (kind === 'verify') {
        const run = await baseline.measure(connections, seconds);
        verifies.push(run);
        expectedRate = Math.max(expectedRate, run.rate);
      } else {
        const run = await signIn(seconds);
        signIns.push(run);
        expectedRate = Math.max(expectedRate, run.rate);
      }
    }

    const verifyRate = sum(verifies.map((r) => r.verifies)) / sum(verifies.map((r) => r.seconds));
    const signInRate = sum(signIns.map((r) => r.expected)) / sum(signIns.map((r) => r.seconds));
    const p = baseline.params;
    const baselineName = `raw argon2id verify (m=${p.memoryCost} KiB, t=${p.timeCost}, p=${p.parallelism}, ${connections} in flight)`;
    return [
      figure({
        name: `${baselineName} (baseline A)`, value: verifyRate, unit: 'verifies/s', baseline: null, goal: null,
        checks: { expected: sum(verifies.map((r) => r.verifies)), unexpected: sum(verifies.map((r) => r.failed)), samples: [] },
        rounds: verifies.map((r) => r.rate),
      }),
      figure({
        name: 'sign-in vs raw argon2id verify', value: signInRate, unit: 'req/s',
        baseline: { name: baselineName, value: verifyRate, unit: 'verifies/s' }, goal: { min: 0.9 },
        checks: checksOf(signIns), rounds: signIns.map((r) => r.rate),
      }),
    ];
  },
};

/** Mean latency of a sign-in with an unknown email vs one with a wrong password: equal, or the response leaks existence. */
export const credentialsTimingBench: Bench = {
  name: 'unknown-vs-wrong-password',
  async run(ctx) {
    const { latencyConnections: connections, latencyPairs, latencyRunSeconds: seconds, warmupSeconds } = ctx.settings;
    const server = await ctx.server();
    const known = rotation(server.emails);
    const unknown = rotation(server.unknownEmails);
    let expectedRate = 200;
    const failing = async (kind: 'wrong password' | 'unknown email', runSeconds: number) => {
      const run = await credentialRun(server, {
        emails: kind === 'unknown email' ? unknown : known, password: WRONG_PASSWORD, connections, seconds: runSeconds,
        expectedRate, expect: credentialsInvalid,
      });
      expectedRate = Math.max(expectedRate, run.rate);
      return run;
    };

    ctx.progress(`warm-up: ${warmupSeconds} s of each failure (the first unknown email makes the dummy hash)`);
    await failing('unknown email', warmupSeconds);
    await failing('wrong password', warmupSeconds);

    const runs: Record<'wrong password' | 'unknown email', LoadRun[]> = { 'wrong password': [], 'unknown email': [] };
    for (const kind of alternate(latencyPairs, 'wrong password', 'unknown email') as Array<'wrong password' | 'unknown email'>) {
      ctx.progress(`${kind}: ${connections} connections, ${seconds} s`);
      runs[kind].push(await failing(kind, seconds));
    }

    const mean = (list: LoadRun[]) => sum(list.map((r) => r.latencySumMs)) / sum(list.map((r) => r.latencyCount));
    const wrong = runs['wrong password'];
    const missing = runs['unknown email'];
    return [figure({
      name: 'unknown-email vs wrong-password mean latency', value: mean(missing), unit: 'ms',
      baseline: { name: 'wrong-password mean latency', value: mean(wrong), unit: 'ms' }, goal: { min: 0.95, max: 1.05 },
      checks: checksOf([...missing, ...wrong]),
      rounds: missing.map((r, i) => r.latencySumMs / r.latencyCount / (wrong[i]!.latencySumMs / wrong[i]!.latencyCount)),
    })];
  },
};
