// The attempt budgets each typed code spends (per code or flow, then per account or address) and how a spent one is
// answered. Slots are reserved before the code is checked, so racing submissions cannot try more than the budgets.
import type { Budget } from '../risk/index.js';
import { checkOtp, type OtpState } from './one-time-code.js';
import { reject, type StepContext, type StepOutcome } from './step.js';

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
  check: () => Promise<{ ok: true } | { ok: false; outcome: StepOutcome }>,
): Promise<{ ok: true } | { ok: false; outcome: StepOutcome }> {
  const result = await ctx.deps.attempts.attempt(budgets, check);
  if (!('spent' in result)) return result;
  return {
    ok: false,
    outcome:
      result.spent === budgets[0]
        ? reject('CODE_ATTEMPTS_EXCEEDED')
        : reject('ACCOUNT_THROTTLED', { seconds: result.retryAfterSeconds }, result.retryAfterSeconds),
  };
}

/** Checks the flow's sent code within its budgets; `owner` is the account (SMS) or the address and source (email codes). */
export async function checkSentCode(
  ctx: StepContext,
  input: { purpose: string; owner: string; code: string | undefined },
): Promise<{ ok: true } | { ok: false; outcome: StepOutcome }> {
  const otp = ctx.state.otp;
  const check = async () => {
    const result = checkOtp(ctx.deps.secrets, otp, {
      flowId: ctx.flow.id,
      purpose: input.purpose,
      code: input.code,
      now: ctx.now,
      maxAttempts: ctx.deps.settings.smsMaxAttempts,
    });
    return result.ok ? result : { ok: false as const, outcome: reject(result.code) };
  };
  return otp ? checkWithinBudgets(ctx, sentCodeBudgets(ctx, otp, input), check) : check();
}
