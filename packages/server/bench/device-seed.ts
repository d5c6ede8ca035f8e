// Seeds a bench server with N devices (one app connection each) straight into SQLite, keeping a pool of valid credentials.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { DEVICE_CREDENTIAL_PREFIX, loadServerSecrets, type Tessera } from '@tessera/server';
import type { BenchServer } from './bench-server.js';

/** A credential the load may present once; the check-in's response names its successor. */
export interface PooledCredential {
  credential: string;
  /** The plan its check-in must report. */
  plan: string;
  /** `licenseFingerprint` of the token its app holds, once a check-in handed it one (sent as the SDK sends it). */
  held?: string;
}

export interface DeviceSeed {
  devices: number;
  accounts: number;
  /** Devices whose connection is on a subscription (each holding a seat), the rest being on Free. */
  subscribed: number;
  /** Bulk insert, ANALYZE and WAL checkpoint. */
  seconds: number;
  /** Spread over the insertion order, so over the whole table rather than its first rows. */
  pool: PooledCredential[];
  /** Pool credentials whose connection is on the subscription: about the table's share. */
  poolSubscribed: number;
}

/** A subscription plan for a share of the devices; its seat count fits every device an account gets. */
export const BENCH_PLAN = {
  id: 'bench-pro',
  name: 'Bench Pro',
  deviceLimit: 1000,
  memberLimit: 1,
  features: ['basic', 'premium', 'bench'],
  termDays: 0,
};
/** Free allows 500 devices per account: stay below it. */
export const DEVICES_PER_ACCOUNT = 400;
/** Every 4th account has a subscription, so a quarter of the devices check in on it. */
const SUBSCRIBED_EVERY = 4;
const APPS = ['com.example.notes', 'com.example.photos', 'com.example.maps'];
const PLATFORMS = ['windows', 'macos', 'linux', 'android', 'ios'];
const ROWS_PER_TRANSACTION = 200_000;
const ROWS_PER_STATEMENT = 20;
/** Bound values per row in the inserts below. */
const DEVICE_COLUMNS = 6;
const CONNECTION_COLUMNS = 9;
const ID_TAIL = 9;
const TOKEN = 32;

/**
 * Ids look like `newId`'s (16 base64url characters) but begin with the row number in an alphabet in byte order, so
 * both tables' primary keys (and the device index of connections) grow at their end instead of at random places:
 * several times faster to load. The credential-hash index, which check-in searches, is filled in random order as in use.
 */
const BYTE_ORDERED = '-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';
const orderedPrefix = (i: number) =>
  BYTE_ORDERED[(i >> 18) & 63]! + BYTE_ORDERED[(i >> 12) & 63]! + BYTE_ORDERED[(i >> 6) & 63]! + BYTE_ORDERED[i & 63]!;
const YEAR_MS = 365 * 86_400_000;

/**
 * Rows whose credentials the load uses, ascending: one at a random place in each of `pool` equal slices of the
 * table, so they cover the whole table and do not fall into step with the round-robin of accounts (and plans).
 */
export function poolRows(devices: number, pool: number): number[] {
  if (devices <= pool) return Array.from({ length: devices }, (_, i) => i);
  return Array.from({ length: pool }, (_, k) => {
    const from = Math.floor((k * devices) / pool);
    return from + Math.floor(Math.random() * (Math.floor(((k + 1) * devices) / pool) - from));
  });
}

export const accountsFor = (devices: number) => Math.max(25, Math.ceil(devices / DEVICES_PER_ACCOUNT));

/** Creates the bench plan and grants it to every 4th account (by id): account id → subscription id. */
export async function grantBenchPlans(tessera: Tessera): Promise<Map<string, string>> {
  const created = await tessera.licensing.operator.createPlan(BENCH_PLAN);
  if (!created.ok && !created.problem.includes('exists')) throw new Error(`bench plan: ${created.problem}`);
  const accounts = await tessera.database.db.selectFrom('accounts').select('id').orderBy('id').execute();
  const subscriptions = new Map<string, string>();
  for (const [i, { id: accountId }] of accounts.entries()) {
    if (i % SUBSCRIBED_EVERY !== 0) continue;
    const granted = await tessera.licensing.operator.grant({ accountId, planId: BENCH_PLAN.id, note: 'bench' });
    if (!granted.ok) throw new Error(`bench subscription: ${granted.problem}`);
    subscriptions.set(accountId, granted.subscription.id);
  }
  return subscriptions;
}

/**
 * Inserts `devices` devices and as many app connections over the server's accounts, with prepared statements in
 * large transactions on a second connection to the server's SQLite file (the server is idle meanwhile).
 * Credential hashes are the server's own (`keyedHash('device-credential', …)`, as `DeviceService.credentialHash`).
 * Devices were last seen at seeding time, so check-ins within the next 15 minutes do not touch the device row.
 */
export async function seedDevices(
  server: BenchServer,
  options: { devices: number; pool: number },
): Promise<DeviceSeed> {
  const { tessera } = server;
  const started = performance.now();
  const granted = await grantBenchPlans(tessera);

  const sqlite = new SQLite(join(tessera.config.dataDir, 'tessera.sqlite'));
  try {
    sqlite.pragma('busy_timeout = 5000');
    // This connection only loads data: a large cache keeps the random-key indexes in memory while they grow.
    sqlite.pragma('cache_size = -1048576');
    sqlite.pragma('synchronous = OFF');
    const accountIds = sqlite.prepare('SELECT id FROM accounts ORDER BY id').pluck().all() as string[];
    if (!accountIds.length) throw new Error('the bench server has no accounts to own the devices');
    const subscriptions = accountIds.map((id) => granted.get(id) ?? null);

    const secrets = loadServerSecrets(tessera.config.dataDir);
    const deviceValues = '(?, ?, ?, ?, ?, ?, NULL)';
    const connectionValues = '(?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)';
    const insertDevices = (rows: number) =>
      sqlite.prepare(
        `INSERT INTO devices (id, account_id, name, platform, created_at, last_seen_at, disconnected_at) VALUES ${Array(rows).fill(deviceValues).join(', ')}`,
      );
    const insertConnections = (rows: number) =>
      sqlite.prepare(
        'INSERT INTO app_connections (id, device_id, account_id, app_id, plan_id, subscription_id, credential_hash, created_at, ' +
          `last_check_in_at, revoked_at, previous_credential_hash, rotated_at) VALUES ${Array(rows).fill(connectionValues).join(', ')}`,
      );
    // Several rows per statement: the per-call cost of the driver is a good part of a one-row insert.
    const batched = { devices: insertDevices(ROWS_PER_STATEMENT), connections: insertConnections(ROWS_PER_STATEMENT) };
    const single = { devices: insertDevices(1), connections: insertConnections(1) };

    const now = Date.now();
    const picks = poolRows(options.devices, options.pool);
    let nextPick = 0;
    const pool: PooledCredential[] = [];
    const insertChunk = sqlite.transaction((from: number, to: number) => {
      // Id tails (9 random bytes) and credentials (32, as newToken) cut from one random buffer per transaction.
      const random = randomBytes((to - from) * (2 * ID_TAIL + TOKEN));
      let at = 0;
      const take = (n: number) => random.toString('base64url', at, (at += n));
      let devices: unknown[] = [];
      let connections: unknown[] = [];
      for (let i = from; i < to; i++) {
        const a = i % accountIds.length;
        const accountId = accountIds[a]!;
        const subscriptionId = subscriptions[a]!;
        const deviceId = `dev_${orderedPrefix(i)}${take(ID_TAIL)}`;
        const credential = `${DEVICE_CREDENTIAL_PREFIX}_${take(TOKEN)}`;
        const createdAt = now - Math.floor((((i * 7919) % 1000) / 1000) * YEAR_MS);
        const plan = subscriptionId ? BENCH_PLAN.id : 'free';
        devices.push(deviceId, accountId, `Device ${i}`, PLATFORMS[i % PLATFORMS.length], createdAt, now);
        connections.push(
          `con_${orderedPrefix(i)}${take(ID_TAIL)}`,
          deviceId,
          accountId,
          APPS[i % APPS.length],
          plan,
          subscriptionId,
          secrets.keyedHash('device-credential', credential),
          createdAt,
          now,
        );
        if (i === picks[nextPick]) {
          pool.push({ credential, plan });
          nextPick += 1;
        }
        if (devices.length === ROWS_PER_STATEMENT * DEVICE_COLUMNS) {
          batched.devices.run(devices);
          batched.connections.run(connections);
          devices = [];
          connections = [];
        }
      }
      for (let r = 0; r < devices.length / DEVICE_COLUMNS; r++) {
        single.devices.run(devices.slice(r * DEVICE_COLUMNS, (r + 1) * DEVICE_COLUMNS));
        single.connections.run(connections.slice(r * CONNECTION_COLUMNS, (r + 1) * CONNECTION_COLUMNS));
      }
    });
    for (let from = 0; from < options.devices; from += ROWS_PER_TRANSACTION) {
      insertChunk(from, Math.min(options.devices, from + ROWS_PER_TRANSACTION));
    }
    // Each device on a subscription holds one of its seats, as a connect through the API would have claimed.
    const subscribed = sqlite
      .prepare(
        'INSERT INTO seats (subscription_id, device_id, account_id, claimed_at) ' +
          'SELECT subscription_id, device_id, account_id, created_at FROM app_connections WHERE subscription_id IS NOT NULL',
      )
      .run().changes;
    sqlite.exec(
      'UPDATE subscriptions SET seats_used = (SELECT count(*) FROM seats WHERE seats.subscription_id = subscriptions.id)',
    );
    sqlite.exec('ANALYZE');
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    return {
      devices: options.devices,
      accounts: accountIds.length,
      subscribed,
      seconds: (performance.now() - started) / 1000,
      pool,
      poolSubscribed: pool.filter((p) => p.plan === BENCH_PLAN.id).length,
    };
  } finally {
    sqlite.close();
  }
}
