// Attempt budgets for the secrets people type: a slot is reserved in every budget that applies before the secret is
// checked, so racing guesses can never exceed a budget; a wrong secret keeps its slots, a right one may give them back.
import type { Clock } from '../common/index.js';
import type { CounterStore } from './counter-store.js';

export interface Budget {
  key: string;
  limit: number;
  windowMs: number;
}

export type BudgetRefusal = { ok: false; spent: Budget; retryAfterSeconds: number };
export type Reserved = { ok: true; giveBack(): Promise<void> };

export interface AttemptBudgets {
  /** A slot in every budget, or none when one is spent; narrowest first, so a spent narrow budget spends no wide one. */
  reserve(budgets: readonly Budget[]): Promise<Reserved | BudgetRefusal>;
  /** Runs `check` within the budgets: a right secret (`ok`) gives its slots back, a wrong one keeps them. */
  attempt<T extends { ok: boolean }>(budgets: readonly Budget[], check: () => Promise<T>): Promise<T | BudgetRefusal>;
}

export function createAttemptBudgets(deps: { counters: CounterStore; clock: Clock }): AttemptBudgets {
  const { counters, clock } = deps;
  const reserve: AttemptBudgets['reserve'] = async (budgets) => {
    const now = clock.now();
    const taken: Array<[string, string]> = [];
    const giveBack = async () => {
      await counters.forget({ events: taken });
    };
    for (const budget of budgets) {
      const reservation = await counters.reserve(budget.key, budget.limit, budget.windowMs, now);
      if (!reservation.ok) {
        await giveBack();
        return {
          ok: false,
          spent: budget,
          retryAfterSeconds: Math.max(1, Math.ceil((reservation.freeAt - now) / 1000)),
        };
      }
      taken.push([budget.key, reservation.id]);
    }
    return { ok: true, giveBack };
  };
  return {
    reserve,
    async attempt(budgets, check) {
      const reserved = await reserve(budgets);
      if (!reserved.ok) return reserved;
      const result = await check();
      if (result.ok) await reserved.giveBack();
      return result;
    },
  };
}
