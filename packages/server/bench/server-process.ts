// A bench server in its own process: a seeded Tessera (SQLite or a scratch PostgreSQL), a bare Fastify or node:http,
// a Tessera for sign-ins, or the raw argon2id verifier the sign-ins are compared with.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Fastify from 'fastify';
import type { DeviceSeed, PooledCredential } from './device-seed.js';
import { childSpec, reportSetupFailure, serveParent } from './ipc.js';

export type ServerSpec =
  | {
      kind: 'tessera';
      databaseUrl?: string;
      devices: number;
      pool: number;
      /** Seed, close and hand back the data directory: the serving process then starts without the loader's memory. */
      seedOnly?: boolean;
      /** Serve what a `seedOnly` process seeded (no seeding here). */
      seeded?: { dataDir: string };
      /** Check-in settings other than the defaults (the fleet simulation's load shedding off and on). */
      checkIn?: Record<string, number>;
    }
  | { kind: 'fastify' }
  | { kind: 'node-http' }
  /** A Tessera on SQLite with `accounts` accounts (BENCH_PASSWORD), for sign-in submissions. */
  | { kind: 'sign-in'; accounts: number }
  /** No server: raw argon2id verifies with Tessera's hasher, timed in this process (the sign-in baseline). */
  | { kind: 'argon2'; memoryCost: number; timeCost: number };

export interface ServerReady {
  url: string;
  /** The seeding's figures and the credentials the load may present (Tessera only). */
  seed?: Omit<DeviceSeed, 'pool'>;
  pool?: PooledCredential[];
  /** Where a `seedOnly` process left the data (keys; the SQLite file). */
  dataDir?: string;
  /** A sign-in server's accounts, and well-formed emails that have none. */
  emails?: string[];
  unknownEmails?: string[];
  /** The argon2id cost a sign-in server hashes with (the baseline verifies with the same). */
  argon2?: { memoryCost: number; timeCost: number };
}

const BODY = '{"ok":true}';

/**
 * The memory in use after full collections (V8's `gc`, reached without starting the process with --expose-gc): the
 * heap, and what lives outside it (a cached answer's bytes are a buffer).
 */
function memoryAfterCollection(): number {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

/** Requests the server answered, from its own /metrics (that route excluded): what statements and CPU are divided by. */
async function handledRequests(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let total = 0;
  for (const line of text.split('\n'))
    if (line.startsWith('tessera_http_requests_total{') && !line.includes('route="/metrics"'))
      total += Number(line.slice(line.lastIndexOf(' ') + 1));
  return total;
}

async function startTessera(spec: Extract<ServerSpec, { kind: 'tessera' }>): Promise<void> {
  // Imported here, so the bare baselines' processes do not load (and hold in memory) the whole server.
  const { startBenchServer } = await import('./bench-server.js');
  const { accountsFor, BENCH_PLAN, seedDevices } = await import('./device-seed.js');
  const { seedPostgresDevices } = await import('./pg-seed.js');
  const { sql } = await import('kysely');
  const server = await startBenchServer({
    accounts: spec.seeded ? 0 : accountsFor(spec.devices),
    countStatements: true,
    keepDataDir: spec.seedOnly ?? false,
    ...(spec.databaseUrl ? { databaseUrl: spec.databaseUrl } : {}),
    ...(spec.seeded ? { dataDir: spec.seeded.dataDir } : {}),
    ...(spec.checkIn ? { checkIn: spec.checkIn } : {}),
  });
  try {
    const seeding = spec.seeded
      ? undefined
      : spec.databaseUrl
        ? await seedPostgresDevices(server, { devices: spec.devices, pool: spec.pool, databaseUrl: spec.databaseUrl })
        : await seedDevices(server, { devices: spec.devices, pool: spec.pool });
    const { tessera } = server;
    if (spec.seedOnly) {
      const { pool, ...seed } = seeding!;
      await server.close();
      const dataDir = tessera.config.dataDir;
      serveParent({ url: '', seed, pool, dataDir } satisfies ServerReady, {}, async () => {});
      return;
    }
    const ready: ServerReady = { url: server.url };
    if (seeding) {
      const { pool, ...seed } = seeding;
      Object.assign(ready, { seed, pool });
    }
    serveParent(
      ready,
      {
        statements: () => tessera.database.statements?.count ?? Number.NaN,
        handled: () => handledRequests(server.url),
        /**
         * Bytes per cached check-in answer, heap and outside: full, then emptied; and the memory live with the cache
         * full (heap in use and buffers after full collections) beside the RSS.
         */
        cacheBytes: () => {
          const answers = tessera.checkInCache.size;
          const full = memoryAfterCollection();
          tessera.checkInCache.setEnabled(false);
          const empty = memoryAfterCollection();
          tessera.checkInCache.setEnabled(true);
          // With the process's RSS then: what of the run's peak was live (heap and buffers) and what was not.
          const { rss } = process.memoryUsage();
          return { answers, bytes: answers ? (full - empty) / answers : Number.NaN, live: full, rss };
        },
        /**
         * One last-seen flush of `apps` stored apps picked at random, each time moved forward (granularity 0): what a
         * fleet's row costs, on the server's own thread on SQLite and in the database's processes on PostgreSQL.
         */
        lastSeenCost: async (message: { apps: number }) => {
          const picked = await tessera.database.db
            .selectFrom('app_connections')
            .select(['id', 'device_id'])
            .orderBy(sql`random()`)
            .limit(message.apps)
            .execute();
          const at = Date.now() + 60_000;
          const batch = {
            devices: new Map(picked.map((r) => [r.device_id, at])),
            connections: new Map(picked.map((r) => [r.id, at])),
            checkInsPerMinute: new Map<number, number>(),
          };
          const cpu = process.cpuUsage();
          const started = performance.now();
          await tessera.stores.checkIns.writeLastSeen(batch, 0);
          const wallMs = performance.now() - started;
          const { user, system } = process.cpuUsage(cpu);
          return {
            apps: picked.length,
            wallUs: (wallMs * 1000) / picked.length,
            cpuUs: (user + system) / picked.length,
          };
        },
        /**
         * After priming: the last-seen times the priming noted written now, and the database's dirty pages flushed
         * (PostgreSQL's CHECKPOINT; SQLite's WAL folded back), so neither lands on the two cores inside a measured run.
         * A fleet's steady state writes a trickle of rows each interval; the priming noted the whole pool at once.
         */
        quiesce: async () => {
          await tessera.flushLastSeen();
          const checkpoint =
            tessera.database.dialect === 'postgres' ? sql`checkpoint` : sql`pragma wal_checkpoint(TRUNCATE)`;
          await checkpoint.execute(tessera.database.db);
          return true;
        },
        /** Turns the check-in cache on (empty) or off: the bench's uncached runs read every answer. */
        cache: (message: { enabled: boolean }) => tessera.checkInCache.setEnabled(message.enabled),
        // Counters whose name mentions a cache (hits, misses), when the server has any: the simulation's hit rate.
        cacheMetrics: async () =>
          (await (await fetch(`${server.url}/metrics`)).text())
            .split('\n')
            .filter((line) => /cache/i.test(line) && !line.startsWith('#')),
        /** Grants the bench plan to `accounts` accounts that have none: entitlement changes during a fleet run. */
        grant: async (message: { accounts: number }) => {
          const rows = await tessera.database.db
            .selectFrom('accounts')
            .select('id')
            .where('id', 'not in', (q) => q.selectFrom('subscriptions').select('owner_account_id'))
            .limit(message.accounts)
            .execute();
          for (const { id } of rows) {
            const granted = await tessera.licensing.operator.grant({ accountId: id, planId: BENCH_PLAN.id });
            if (!granted.ok) throw new Error(`grant: ${granted.problem}`);
          }
          return rows.length;
        },
      },
      () => server.close(),
    );
  } catch (error) {
    await server.close();
    throw error;
  }
}

async function startBare(kind: 'fastify' | 'node-http'): Promise<void> {
  let url: string;
  let close: () => Promise<void>;
  let handled = 0;
  if (kind === 'fastify') {
    const app = Fastify({ logger: false });
    app.get('/', async () => {
      handled += 1;
      return { ok: true };
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = () => app.close();
  } else {
    const server: Server = createServer((_request, response) => {
      handled += 1;
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      response.end(BODY);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  }
  serveParent(
    { url } satisfies ServerReady,
    { statements: () => 0, handled: () => handled, cacheMetrics: () => [] },
    close,
  );
}

async function startSignIn(accounts: number): Promise<void> {
  const { startBenchServer } = await import('./bench-server.js');
  // Counted as the check-in servers count theirs: a log hook on Kysely, one increment a statement.
  const server = await startBenchServer({ accounts, countStatements: true });
  const { password } = server.tessera.config;
  serveParent(
    {
      url: server.url,
      emails: server.emails,
      unknownEmails: server.unknownEmails,
      argon2: { memoryCost: password.memoryCostKiB, timeCost: password.timeCost },
    } satisfies ServerReady,
    {
      flows: (message: { count: number }) => server.newSignInFlows(message.count),
      statements: () => server.tessera.database.statements?.count ?? Number.NaN,
    },
    () => server.close(),
  );
}

async function startArgon2(params: { memoryCost: number; timeCost: number }): Promise<void> {
  const { verifyBaseline } = await import('./baselines.js');
  const baseline = await verifyBaseline({ ...params, parallelism: 1 });
  serveParent(
    { url: '' } satisfies ServerReady,
    {
      verify: (message: { concurrency: number; seconds: number }) =>
        baseline.measure(message.concurrency, message.seconds),
    },
    async () => {},
  );
}

const spec = childSpec<ServerSpec>();
try {
  await (spec.kind === 'tessera'
    ? startTessera(spec)
    : spec.kind === 'sign-in'
      ? startSignIn(spec.accounts)
      : spec.kind === 'argon2'
        ? startArgon2(spec)
        : startBare(spec.kind));
} catch (error) {
  reportSetupFailure(error);
}
