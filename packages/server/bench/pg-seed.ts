// Seeds a bench server's scratch PostgreSQL database with N devices in a few set-based statements (generate_series).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { DEVICE_CREDENTIAL_PREFIX, loadServerSecrets } from '@tessera/server';
import type { BenchServer } from './bench-server.js';
import { BENCH_PLAN, grantBenchPlans, poolRows, type DeviceSeed, type PooledCredential } from './device-seed.js';

const PLATFORMS = ['windows', 'macos', 'linux', 'android', 'ios'];
const APPS = ['com.example.notes', 'com.example.photos', 'com.example.maps'];
const YEAR_MS = 365 * 86_400_000;
/** Rows per INSERT … SELECT: large enough that per-statement cost vanishes, small enough to show progress. */
const CHUNK = 250_000;

/** Zero-padded hex of the row number: ids sort in insertion order, so primary keys grow at their end. */
const idSql = (prefix: string) => `'${prefix}_' || lpad(to_hex(i), 12, '0')`;
const idOf = (prefix: string, i: number) => `${prefix}_${i.toString(16).padStart(12, '0')}`;

/**
 * Devices, app connections and seats are generated inside PostgreSQL; every connection gets a unique random-looking
 * credential hash (sha256 of the row number, in base64url like the server's keyed hashes), so the unique index is
 * filled in random order as in use. Only the pool's rows then get real hashes of credentials the load presents.
 */
export async function seedPostgresDevices(
  server: BenchServer,
  options: { devices: number; pool: number; databaseUrl: string },
): Promise<DeviceSeed> {
  const started = performance.now();
  const { tessera } = server;
  const subscriptions = await grantBenchPlans(tessera);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  await client.connect();
  try {
    const accountIds = (await client.query<{ id: string }>('SELECT id FROM accounts ORDER BY id')).rows.map(
      (r) => r.id,
    );
    if (!accountIds.length) throw new Error('the bench server has no accounts to own the devices');
    await client.query('CREATE TEMP TABLE bench_accounts (n int PRIMARY KEY, account_id text, subscription_id text)');
    await client.query('INSERT INTO bench_accounts SELECT * FROM unnest($1::int[], $2::text[], $3::text[])', [
      accountIds.map((_, n) => n),
      accountIds,
      accountIds.map((id) => subscriptions.get(id) ?? null),
    ]);
    const now = Date.now();
    const accounts = accountIds.length;
    for (let from = 0; from < options.devices; from += CHUNK) {
      const range = [from, Math.min(options.devices, from + CHUNK) - 1, accounts, now, YEAR_MS];
      await client.query(
        `INSERT INTO devices (id, account_id, name, platform, created_at, last_seen_at)
         SELECT ${idSql('dev')}, a.account_id, 'Device ' || i, (ARRAY['${PLATFORMS.join("','")}'])[i % 5 + 1],
                $4::bigint - ((i::bigint * 7919) % 1000) * $5::bigint / 1000, $4::bigint
         FROM generate_series($1::int, $2::int) i JOIN bench_accounts a ON a.n = i % $3::int`,
        range,
      );
      await client.query(
        `INSERT INTO app_connections (id, device_id, account_id, app_id, plan_id, subscription_id, credential_hash,
                                      created_at, last_check_in_at)
         SELECT ${idSql('con')}, ${idSql('dev')}, a.account_id, (ARRAY['${APPS.join("','")}'])[i % 3 + 1],
                CASE WHEN a.subscription_id IS NULL THEN 'free' ELSE '${BENCH_PLAN.id}' END, a.subscription_id,
                rtrim(translate(encode(sha256(('bench-' || i)::bytea), 'base64'), '+/', '-_'), '='),
                $4::bigint - ((i::bigint * 7919) % 1000) * $5::bigint / 1000, $4::bigint
         FROM generate_series($1::int, $2::int) i JOIN bench_accounts a ON a.n = i % $3::int`,
        range,
      );
    }

    const secrets = loadServerSecrets(tessera.config.dataDir);
    const pool: PooledCredential[] = [];
    const ids: string[] = [];
    const hashes: string[] = [];
    for (const i of poolRows(options.devices, options.pool)) {
      const credential = `${DEVICE_CREDENTIAL_PREFIX}_${randomBytes(32).toString('base64url')}`;
      const subscribed = subscriptions.has(accountIds[i % accounts]!);
      pool.push({ credential, plan: subscribed ? BENCH_PLAN.id : 'free' });
      ids.push(idOf('con', i));
      hashes.push(secrets.keyedHash('device-credential', credential));
    }
    await client.query(
      'UPDATE app_connections c SET credential_hash = v.h FROM unnest($1::text[], $2::text[]) v(id, h) WHERE c.id = v.id',
      [ids, hashes],
    );
    // Each device on a subscription holds one of its seats, as a connect through the API would have claimed.
    const subscribed = (
      await client.query(
        'INSERT INTO seats (subscription_id, device_id, account_id, claimed_at) ' +
          'SELECT subscription_id, device_id, account_id, created_at FROM app_connections WHERE subscription_id IS NOT NULL',
      )
    ).rowCount!;
    await client.query(
      'UPDATE subscriptions SET seats_used = (SELECT count(*) FROM seats WHERE seats.subscription_id = subscriptions.id)',
    );
    await client.query('VACUUM ANALYZE devices');
    await client.query('VACUUM ANALYZE app_connections');
    await client.query('VACUUM ANALYZE seats');
    return {
      devices: options.devices,
      accounts,
      subscribed,
      seconds: (performance.now() - started) / 1000,
      pool,
      poolSubscribed: pool.filter((p) => p.plan === BENCH_PLAN.id).length,
    };
  } finally {
    await client.end();
  }
}
