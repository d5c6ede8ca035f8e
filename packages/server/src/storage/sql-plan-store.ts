// Plans in SQL: created once, read often (the licensing service caches them in memory).
import type { Kysely } from 'kysely';
import type { PlanStore } from '../licensing/index.js';
import type { Database } from './tables.js';
import { toPlan } from './sql-licensing-rows.js';
import { isUniqueViolation } from './sql-errors.js';

export function sqlPlanStore(db: Kysely<Database>): PlanStore {
  return {
    async createPlan(plan, createdAt) {
      try {
        await db
          .insertInto('plans')
          .values({
            id: plan.id,
            name: plan.name,
            device_limit: plan.deviceLimit,
            member_limit: plan.memberLimit,
            features: JSON.stringify(plan.features),
            term_days: plan.termDays,
            created_at: createdAt,
          })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async findPlan(id) {
      const row = await db.selectFrom('plans').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toPlan(row);
    },
    async listPlans() {
      return (await db.selectFrom('plans').selectAll().orderBy('created_at').orderBy('id').execute()).map(toPlan);
    },
  };
}
