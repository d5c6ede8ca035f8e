// Shared set-up for the storage contract suites: a fresh migrated database (or Redis prefix) per suite, emptied per test.
import { randomBytes } from 'node:crypto';
import { after, before, beforeEach } from 'node:test';
import { Redis } from 'ioredis';
import type { Account, NewAccount } from '../../src/identity/index.js';
import {
  migrateToLatest,
  openDatabase,
  sqlStores,
  type DatabaseHandle,
  type SqlStores,
} from '../../src/storage/index.js';
import { createTestDatabase, redisUrl, type DbKind } from '../support/databases.js';

export { databaseKinds, redisUrl, type DbKind } from '../support/databases.js';

export interface OpenStores {
  handle: DatabaseHandle;
  stores: SqlStores;
  close(): Promise<void>;
}

/** Creates a fresh database of `kind`, migrates it and returns every SQL store over it; `close` drops it. */
export async function openStores(kind: DbKind): Promise<OpenStores> {
  const testDb = await createTestDatabase(kind);
  const handle = openDatabase({ dataDir: testDb.dataDir, databaseUrl: testDb.databaseUrl });
  const close = async () => {
    await handle.close();
    await testDb.drop(); // waits for the pool's sockets to close before dropping a PostgreSQL database
  };
  try {
    await migrateToLatest(handle.db);
  } catch (error) {
    await close();
    throw error;
  }
  return { handle, stores: sqlStores(handle), close };
}

// Children before parents, for the foreign keys.
const TABLES = [
  'webhook_deliveries',
  'webhook_events',
  'webhook_endpoints',
  'operator_tokens',
  'seats',
  'subscription_invitations',
  'subscription_members',
  'subscription_owners',
  'activation_codes',
  'subscriptions',
  'activation_batches',
  'statement_acceptances',
  'data_statements',
  'account_deletions',
  'app_connections',
  'devices',
  'sessions',
  'pending_factors',
  'passkeys',
  'passkey_challenges',
  'accounts',
  'flows',
  'risk_events',
  'risk_keys',
  'risk_blocks',
  'captcha_uses',
  'signing_keys',
  'outbox',
  'audit_events',
  'device_grants',
  'sms_tallies',
  'check_in_tallies',
  'code_mint_jobs',
] as const;

/** The plans migration 002 seeds (Free among them): they stay, as in every real database. */
export const SEEDED_PLANS = ['free', 'personal', 'family'];

/** Inside a describe: one database for the suite, every table emptied before each test. */
export function useStores(kind: DbKind): () => OpenStores {
  let open: OpenStores | undefined;
  before(async () => {
    open = await openStores(kind);
  });
  beforeEach(async () => {
    for (const table of TABLES) await current().handle.db.deleteFrom(table).execute();
    await current().handle.db.deleteFrom('plans').where('id', 'not in', SEEDED_PLANS).execute();
  });
  after(async () => {
    await open?.close();
  });
  const current = () => {
    if (!open) throw new Error('the test database is not open');
    return open;
  };
  return current;
}

/** Inside a describe: one Redis connection for the suite and a new unique key prefix per test, deleted afterwards. */
export function useRedis(): () => { redis: Redis; prefix: string } {
  let redis: Redis | undefined;
  const base = `tessera-test:${randomBytes(6).toString('hex')}:`;
  let prefix = base;
  before(() => {
    const url = redisUrl();
    if (!url) throw new Error('Redis is not configured');
    redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1 });
  });
  beforeEach(() => {
    prefix = `${base}${randomBytes(4).toString('hex')}:`;
  });
  after(async () => {
    if (!redis) return;
    const keys = await redis.keys(`${base}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });
  return () => {
    if (!redis) throw new Error('Redis is not connected');
    return { redis, prefix };
  };
}

/** A realistic epoch-millisecond time, large enough that a PostgreSQL bigint returned as a string would show. */
export const T0 = 1_767_225_600_123;

let seq = 0;
/** A new account with every field set, unique unless `overrides` says otherwise. */
export function sampleAccount(overrides: Partial<NewAccount> = {}): NewAccount {
  seq += 1;
  const email = `User${seq}.${randomBytes(3).toString('hex')}@Example.com`;
  return {
    id: `acc_${randomBytes(8).toString('hex')}`,
    email,
    emailNormalized: email.toLowerCase(),
    passwordHash: `$argon2id$v=19$m=64,t=1,p=1$${randomBytes(8).toString('base64')}`,
    country: 'VN',
    locale: 'vi-VN',
    phoneE164: '+84912345678',
    phoneVerifiedAt: T0 + 1,
    emailVerifiedAt: T0 + 2,
    passwordChangedAt: T0 + 3,
    createdAt: T0,
    ...overrides,
  };
}

/** The stored form of a new account: factors it cannot be created with are null. */
export function storedAccount(a: NewAccount): Account {
  return { phoneE164: null, phoneVerifiedAt: null, ...a, totpSecretSealed: null, totpLastStep: null, disabledAt: null };
}

/** Collects the results of `n` calls started together. */
export function together<T>(n: number, run: (i: number) => Promise<T>): Promise<T[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => run(i)));
}

export const countTrue = (results: boolean[]) => results.filter(Boolean).length;
