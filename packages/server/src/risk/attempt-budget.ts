// Attempt budgets for the codes people type: a slot is reserved in every budget that applies before the code is
// checked, so racing guesses can never exceed a budget; a wrong code keeps its slots, a right one gives them back.
import type { Clock } from '../common/index.js';
import type { CounterStore, Reservation } from './counter-store.js';

export interface Budget {
  key: string;
  limit: number;
  windowMs: number;
}

export type BudgetRefusal = { ok: false; spent: Budget; retryAfterSeconds: number };

export interface AttemptBudgets {
  /** Runs `check` only when every budget still has a slot; narrowest first, so a spent narrow budget spends no wide one. */
  attempt<T extends { ok: boolean }>(budgets: readonly Budget[], check: () => Promise<T>): Promise<T | BudgetRefusal>;
}

export function createAttemptBudgets(deps: { counters: CounterStore; clock: Clock }): AttemptBudgets {
  const { counters, clock } = deps;
  return {
    async attempt(budgets, check) {
      const now = clock.now();
      const taken: Array<[Budget, Extract<Reservation, { ok: true }>]> = [];
      const giveBack = () => Promise.all(taken.map(([b, r]) => counters.release(b.key, r.id)));
      for (const budget of budgets) {
        const reservation = await counters.reserve(budget.key, budget.limit, budget.windowMs, now);
        if (!reservation.ok) {
          await giveBack();
          return { ok: false, spent: budget, retryAfterSeconds: Math.max(1, Math.ceil((reservation.freeAt - now) / 1000)) };
        }
        taken.push([budget, reservation]);
      }
      const result = await check();
      if (result.ok) await giveBack();
      return result;
    },
  };
}
