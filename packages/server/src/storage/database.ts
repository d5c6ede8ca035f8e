// Opens the database: embedded SQLite under the data directory, or PostgreSQL when a URL is given.
import { mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './tables.js';
import { migrationProvider } from './migrations.js';
import { pgDriver } from './pg-driver.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, without credentials, for logs. */
  describe: string;
  /** SQL statements sent so far (BEGIN/COMMIT included), when opened with `countStatements`; the bench reads it. */
  statements?: { count: number };
  /** Statements run on the driver itself, beside Kysely: the check-in read and SQLite's last-seen batch. */
  direct: DirectStatements;
  /** SQLite only: `PRAGMA data_version` of the writing connection, which moves when another process commits. */
  dataVersion?: () => number;
  close(): Promise<void>;
}

/**
 * A read prepared once and run straight on the driver, for the one statement a fleet runs all day (the check-in
 * read): no query builder, no per-call planning, one row back. On PostgreSQL it is a named statement, prepared once
 * per pooled connection; on SQLite it runs on a read-only connection of its own, so it sees committed rows only and
 * never queues behind another request's transaction (Kysely runs all of SQLite's statements through one mutex).
 * Only for reads outside a transaction. `text` is compiled SQL in the dialect's placeholder style.
 */
export interface DirectStatements {
  prepare<Row>(text: string): (parameters: readonly unknown[]) => Promise<Row | undefined>;
  /**
   * PostgreSQL only: the same, for a read that gives back every row it finds (a read over an array of keys, which
   * stands for many reads in one round trip: read-batcher.ts). SQLite has none: its reads make no round trip.
   */
  prepareRows?<Row>(text: string): (parameters: readonly unknown[]) => Promise<Row[]>;
  /**
   * SQLite only: runs `text` once per entry of `rows`, in one transaction on the writing connection, holding Kysely's
   * lock on it (no other request's statement runs in between, nor inside a transaction of theirs): a prepared
   * one-row statement per row, with no query to build for each batch. PostgreSQL has none: there one statement over
   * arrays is the batch, in one round trip.
   */
  runEach?(text: string, rows: readonly (readonly unknown[])[]): Promise<void>;
}

export interface OpenDatabaseOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** PostgreSQL pool size per instance. */
  poolSize?: number;
  /** SQLite: the page cache of each connection, in MiB (config `sqliteCacheMegabytes`); else the driver's 16. */
  sqliteCacheMegabytes?: number;
  /**
   * Counts every statement Kysely sends (through its `log` hook, which also sees transactions' BEGIN/COMMIT).
   * Off by default: no hook is installed at all, so the request path pays nothing.
   */
  countStatements?: boolean;
}

const INT8_OID = 20;

export function openDatabase(options: OpenDatabaseOptions): DatabaseHandle {
  const statements = options.countStatements ? { count: 0 } : undefined;
  const log = statements ? { log: () => void (statements.count += 1) } : {};
  const counted = statements ? { statements } : {};
  if (options.databaseUrl) {
    const pg = pgDriver();
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 20,
      // Epoch milliseconds fit in a double; the default would hand back strings.
      types: {
        getTypeParser: (oid: number, format?: any) =>
          oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
      } as any,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...log });
    const url = new URL(options.databaseUrl);
    const prepareRows = <Row>(text: string) => {
      const name = `tq_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      return async (parameters: readonly unknown[]) => {
        if (statements) statements.count += 1;
        return (await pool.query({ name, text, values: [...parameters] })).rows as Row[];
      };
    };
    const direct: DirectStatements = {
      prepare<Row>(text: string) {
        const rows = prepareRows<Row>(text);
        return async (parameters: readonly unknown[]) => (await rows(parameters))[0];
      },
      prepareRows,
    };
    return {
      db,
      dialect: 'postgres',
      describe: `postgres://${url.host}${url.pathname}`,
      ...counted,
      direct,
      close: () => db.destroy(),
    };
  }
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const file = join(options.dataDir, 'tessera.sqlite');
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Bounded by config (2 MiB by default, SQLite's own default; better-sqlite3 builds with 16): the cached check-in reads
  // no SQLite at all, and a read's miss comes from the OS page cache. Measured at 1M devices after the bench's priming:
  // RSS 229 MB with 16 MiB a connection, 213 MB with 2, the read path's CPU the same within the machine's noise.
  const cacheSize = `cache_size = -${(options.sqliteCacheMegabytes ?? 16) * 1024}`;
  sqlite.pragma(cacheSize);
  const writer = withStatementCache(sqlite);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: writer }),
    ...log,
  });
  let reader: SQLite.Database | undefined;
  const direct: DirectStatements = {
    prepare<Row>(text: string) {
      // Prepared at first use: the tables may not exist yet when the stores are made (before migrations run).
      let statement: SQLite.Statement | undefined;
      return async (parameters: readonly unknown[]) => {
        if (statements) statements.count += 1;
        statement ??= (reader ??= openReader(file, cacheSize)).prepare(text);
        return statement.get(...parameters) as Row | undefined;
      };
    },
    async runEach(text, rows) {
      if (statements) statements.count += rows.length + 2;
      // Kysely's connection is its lock on this one SQLite connection: held while the rows are written.
      await db.connection().execute(async () => {
        const statement = writer.prepare(text);
        sqlite.transaction(() => {
          for (const row of rows) statement.run(...row);
        })();
      });
    },
  };
  const close = async () => {
    reader?.close();
    await db.destroy();
  };
  const dataVersion = () => sqlite.pragma('data_version', { simple: true }) as number;
  return { db, dialect: 'sqlite', describe: `sqlite:${file}`, ...counted, direct, dataVersion, close };
}

function openReader(file: string, cacheSize: string): SQLite.Database {
  const reader = new SQLite(file, { readonly: true });
  reader.pragma('busy_timeout = 5000');
  reader.pragma(cacheSize);
  return reader;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; the same few hundred statements run all day, so reuse them.
 * better-sqlite3 runs a statement to completion synchronously, so sharing one is safe.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  return new Proxy(sqlite, {
    get(target, property, receiver) {
      if (property !== 'prepare') {
        const value = Reflect.get(target, property, receiver);
        // Native methods insist on the real database as `this`.
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          statement = prepare(source);
          if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}

/** Brings the schema up to date; safe to run from several instances at once. */
export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
