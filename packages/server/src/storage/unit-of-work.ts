// One transaction across stores: the active transaction travels with the async context, and every SQL store's
// queries join it, so a domain can make several stores' writes commit whole or not at all.
import { AsyncLocalStorage } from 'node:async_hooks';
import { PostgresAdapter, sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './tables.js';

interface Frame {
  tx: Transaction<Database>;
  /** False once committed or rolled back: a late query from this context then goes to the base handle. */
  open: boolean;
  savepoints: number;
  /** Run once the outermost transaction has ended (see `afterCommit`). */
  after: Array<() => void>;
}

const active = new AsyncLocalStorage<Frame>();

/**
 * Units of work running now. Node 20's AsyncLocalStorage, once used, keeps async hooks on for every later tick and
 * promise of the process, including a cached check-in's, which writes nothing (measured in a started server: 0.18–0.30
 * µs a `process.nextTick` with them on, 0.12 off; a cached check-in 2–3 µs dearer, ~10 %, a paced one 3–6:
 * docs/scale-rounds.md "Twenty-fifth round"). So it is turned off whenever none runs, and `run` turns it on again for
 * the next one. Off, `getStore()` answers undefined, as it would for a frame that has closed. A store's own transaction
 * outside a unit of work never turns it on (`contextualDatabase`).
 */
let running = 0;

/** Units of work whose async context is on now (for tests: a store's own transaction adds none). */
export const unitsOfWorkRunning = () => running;

/**
 * Runs `work` in a transaction: the outermost call begins one; a call inside an open one becomes a savepoint, so
 * a nested step that fails (or rolls back with an answer) undoes only its own writes and the caller decides.
 */
export async function transact<T>(base: Kysely<Database>, work: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  const frame = active.getStore();
  if (frame?.open) {
    const name = sql.raw(`tessera_sp_${++frame.savepoints}`);
    await sql`savepoint ${name}`.execute(frame.tx);
    try {
      const value = await work(frame.tx);
      await sql`release savepoint ${name}`.execute(frame.tx);
      return value;
    } catch (error) {
      await sql`rollback to savepoint ${name}`.execute(frame.tx);
      await sql`release savepoint ${name}`.execute(frame.tx);
      throw error;
    }
  }
  const after: Array<() => void> = [];
  try {
    return await base.transaction().execute(async (tx) => {
      const opened: Frame = { tx, open: true, savepoints: 0, after };
      running += 1;
      try {
        return await active.run(opened, () => work(tx));
      } finally {
        opened.open = false;
        if (--running === 0) active.disable();
      }
    });
  } finally {
    for (const fn of after) fn();
  }
}

/**
 * Runs `fn` once the open transaction has ended, at once when none is open. It runs after a rollback too: the
 * callers only drop cached answers, which is harmless when nothing changed.
 */
export function afterCommit(fn: () => void): void {
  const frame = active.getStore();
  if (frame?.open) frame.after.push(fn);
  else fn();
}

/**
 * The handle every SQL store is built over: the active transaction inside `transact`, the base handle elsewhere.
 * Its `transaction().execute(work)` nests a store's own transaction into the caller's unit of work (a savepoint); with
 * none open, it is a plain transaction, its async context left off: a store's work reads and writes through its own
 * `tx` and calls no other store, so nothing inside it needs the context, and every sign-in's counters, session and
 * last-seen flush would otherwise turn Node's async hooks on for every check-in answered meanwhile.
 */
export function contextualDatabase(base: Kysely<Database>): Kysely<Database> {
  return new Proxy(base, {
    get(target, property) {
      if (property === 'transaction')
        return () => ({
          execute: <T>(work: (tx: Transaction<Database>) => Promise<T>) =>
            active.getStore()?.open ? transact(target, work) : target.transaction().execute(work),
        });
      const frame = active.getStore();
      const source = frame?.open ? frame.tx : target;
      const value = Reflect.get(source, property, source) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(source) : value;
    },
  });
}

/**
 * Row locks exist only on PostgreSQL; on SQLite one connection serves the process and Kysely runs one transaction
 * at a time on it, so a transaction there is already alone with the data.
 */
export const supportsRowLocks = (db: Kysely<Database>) => db.getExecutor().adapter instanceof PostgresAdapter;
