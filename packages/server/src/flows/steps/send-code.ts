// Sending a flow's one-time code by SMS or email, within quotas and the resend cooldown.
import { ERROR_CATALOG, M, type ErrorCode } from '@tessera/protocol';
import type { EmailMessage } from '../../messaging/index.js';
import { refuse, type Refusal } from '../../errors/index.js';
import { issueOtp, unmatchableOtp } from '../one-time-code.js';
import type { StepContext } from '../step.js';

export type SendFailure = Extract<ErrorCode, 'SMS_QUOTA_EXCEEDED' | 'RATE_LIMITED' | 'DELIVERY_FAILED'>;

/** Seconds before another code may be sent in this flow. */
export function resendWait(ctx: StepContext): number {
  const sentAt = ctx.state.otp?.sentAt;
  if (sentAt === undefined) return 0;
  return Math.max(0, Math.ceil((sentAt + ctx.deps.settings.resendCooldownMs - ctx.now) / 1000));
}

/** Rejects a submission whose code could not be sent; the email quota is hourly, so that is the wait to name. */
export function rejectSend(failure: SendFailure): Refusal {
  return failure === 'RATE_LIMITED' ? refuse(failure, { seconds: 3600 }) : refuse(failure);
}

/** Shows a send failure on the step when there is no submission to reject (on arrival). */
export function noticeFailure(ctx: StepContext, failure: SendFailure | null): void {
  if (failure) ctx.state.notices.push({ id: ERROR_CATALOG[failure].message, type: 'error' });
}

export async function sendSmsCode(
  ctx: StepContext,
  input: { to: string; accountId: string; purpose: string; noticeContext: Record<string, string> },
): Promise<SendFailure | null> {
  const { deps } = ctx;
  const quota = await deps.risk.quota.take({
    channel: 'sms',
    destination: input.to,
    accountId: input.accountId,
    ip: ctx.request.ip,
  });
  if (!quota.allowed) return 'SMS_QUOTA_EXCEEDED';
  const ttlMs = deps.settings.smsCodeTtlMs;
  const { code, otp } = issueOtp(deps.runtime.secrets, {
    flowId: ctx.flow.id,
    purpose: input.purpose,
    now: ctx.now,
    ttlMs,
  });
  ctx.state.otp = otp;
  const message = deps.messaging.templates.secondFactorSms({
    to: input.to,
    locale: ctx.locale,
    code,
    minutes: Math.round(ttlMs / 60000),
  });
  const delivery = await deps.messaging.sms.send(message);
  if (!delivery.ok) {
    deps.runtime.log.warn({ purpose: input.purpose, reason: delivery.reason }, 'sms delivery failed');
    return 'DELIVERY_FAILED';
  }
  ctx.state.notices.push({ id: M.INFO_SMS_SENT, type: 'info', context: input.noticeContext });
  return null;
}

/**
 * Sends an emailed code. When `matchable` is false (no account for a recovery, an existing address at sign-up)
 * the flow keeps a code nothing matches, so it looks and behaves the same to the person typing; `build` may
 * still send something (a notice) or nothing.
 */
export async function sendEmailCode(
  ctx: StepContext,
  input: {
    to: string;
    purpose: string;
    matchable: boolean;
    build: ((code: string, minutes: number) => EmailMessage) | undefined;
    /** Deliver without waiting, when waiting would tell whether there was anything to deliver. */
    offRequestPath?: boolean;
    notice: { id: number; context: Record<string, string> };
  },
): Promise<SendFailure | null> {
  const { deps } = ctx;
  const quota = await deps.risk.quota.take({
    channel: 'email',
    destination: input.to,
    accountId: null,
    ip: ctx.request.ip,
  });
  if (!quota.allowed) return 'RATE_LIMITED';
  const ttlMs = deps.settings.emailCodeTtlMs;
  const minutes = Math.round(ttlMs / 60000);
  let message: EmailMessage | undefined;
  if (input.matchable) {
    const { code, otp } = issueOtp(deps.runtime.secrets, {
      flowId: ctx.flow.id,
      purpose: input.purpose,
      now: ctx.now,
      ttlMs,
    });
    ctx.state.otp = otp;
    message = input.build?.(code, minutes);
  } else {
    ctx.state.otp = unmatchableOtp({ now: ctx.now, ttlMs });
    message = input.build?.('', minutes);
  }
  if (message && input.offRequestPath) deps.messaging.emailLater.sendLater(message);
  else if (message) {
    const delivery = await deps.messaging.email.send(message);
    if (!delivery.ok) {
      deps.runtime.log.warn({ purpose: input.purpose, reason: delivery.reason }, 'email delivery failed');
      return 'DELIVERY_FAILED';
    }
  }
  ctx.state.notices.push({ id: input.notice.id, type: 'info', context: input.notice.context });
  return null;
}
