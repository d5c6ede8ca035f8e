// The only door of risk: attempt budgets, the captcha decision, growing waits per source and send quotas.
export type { CounterStore, Limit, Reservation, Reservations } from './counter-store.js';
export { createSignInGuard, type SignInGuard, type SignInAttempt, type SignInRiskConfig } from './sign-in-guard.js';
export {
  createSendQuota,
  secondsUntil,
  type SendQuota,
  type SendQuotaConfig,
  type SendDecision,
} from './send-quota.js';
export {
  createAttemptBudgets,
  type AttemptBudgets,
  type Budget,
  type BudgetRefusal,
  type Reserved,
} from './attempt-budget.js';
export { createTallies, type Tallies } from './tallies.js';
