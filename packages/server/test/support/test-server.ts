// Starts a real Tessera in-process on a fresh database, with an injected clock and cheap password hashing.
import { randomBytes } from 'node:crypto';
import {
  CAPTCHA_ALPHABET,
  createCaptcha,
  createLogger,
  createTessera,
  loadConfig,
  ManualClock,
  newAlphabetCode,
  type Tessera,
} from '../../src/index.js';
import type { Logger } from 'pino';
import { createTestDatabase, redisUrl, type DbKind, type TestDatabase } from './databases.js';

export interface TestServer {
  tessera: Tessera;
  clock: ManualClock;
  /** Every captcha code this server issued, so tests can answer them. */
  captchaCodes: string[];
  db: TestDatabase;
  close(): Promise<void>;
}

export interface TestServerOptions {
  db: DbKind;
  redis?: boolean;
  clock?: ManualClock;
  /** Reuse a database (and data directory) another test server made: two instances, one store. */
  shared?: { db: TestDatabase; redisPrefix: string };
  overrides?: Record<string, unknown>;
  /** The log's destination (nothing is logged otherwise), at `info`. */
  logTo?: { write(line: string): unknown };
  /** Where the server logs (silent by default). */
  logger?: Logger;
  /** Count SQL statements (`tessera.database.statements`), as the bench does. */
  countStatements?: boolean;
}

export async function startTestServer(options: TestServerOptions): Promise<TestServer & { redisPrefix: string }> {
  const db = options.shared?.db ?? (await createTestDatabase(options.db));
  const clock = options.clock ?? new ManualClock();
  const redisPrefix = options.shared?.redisPrefix ?? `tessera-test:${randomBytes(6).toString('hex')}:`;
  const useRedis = options.redis ? redisUrl() : undefined;
  if (options.redis && !useRedis) throw new Error('Redis is not configured');
  const config = loadConfig({
    overrides: {
      dataDir: db.dataDir,
      ...(db.databaseUrl ? { databaseUrl: db.databaseUrl } : {}),
      ...(useRedis ? { redisUrl: useRedis } : {}),
      dev: true,
      logLevel: options.logTo ? 'info' : 'silent',
      requestsPerMinute: 100_000,
      redisKeyPrefix: redisPrefix,
      password: { memoryCostKiB: 1024, timeCost: 1 },
      ...options.overrides,
      // A test process's loop is late at times of its own (building servers, other suites): shedding by lateness is
      // on only where a test asks for it (test/check-in/load-shedding.test.ts).
      checkIn: { shedAfterLagMs: 0, ...(options.overrides?.checkIn as object | undefined) },
    },
  });
  const captchaCodes: string[] = [];
  // The configured kind (image by default), with image codes the tests can read back.
  const captcha = (secrets: Parameters<typeof createCaptcha>[1]['secrets']) =>
    createCaptcha(config.captcha, {
      secrets,
      newImageCode: () => {
        const code = newAlphabetCode(CAPTCHA_ALPHABET, 5);
        captchaCodes.push(code);
        return code;
      },
    });
  const logger =
    options.logger ??
    (options.logTo
      ? // A test's sink need only take lines; the logger's type asks for a whole stream's write.
        createLogger(config, options.logTo as Parameters<typeof createLogger>[1])
      : undefined);
  const tessera = await createTessera({
    config,
    clock,
    captcha,
    ...(logger ? { logger } : {}),
    ...(options.countStatements ? { countStatements: true } : {}),
  });
  let closing: Promise<void> | undefined;
  return {
    tessera,
    clock,
    db,
    redisPrefix,
    captchaCodes,
    // Once, however often asked: a test's `finally` may close what its body closed already.
    close: () =>
      (closing ??= (async () => {
        await tessera.close();
        if (!options.shared) await db.drop();
      })()),
  };
}
