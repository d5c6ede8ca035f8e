// The check-in hot path in SQL: one prepared statement by the credential's hash that joins the account,
// the subscription and the seat (on PostgreSQL, one for all the reads that arrive in the same turn), and batched
// last-seen writes and check-in counts (per flush, not per request).
import { batchReads } from './read-batcher.js';
import { rotatedCredential } from './sql-credential-rotation.js';
import type { DirectStatements } from './database.js';
import { sql, type Kysely } from 'kysely';
import type { CheckInRow, CheckInStore } from '../devices/index.js';
import type { Database } from './tables.js';

interface Row {
  disabled_at: number | string | null;
  id: string;
  device_id: string;
  account_id: string;
  app_id: string;
  plan_id: string;
  subscription_id: string | null;
  is_current: unknown;
  credential_hash: string;
  revoked_at: number | null;
  last_check_in_at: number | string;
  sub_plan_id: string | null;
  sub_ends_at: number | null;
  sub_revoked_at: number | null;
  seat_held: unknown;
  may_upgrade: unknown;
  license_token: string | null;
  license_issued_at: number | null;
  license_expires_at: number | null;
  license_key: string | null;
}

/** SQLite answers 0/1, PostgreSQL true/false (or '1' through some drivers). */
const truthy = (v: unknown) => v === true || v === 1 || v === '1' || v === 't';

/** The console charts the last hour; a day is kept. */
const TALLIES_KEPT_MINUTES = 24 * 60;

/**
 * In key order: neighbouring keys share index pages (measured on SQLite with the bench's files: 20–22 → 7 µs a row at
 * 10k devices, 50–59 → 33 µs at 1M), and on PostgreSQL two instances flushing the same rows lock them in the same
 * order, so their updates wait for each other instead of deadlocking (unsorted, PostgreSQL aborted most of eight
 * racing flushes as deadlocked, and their times were lost: test/storage/last-seen-races.test.ts).
 */
const byId = (times: ReadonlyMap<string, number>): [string, number][] =>
  [...times].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

type TimeColumn =
  { table: 'devices'; column: 'last_seen_at' } | { table: 'app_connections'; column: 'last_check_in_at' };
type WriteTimes = (
  table: TimeColumn['table'],
  column: TimeColumn['column'],
  times: readonly [string, number][],
  granularityMs: number,
) => Promise<void>;

/**
 * SQLite: a prepared one-row UPDATE per time, a few hundred to a transaction (~7 ms on a 1M-row file), and the event
 * loop gets back in between: the server's own thread writes them, and requests wait behind each chunk.
 */
function sqliteTimes(runEach: NonNullable<DirectStatements['runEach']>): WriteTimes {
  const CHUNK = 256;
  return async (table, column, times, granularityMs) => {
    // Never moves a time backwards (an older buffer flushed late, or another process's newer one), nor by less
    // than the granularity (what another instance or an uncached check-in noted a moment ago). The id through a
    // cast, as the check-in read's hash (`readStatement`): an analyzed file would otherwise recompile it per row.
    const text = `update ${table} set ${column} = ? where id = cast(? as text) and ${column} < ?`;
    const rows = times.map(([id, at]) => [at, id, at - granularityMs] as const);
    for (let i = 0; i < rows.length; i += CHUNK) {
      if (i > 0) await new Promise(setImmediate);
      await runEach(text, rows.slice(i, i + CHUNK));
    }
  };
}

/**
 * PostgreSQL: one UPDATE over two arrays per thousand times, in a transaction that does not wait for the WAL flush
 * (`synchronous_commit = off`): a crash of the primary can lose the last moment of last-seen times, which the
 * README already allows, and never an entitlement (those commit as usual).
 */
function postgresTimes(db: Kysely<Database>): WriteTimes {
  const CHUNK = 1000;
  return async (table, column, times, granularityMs) => {
    for (let i = 0; i < times.length; i += CHUNK) {
      const chunk = times.slice(i, i + CHUNK);
      const ids = chunk.map(([id]) => id);
      const at = chunk.map(([, t]) => t);
      await db.transaction().execute(async (trx) => {
        await sql`set local synchronous_commit = off`.execute(trx);
        await sql`update ${sql.table(table)} set ${sql.ref(column)} = v.t
          from unnest(cast(${ids} as text[]), cast(${at} as bigint[])) as v(id, t)
          where ${sql.ref(`${table}.id`)} = v.id and ${sql.ref(`${table}.${column}`)} < v.t - ${granularityMs}`.execute(
          trx,
        );
      });
    }
  };
}

/**
 * The hot path's one statement, by the current credential's hash (`by: 'current'`) or, when that finds nothing, by
 * the one just rotated out (`'previous'`, a lost answer or a copied credential: rare). Two statements rather than one
 * with an OR: the OR made every check-in search both indexes. An app on Free looks for a subscription to move onto
 * only when its account has had one (`ever_subscribed`, migration 017): two correlated EXISTS in its place were a
 * third of the statement's time, on every check-in (measured on the bench's 10k database: 38 → 24 µs).
 *
 * The hash goes in through a cast, so the plan never depends on its value. better-sqlite3 builds SQLite with STAT4: on
 * a database that has been analyzed (ANALYZE, `PRAGMA optimize`; the bench's seeding does), a bare parameter compared
 * with an indexed column makes SQLite recompile the statement at every new binding, to re-plan for that value: parse,
 * resolve and plan the four-table join on every check-in. Measured on the bench's analyzed files, in a loop over 20k
 * pool hashes: 58–66 → 22–24 µs a read at 10k devices, 68–71 → 34–36 µs at 1M; the same plan, the same row. A cast
 * of the parameter is not a value the planner can probe, so SQLite never marks the statement for recompiling.
 */
const readStatement = (by: 'current' | 'previous', key: { hash: string } | { hashes: string[] }) => sql<Row>`
    select c.id, c.credential_hash, c.device_id, c.account_id, c.app_id, c.plan_id, c.subscription_id, c.revoked_at,
      c.last_check_in_at,
      ${by === 'current' ? sql`1` : sql`0`} as is_current,
      c.license_token, c.license_issued_at, c.license_expires_at, c.license_key,
      a.disabled_at,
      s.plan_id as sub_plan_id, s.ends_at as sub_ends_at, s.revoked_at as sub_revoked_at,
      case when st.device_id is null then 0 else 1 end as seat_held,
      case when c.subscription_id is null and a.ever_subscribed = 1 then 1 else 0 end as may_upgrade
    from app_connections c
    join accounts a on a.id = c.account_id
    left join subscriptions s on s.id = c.subscription_id
    left join seats st on st.subscription_id = c.subscription_id and st.device_id = c.device_id
    where ${sql.ref(by === 'current' ? 'c.credential_hash' : 'c.previous_credential_hash')} = ${
      'hash' in key ? sql`cast(${key.hash} as text) limit 1` : sql`any(cast(${key.hashes} as text[]))`
    }`;

/**
 * The read compiled once by Kysely (for the dialect's SQL), with a stand-in no real call can pass where the key goes:
 * its text to prepare on the driver (`DirectStatements`), and its parameters with a check-in's key in that place.
 */
function compiledRead<K>(
  db: Kysely<Database>,
  by: 'current' | 'previous',
  standIn: K,
  key: (k: K) => Parameters<typeof readStatement>[1],
) {
  const { sql: text, parameters } = readStatement(by, key(standIn)).compile(db);
  return { text, bind: (value: K) => parameters.map((p) => (p === standIn ? value : p)) };
}

function preparedRead(db: Kysely<Database>, direct: DirectStatements, by: 'current' | 'previous') {
  const { text, bind } = compiledRead(db, by, '\u0000hash', (hash) => ({ hash }));
  const run = direct.prepare<Row>(text);
  return (hash: string) => run(bind(hash));
}

/**
 * On PostgreSQL, the reads by the current credential that arrive in the same turn go as one statement over an array
 * of hashes (read-batcher.ts); each row carries its hash back. The read by the one just rotated out is rare and stays
 * one statement a read.
 */
function batchedRead(db: Kysely<Database>, prepareRows: NonNullable<DirectStatements['prepareRows']>) {
  const { text, bind } = compiledRead(db, 'current', ['\u0000hashes'], (hashes) => ({ hashes }));
  const run = prepareRows<Row>(text);
  return batchReads(
    (hashes) => run(bind(hashes)),
    (row) => row.credential_hash,
  );
}

export function sqlCheckInStore(db: Kysely<Database>, direct: DirectStatements): CheckInStore {
  const byCurrent = direct.prepareRows ? batchedRead(db, direct.prepareRows) : preparedRead(db, direct, 'current');
  const byPrevious = preparedRead(db, direct, 'previous');
  const writeTimes = direct.runEach ? sqliteTimes(direct.runEach) : postgresTimes(db);

  async function addTallies(perMinute: ReadonlyMap<number, number>) {
    if (perMinute.size === 0) return;
    const rows = [...perMinute].map(([minute, count]) => ({ minute, count }));
    await db
      .insertInto('check_in_tallies')
      .values(rows)
      .onConflict((oc) =>
        oc.column('minute').doUpdateSet({ count: sql<number>`check_in_tallies.count + excluded.count` }),
      )
      .execute();
    const newest = Math.max(...perMinute.keys());
    await db
      .deleteFrom('check_in_tallies')
      .where('minute', '<', newest - TALLIES_KEPT_MINUTES)
      .execute();
  }

  return {
    async read(hash) {
      const r = (await byCurrent(hash)) ?? (await byPrevious(hash));
      if (!r) return undefined;
      const row: CheckInRow = {
        connectionId: r.id,
        deviceId: r.device_id,
        accountId: r.account_id,
        appId: r.app_id,
        planId: r.plan_id,
        subscriptionId: r.subscription_id,
        current: truthy(r.is_current),
        revoked: r.revoked_at !== null,
        lastCheckInAt: Number(r.last_check_in_at),
        accountDisabled: r.disabled_at !== null,
        subscription:
          r.sub_plan_id === null
            ? null
            : { planId: r.sub_plan_id, endsAt: num(r.sub_ends_at), revokedAt: num(r.sub_revoked_at) },
        seatHeld: truthy(r.seat_held),
        credentialHash: r.credential_hash,
        mayUpgrade: truthy(r.may_upgrade),
        license:
          r.license_token && r.license_key && r.license_issued_at !== null && r.license_expires_at !== null
            ? {
                token: r.license_token,
                issuedAt: Number(r.license_issued_at),
                expiresAt: Number(r.license_expires_at),
                key: r.license_key,
              }
            : null,
      };
      return row;
    },
    async rotateWithLicense(connectionId, expectedHash, newHash, now, license) {
      const r = await db
        .updateTable('app_connections')
        .set({
          ...rotatedCredential(newHash, expectedHash, now),
          license_token: license.token,
          license_issued_at: license.issuedAt,
          license_expires_at: license.expiresAt,
          license_key: license.key,
        })
        .where('id', '=', connectionId)
        .where('credential_hash', '=', expectedHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async moveToSubscription(connectionId, planId, subscriptionId) {
      const r = await db
        .updateTable('app_connections')
        .set({ plan_id: planId, subscription_id: subscriptionId })
        .where('id', '=', connectionId)
        .where('revoked_at', 'is', null)
        .where('subscription_id', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async writeLastSeen(batch, granularityMs) {
      await writeTimes('devices', 'last_seen_at', byId(batch.devices), granularityMs);
      await writeTimes('app_connections', 'last_check_in_at', byId(batch.connections), granularityMs);
      await addTallies(batch.checkInsPerMinute);
    },
  };
}

const num = (v: number | null) => (v === null ? null : Number(v));
