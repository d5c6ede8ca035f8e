// Baseline A, the raw argon2id verify rate the sign-in figures are divided by, measured in the same run (the bare
// Fastify and node:http baselines of the check-in figures are server kinds of server-process.ts).
import { createPasswordHasher, OWASP_ARGON2ID, type Argon2Params } from '@tessera/server';

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
