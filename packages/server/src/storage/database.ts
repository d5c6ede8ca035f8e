// Opens the database: embedded SQLite under the data directory, or PostgreSQL when a URL is given.
import { mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type { Database } from './tables.js';
import { migrationProvider } from './migrations.js';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where it lives, without credentials, for logs. */
  describe: string;
  /** SQL statements sent so far (BEGIN/COMMIT included), when opened with `countStatements`; the bench reads it. */
  statements?: { count: number };
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  dataDir: string;
  databaseUrl?: string | undefined;
  /** PostgreSQL pool size per instance. */
  poolSize?: number;
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
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 20,
      // Epoch milliseconds fit in a double; the default would hand back strings.
      types: {
        getTypeParser: (oid: number, format?: any) =>
          oid === INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format),
      } as any,
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withPreparedStatements(pool) }), ...log });
    const url = new URL(options.databaseUrl);
    return {
      db,
      dialect: 'postgres',
      describe: `postgres://${url.host}${url.pathname}`,
      ...counted,
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
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    ...log,
  });
  return { db, dialect: 'sqlite', describe: `sqlite:${file}`, ...counted, close: () => db.destroy() };
}

/**
 * Starts a statement that PostgreSQL should prepare once per connection (the check-in read): Kysely sends unnamed
 * statements, which PostgreSQL parses and plans on every call. Only for statements whose text never changes.
 */
export const PREPARED = '/* prepared */ ';

/** The pool Kysely sees: the same clients, with PREPARED statements sent by name (a hash of their text). */
function withPreparedStatements(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  const named = new Map<string, string>();
  const nameOf = (text: string) => {
    let name = named.get(text);
    if (!name) named.set(text, (name = `tq_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`));
    return name;
  };
  return {
    async connect() {
      const client = await pool.connect();
      let view = wrapped.get(client);
      if (!view) {
        const query = client.query.bind(client) as (...args: unknown[]) => Promise<any>;
        view = {
          query: (...args: unknown[]) =>
            typeof args[0] === 'string' && args[0].startsWith(PREPARED)
              ? query({ name: nameOf(args[0]), text: args[0], values: args[1] })
              : query(...args),
          release: (...args: unknown[]) => client.release(...(args as [boolean?])),
        } as PostgresPoolClient;
        wrapped.set(client, view);
      }
      return view;
    },
    end: () => pool.end(),
  };
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
