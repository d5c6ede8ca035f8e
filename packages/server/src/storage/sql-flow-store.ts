// The flow store in SQL, with optimistic concurrency on a version column.
import type { Kysely, Selectable } from 'kysely';
import type { FlowKind, StepName } from '@tessera/protocol';
import type { FlowRecord, FlowStore } from '../flows/index.js';
import type { Database } from './tables.js';

const toFlow = (r: Selectable<Database['flows']>): FlowRecord => ({
  id: r.id,
  kind: r.kind as FlowKind,
  step: r.step as StepName,
  state: JSON.parse(r.state) as object,
  version: Number(r.version),
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  completedAt: r.completed_at,
  ...(r.result_sealed !== null && r.result_expires_at !== null
    ? { storedResult: { sealed: r.result_sealed, expiresAt: r.result_expires_at } }
    : {}),
});
const resultColumns = (f: FlowRecord) => ({
  result_sealed: f.storedResult?.sealed ?? null,
  result_expires_at: f.storedResult?.expiresAt ?? null,
});

export function sqlFlowStore(db: Kysely<Database>): FlowStore {
  return {
    async create(f) {
      await db
        .insertInto('flows')
        .values({
          id: f.id,
          kind: f.kind,
          step: f.step,
          state: JSON.stringify(f.state),
          version: f.version,
          created_at: f.createdAt,
          expires_at: f.expiresAt,
          completed_at: f.completedAt,
          ...resultColumns(f),
        })
        .execute();
    },
    async get(id) {
      const row = await db.selectFrom('flows').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toFlow(row);
    },
    async update(f) {
      const result = await db
        .updateTable('flows')
        .set({
          step: f.step,
          state: JSON.stringify(f.state),
          version: f.version + 1,
          expires_at: f.expiresAt,
          completed_at: f.completedAt,
          ...resultColumns(f),
        })
        .where('id', '=', f.id)
        .where('version', '=', f.version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async deleteExpired(before) {
      const result = await db.deleteFrom('flows').where('expires_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
