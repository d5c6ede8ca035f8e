// Starts a real Tessera for the benchmark: temp SQLite dir, OWASP argon2id, limits out of the way, seeded accounts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
// The package's own name: its sources in the bench's process (tsx), its build in a server process (ipc.ts `compiled`).
import { createTessera, loadConfig, type Tessera } from '@tessera/server';

/** What the bench overrides; everything else (argon2id m=19456 KiB, t=2) keeps its default. */
export const BENCH_OVERRIDES = {
  logLevel: 'silent',
  requestsPerMinute: 1_000_000,
  // Failures must never bring in the captcha or waits, or the failure figures would measure those instead.
  risk: { captchaAfterEmailFailures: 1000, captchaAfterIpFailures: 100000, throttleAfterIpFailures: 100000 },
} as const;

export const BENCH_PASSWORD = 'bench: correct horse battery staple';
export const WRONG_PASSWORD = 'bench: incorrect horse battery staple';

export interface BenchServer {
  tessera: Tessera;
  url: string;
  /** Emails of existing accounts, all with BENCH_PASSWORD. */
  emails: string[];
  /** Well-formed emails no account has. */
  unknownEmails: string[];
  /** The stored hash every seeded account shares (same cost as any other hash with these parameters). */
  passwordHash: string;
  /** Creates `count` fresh sign-in flows through the flow service (not HTTP, so the request limit stays untouched). */
  newSignInFlows(count: number): Promise<string[]>;
  close(): Promise<void>;
}

export interface BenchServerOptions {
  accounts: number;
  /** PostgreSQL (a scratch database the caller made) instead of SQLite in the temp directory. */
  databaseUrl?: string;
  /** Count SQL statements (`tessera.database.statements`). */
  countStatements?: boolean;
  /** A data directory a previous (seeding) server left behind, instead of a new temporary one. */
  dataDir?: string;
  /** Leave the data directory on close, for the server that will serve it. */
  keepDataDir?: boolean;
  /** Check-in settings other than the defaults. */
  checkIn?: Record<string, number>;
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'tessera-bench-')));
  const removeDataDir = () => (options.keepDataDir ? Promise.resolve() : rm(dataDir, { recursive: true, force: true }));
  const database = options.databaseUrl ? { databaseUrl: options.databaseUrl } : {};
  const checkIn = options.checkIn ? { checkIn: options.checkIn } : {};
  const config = loadConfig({ overrides: { dataDir, ...database, ...BENCH_OVERRIDES, ...checkIn } });
  const tessera = await createTessera({ config, countStatements: options.countStatements ?? false });
  try {
    const prepared = await tessera.services.accounts.preparePassword(BENCH_PASSWORD, 'bench@example.com');
    if (!prepared.ok) throw new Error(`bench password refused by the policy: ${prepared.code}`);
    const emails: string[] = [];
    const unknownEmails: string[] = [];
    for (let i = 0; i < options.accounts; i++) {
      const email = `bench-user-${i}@example.com`;
      const account = await tessera.services.accounts.register({
        email,
        passwordHash: prepared.hash,
        country: 'VN',
        locale: 'en',
      });
      if (!account) throw new Error(`could not register ${email}`);
      emails.push(email);
      unknownEmails.push(`bench-nobody-${i}@example.com`);
    }
    await tessera.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = tessera.app.server.address() as AddressInfo;
    const origin = { ip: '127.0.0.1', userAgent: 'tessera-bench' };
    return {
      tessera,
      url: `http://127.0.0.1:${port}`,
      emails,
      unknownEmails,
      passwordHash: prepared.hash,
      async newSignInFlows(count) {
        const ids: string[] = [];
        for (let i = 0; i < count; i++) {
          const created = await tessera.services.flows.create({ kind: 'sign_in' }, origin);
          if (!created.ok) throw new Error(`bench: a sign-in flow was refused (${created.code})`);
          ids.push(created.view.flow.id);
        }
        return ids;
      },
      async close() {
        await tessera.close();
        await removeDataDir();
      },
    };
  } catch (error) {
    await tessera.close();
    await removeDataDir();
    throw error;
  }
}
