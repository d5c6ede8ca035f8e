// The attempt budgets each typed code spends (per code or flow, then per account or address) and how a spent one is
// answered. Slots are reserved before the code is checked, so racing submissions cannot try more than the budgets.
import { refuse, type Outcome } from '../errors/index.js';
import type { Budget } from '../risk/index.js';
import { checkOtp, type OtpState } from './one-time-code.js';
import type { StepContext } from './step.js';

/** The authenticator: so many tries per flow, and per account across flows and addresses. */
export function totpBudgets(ctx: StepContext, accountId: string): Budget[] {
  const s = ctx.deps.settings;
  return [
    { key: `totp:flow:${ctx.flow.id}`, limit: s.totpAttemptsPerFlow, windowMs: s.flowLifetimeMs },
    { key: `totp:account:${accountId}`, limit: s.factorAttemptsPerAccount, windowMs: s.codeWindowMs },
  ];
}

/** A sent code: so many tries for this code, and per account (SMS) or per address and source (email) across flows. */
function sentCodeBudgets(ctx: StepContext, otp: OtpState, input: { purpose: string; owner: string }): Budget[] {
  const s = ctx.deps.settings;
  const wide = input.purpose === 'second_factor' ? s.factorAttemptsPerAccount : s.emailCodeAttemptsPerAddress;
  return [
    { key: `code:${input.purpose}:${ctx.flow.id}:${otp.sentAt}`, limit: s.smsMaxAttempts, windowMs: s.flowLifetimeMs },
    { key: `code:${input.purpose}:${input.owner}`, limit: wide, windowMs: s.codeWindowMs },
  ];
}

/** Checks a code within its budgets: the first budget is the code's or flow's own, the others the account's. */
export async function checkWithinBudgets(
  ctx: StepContext,
  budgets: Budget[],
  check: () => Promise<Outcome>,
): Promise<Outcome> {
  const result = await ctx.deps.risk.attempts.attempt(budgets, check);
  if (!('spent' in result)) return result;
  return result.spent === budgets[0]
    ? refuse('CODE_ATTEMPTS_EXCEEDED')
    : refuse('ACCOUNT_THROTTLED', { seconds: result.retryAfterSeconds });
}

/** Checks the flow's sent code within its budgets; `owner` is the account (SMS) or the address and source (email codes). */
export async function checkSentCode(
  ctx: StepContext,
  input: { purpose: string; owner: string; code: string | undefined },
): Promise<Outcome> {
  const otp = ctx.state.otp;
  const check = async () =>
    checkOtp(ctx.deps.runtime.secrets, otp, {
      flowId: ctx.flow.id,
      purpose: input.purpose,
      code: input.code,
      now: ctx.now,
      maxAttempts: ctx.deps.settings.smsMaxAttempts,
    });
  return otp ? checkWithinBudgets(ctx, sentCodeBudgets(ctx, otp, input), check) : check();
}
