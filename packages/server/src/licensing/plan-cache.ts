// Plans never change once created, so every reader (check-in above all) finds them in memory after the first read.
import type { PlanStore } from './plan-store.js';
import type { Plan } from './model.js';

export function withPlanCache(store: PlanStore): PlanStore {
  const plans = new Map<string, Plan>();
  return {
    ...store,
    async findPlan(id) {
      const cached = plans.get(id);
      if (cached) return cached;
      // Only found plans are kept: one created later by another process still turns up.
      const plan = await store.findPlan(id);
      if (plan) plans.set(id, plan);
      return plan;
    },
  };
}
