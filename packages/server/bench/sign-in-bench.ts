// Password sign-in figures: throughput against raw argon2id verify, and unknown-email vs wrong-password latency; the
// server, the verifier and the autocannon load generator each in their own process.
import { BENCH_PASSWORD, WRONG_PASSWORD } from './bench-server.js';
import type { VerifyRun } from './baselines.js';
import type { CredentialKind } from './credential-load.js';
import { Child, watchProcess } from './ipc.js';
import {
  alternate,
  checksOf,
  figure,
  meanLatency,
  medianLatency,
  sum,
  type Bench,
  type BenchContext,
  type Figure,
  type LoadRun,
} from './kit.js';
import type { LoadJob } from './load-process.js';
import type { ServerReady, ServerSpec } from './server-process.js';

/** A Tessera for sign-ins, the raw argon2id verifier and the load generator, each in its own process. */
interface Processes {
  server: Child<ServerReady>;
  ready: ServerReady;
  load: Child;
  verifier?: Child<ServerReady>;
  close(): Promise<void>;
}

async function startProcesses(ctx: BenchContext, withVerifier: boolean): Promise<Processes> {
  const children: Child[] = [];
  const child = <T>(module: string, spec: unknown) => {
    const made = new Child<T>(module, spec, { compiled: module === './server-process.ts' });
    children.push(made as Child);
    return made;
  };
  const close = async () => {
    for (const c of children) await c.close().catch(() => {});
  };
  try {
    const server = child<ServerReady>('./server-process.ts', {
      kind: 'sign-in',
      accounts: ctx.settings.accounts,
    } satisfies ServerSpec);
    const load = child('./load-process.ts', {});
    const ready = await server.ready;
    await load.ready;
    const verifier = withVerifier
      ? child<ServerReady>('./server-process.ts', { kind: 'argon2', ...ready.argon2! } satisfies ServerSpec)
      : undefined;
    await verifier?.ready;
    return { server, ready, load, ...(verifier ? { verifier } : {}), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * One autocannon run of credential submissions, each on a fresh flow, from the load process; with several kinds, each
 * connection sends them in turn. `expectedRate` (all kinds together) sizes the flow pool, made before the run starts.
 * The CPU is the server process's alone.
 */
async function credentialRun(
  p: Processes,
  kinds: CredentialKind[],
  load: { connections: number; seconds: number; expectedRate: number },
): Promise<{ run: LoadRun; serverCpuMs: number; mainCpuMs: number; statements: number }> {
  const flows = await p.server.request<string[]>('flows', {
    count: Math.ceil(load.expectedRate * 1.5 * load.seconds) + load.connections * 2,
  });
  const job: LoadJob = {
    url: p.ready.url,
    mode: 'credentials',
    connections: load.connections,
    seconds: load.seconds,
    credentials: { flows, kinds },
  };
  const before = await p.server.request<number>('statements');
  const watched = await watchProcess(p.server.pid, () => p.load.request<LoadRun>('run', { ...job }));
  const statements = (await p.server.request<number>('statements')) - before;
  return { run: watched.result, serverCpuMs: watched.cpuMs, mainCpuMs: watched.mainCpuMs, statements };
}

const totalRate = (run: LoadRun) => sum(run.kinds.map((k) => k.rate));

/** Credential runs whose flow pools are sized by the fastest rate seen so far (`seen` takes other runs' rates too). */
function credentialRuns(p: Processes, connections: number) {
  let expectedRate = 200;
  const seen = (rate: number) => void (expectedRate = Math.max(expectedRate, rate));
  const run = async (kinds: CredentialKind[], seconds: number) => {
    const measured = await credentialRun(p, kinds, { connections, seconds, expectedRate });
    seen(totalRate(measured.run));
    return measured;
  };
  return { run, seen };
}

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
    const p = await startProcesses(ctx, true);
    try {
      const success: CredentialKind = {
        label: 'sign-in',
        emails: p.ready.emails!,
        password: BENCH_PASSWORD,
        expect: 'signed-in',
      };
      const submit = credentialRuns(p, connections);
      const signIn = (runSeconds: number) => submit.run([success], runSeconds);
      const verify = async (runSeconds: number) => {
        const run = await p.verifier!.request<VerifyRun>('verify', { concurrency: connections, seconds: runSeconds });
        submit.seen(run.rate);
        return run;
      };

      ctx.progress(`warm-up: ${warmupSeconds} s of verifies, ${warmupSeconds} s of sign-ins`);
      await verify(warmupSeconds);
      await signIn(warmupSeconds);

      const verifies: VerifyRun[] = [];
      const signIns: Array<Awaited<ReturnType<typeof signIn>>> = [];
      for (const kind of alternate(throughputRounds, 'verify', 'sign-in')) {
        ctx.progress(`${kind}: ${connections} in flight, ${seconds} s`);
        if (kind === 'verify') verifies.push(await verify(seconds));
        else signIns.push(await signIn(seconds));
      }

      const runs = signIns.map((m) => m.run);
      const signedIn = sum(runs.map((r) => r.kinds[0]!.expected));
      const verified = sum(verifies.map((r) => r.verifies));
      const verifyRate = verified / sum(verifies.map((r) => r.seconds));
      const signInRate = signedIn / sum(runs.map((r) => r.seconds));
      // Operations per CPU-second of the process doing them (the verifier's, the server's; the load generator is
      // elsewhere): what the throughput ratio tends to on an otherwise idle machine, and far less sensitive than
      // throughput to other processes taking the cores.
      const verifiesPerCpuSecond = verified / (sum(verifies.map((r) => r.cpuMs)) / 1000);
      const signInCpuMs = sum(signIns.map((m) => m.serverCpuMs));
      const signInsPerCpuSecond = signedIn / (signInCpuMs / 1000);
      // Where a sign-in's CPU goes: the main thread (HTTP, the flow, SQL) and the others (libuv's pool, where argon2id
      // runs, and V8's helpers), beside what a verify alone costs the verifier.
      const perSignIn = (ms: number) => (signedIn ? ms / signedIn : Number.NaN).toFixed(1);
      const mainMs = sum(signIns.map((m) => m.mainCpuMs));
      const otherMs = signInCpuMs - mainMs;
      const cpuSplit =
        `server CPU a sign-in: main thread ${perSignIn(mainMs)} ms, other threads ${perSignIn(otherMs)} ms ` +
        `(argon2id's among them); the verifier ${(1000 / verifiesPerCpuSecond).toFixed(1)} ms a verify; ` +
        `${perSignIn(sum(signIns.map((m) => m.statements)))} SQL statements a sign-in (counted)`;
      const a = p.ready.argon2!;
      const baselineName = `raw argon2id verify (m=${a.memoryCost} KiB, t=${a.timeCost}, p=1, ${connections} in flight)`;
      return [
        figure({
          name: `${baselineName} (baseline A)`,
          value: verifyRate,
          unit: 'verifies/s',
          baseline: null,
          goal: null,
          checks: {
            expected: verified,
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
          checks: checksOf(runs),
          rounds: runs.map(totalRate),
        }),
        figure({
          name: 'sign-in vs raw argon2id verify, per CPU-second',
          value: signInsPerCpuSecond,
          unit: 'sign-ins/CPU-s',
          baseline: { name: `${baselineName}, per CPU-second`, value: verifiesPerCpuSecond, unit: 'verifies/CPU-s' },
          goal: { min: 0.9 },
          rounds: signIns.map((m) => m.run.kinds[0]!.expected / (m.serverCpuMs / 1000)),
          note: cpuSplit,
        }),
      ];
    } finally {
      await p.close();
    }
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
    const p = await startProcesses(ctx, false);
    try {
      // Both refused alike: a wrong password for an account, and any password for an email that has none.
      const refused = (label: string, emails: string[]): CredentialKind => ({
        label,
        emails,
        password: WRONG_PASSWORD,
        expect: 'credentials-invalid',
      });
      const wrong = refused('wrong password', p.ready.emails!);
      const unknown = refused('unknown email', p.ready.unknownEmails!);
      const submit = credentialRuns(p, connections);
      const run = async (kinds: CredentialKind[], runSeconds: number) => (await submit.run(kinds, runSeconds)).run;

      ctx.progress(`warm-up: ${warmupSeconds} s (the first unknown email makes the dummy hash)`);
      await run([unknown, wrong], warmupSeconds);

      const runs: LoadRun[] = [];
      for (let i = 0; i < latencyRuns; i++) {
        const kinds = i % 2 === 0 ? [wrong, unknown] : [unknown, wrong];
        ctx.progress(`${kinds.map((k) => k.label).join(' / ')} interleaved: ${connections} connections, ${seconds} s`);
        runs.push(await run(kinds, seconds));
      }
      return timingFigures(runs, unknown, wrong);
    } finally {
      await p.close();
    }
  },
};

function timingFigures(runs: LoadRun[], unknown: CredentialKind, wrong: CredentialKind): Figure[] {
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
}
