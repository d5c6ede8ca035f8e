// PostgreSQL's driver, loaded at first use: a server or command on SQLite never pays for it (~0.1 CPU-s at start).
import { createRequire } from 'node:module';
import type pg from 'pg';

let driver: typeof pg | undefined;

/** The `pg` module, loaded the first time a PostgreSQL pool or listener is made. */
export function pgDriver(): typeof pg {
  return (driver ??= createRequire(import.meta.url)('pg') as typeof pg);
}
