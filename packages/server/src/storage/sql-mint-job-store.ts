// Background mints in SQL: progress rows, and the sealed CSV taken by one conditional update (exactly one taker).
import type { Kysely, Selectable } from 'kysely';
import type { MintJobRecord, MintJobStore } from '../minting/index.js';
import type { Database } from './tables.js';

type Row = Omit<Selectable<Database['code_mint_jobs']>, 'csv_sealed'> & { holds_codes: unknown };

const num = (v: number | string | null) => (v === null ? null : Number(v));

function toRecord(r: Row): MintJobRecord {
  return {
    id: r.id,
    operatorId: r.operator_id,
    planId: r.plan_id,
    count: Number(r.count),
    minted: Number(r.minted),
    status: r.status,
    batchId: r.batch_id,
    problem: r.problem,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
    downloadUntil: num(r.download_until),
    downloadedAt: num(r.downloaded_at),
    holdsCodes: r.holds_codes === true || r.holds_codes === 1 || r.holds_codes === '1',
  };
}

export function sqlMintJobStore(db: Kysely<Database>): MintJobStore {
  return {
    async create(job) {
      await db
        .insertInto('code_mint_jobs')
        .values({
          id: job.id,
          operator_id: job.operatorId,
          plan_id: job.planId,
          count: job.count,
          minted: 0,
          status: 'running',
          created_at: job.createdAt,
          updated_at: job.createdAt,
        })
        .execute();
    },

    async progress(id, minted, at) {
      await db
        .updateTable('code_mint_jobs')
        .set({ minted, updated_at: at })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .where('minted', '<', minted)
        .execute();
    },

    async finish(id, done) {
      await db
        .updateTable('code_mint_jobs')
        .set((eb) => ({
          status: 'done',
          minted: eb.ref('count'),
          batch_id: done.batchId,
          csv_sealed: done.csvSealed,
          updated_at: done.at,
          download_until: done.downloadUntil,
        }))
        .where('id', '=', id)
        .execute();
    },

    async fail(id, problem, at) {
      await db
        .updateTable('code_mint_jobs')
        .set({ status: 'failed', problem: problem.slice(0, 500), updated_at: at })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .execute();
    },

    async find(id) {
      const row = await db
        .selectFrom('code_mint_jobs')
        .select([
          'id',
          'operator_id',
          'plan_id',
          'count',
          'minted',
          'status',
          'batch_id',
          'problem',
          'created_at',
          'updated_at',
          'download_until',
          'downloaded_at',
        ])
        .select((eb) => eb.case().when('csv_sealed', 'is not', null).then(1).else(0).end().as('holds_codes'))
        .where('id', '=', id)
        .executeTakeFirst();
      return row ? toRecord(row) : undefined;
    },

    async takeCsv(id, operatorId, now) {
      const held = await db
        .selectFrom('code_mint_jobs')
        .select('csv_sealed')
        .where('id', '=', id)
        .where('operator_id', '=', operatorId)
        .executeTakeFirst();
      if (!held?.csv_sealed) return undefined;
      // The conditional update decides (RETURNING would give the cleared value): a CSV, once sealed, never changes,
      // so the one request whose update clears it hands out what it read.
      const taken = await db
        .updateTable('code_mint_jobs')
        .set({ csv_sealed: null, downloaded_at: now })
        .where('id', '=', id)
        .where('operator_id', '=', operatorId)
        .where('csv_sealed', 'is not', null)
        .where('download_until', '>', now)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) === 1 ? held.csv_sealed : undefined;
    },

    async dropExpired(now) {
      const r = await db
        .updateTable('code_mint_jobs')
        .set({ csv_sealed: null })
        .where('csv_sealed', 'is not', null)
        .where('download_until', '<=', now)
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
  };
}
