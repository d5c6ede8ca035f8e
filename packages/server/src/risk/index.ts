// The only door of risk: failure counters, the captcha decision, growing waits and send quotas.
export type { CounterStore } from './counter-store.js';
export { createSignInGuard, riskKeys, type SignInGuard, type SignInAssessment, type SignInRiskConfig } from './sign-in-guard.js';
export { createSendQuota, type SendQuota, type SendQuotaConfig, type SendDecision } from './send-quota.js';
