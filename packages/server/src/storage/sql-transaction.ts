// Transactions that can end early with an answer: throwing `Rollback` undoes every write and returns its value.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './tables.js';

export class Rollback<T> extends Error {
  constructor(readonly value: T) {
    super('rollback');
  }
}

export async function atomically<T>(db: Kysely<Database>, work: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(work);
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
}
