// Sending a flow's one-time code by SMS or email, within quotas and the resend cooldown.
import { ERROR_CATALOG, M } from '@tessera/protocol';
import type { EmailMessage } from '../../messaging/index.js';
import { refuse, type Refusal } from '../../errors/index.js';
import { issueOtp, unmatchableOtp } from '../one-time-code.js';
import type { StepContext } from '../step.js';

type Channel = 'sms' | 'email';

/** Why a code was not sent: a spent quota (with its wait) or the provider. */
export type SendFailure =
  { code: 'SMS_QUOTA_EXCEEDED' | 'RATE_LIMITED'; seconds: number } | { code: 'DELIVERY_FAILED' };

/** Seconds before the channel's quotas allow another send, as last learnt by this flow. */
function quotaWait(ctx: StepContext, channel: Channel): number {
  const until = ctx.state.quotaSpentUntil?.[channel];
  return until === undefined ? 0 : Math.max(0, Math.ceil((until - ctx.now) / 1000));
}

/** Seconds before another code may be sent in this flow: the resend cooldown, or longer while a quota is spent. */
export function resendWait(ctx: StepContext, channel: Channel): number {
  const sentAt = ctx.state.otp?.sentAt;
  const cooldown =
    sentAt === undefined ? 0 : Math.max(0, Math.ceil((sentAt + ctx.deps.settings.resendCooldownMs - ctx.now) / 1000));
  return Math.max(cooldown, quotaWait(ctx, channel));
}

/** Refuses a resend asked for too early: a spent quota names its own code and wait, else the cooldown. */
export function refuseEarlyResend(ctx: StepContext, channel: Channel): Refusal | null {
  const wait = resendWait(ctx, channel);
  if (wait === 0) return null;
  if (wait === quotaWait(ctx, channel)) return rejectSend(quotaFailure(channel, wait));
  return refuse('RESEND_COOLDOWN', { seconds: wait });
}

const quotaFailure = (channel: Channel, seconds: number): SendFailure => ({
  code: channel === 'sms' ? 'SMS_QUOTA_EXCEEDED' : 'RATE_LIMITED',
  seconds,
});

/** Takes a send from the channel's quotas, remembering in the flow until when they are spent (so resend shows it). */
async function takeQuota(
  ctx: StepContext,
  channel: Channel,
  input: { destination: string; accountId: string | null },
): Promise<SendFailure | null> {
  const decision = await ctx.deps.risk.quota.take({ channel, ...input, ip: ctx.request.ip });
  const seconds = decision.allowed ? decision.spentForSeconds : decision.retryAfterSeconds;
  const spent = { ...ctx.state.quotaSpentUntil };
  if (seconds > 0) spent[channel] = ctx.now + seconds * 1000;
  else delete spent[channel];
  ctx.state.quotaSpentUntil = spent;
  return decision.allowed ? null : quotaFailure(channel, decision.retryAfterSeconds);
}

/** Rejects a submission whose code could not be sent, naming the wait when a quota is spent. */
export function rejectSend(failure: SendFailure): Refusal {
  return failure.code === 'DELIVERY_FAILED' ? refuse(failure.code) : refuse(failure.code, { seconds: failure.seconds });
}

/** Shows a send failure on the step when there is no submission to reject (on arrival). */
export function noticeFailure(ctx: StepContext, failure: SendFailure | null): void {
  if (!failure) return;
  const id = ERROR_CATALOG[failure.code].message;
  ctx.state.notices.push({
    id,
    type: 'error',
    ...(failure.code === 'DELIVERY_FAILED' ? {} : { context: { seconds: failure.seconds } }),
  });
}

export async function sendSmsCode(
  ctx: StepContext,
  input: { to: string; accountId: string; purpose: string; noticeContext: Record<string, string> },
): Promise<SendFailure | null> {
  const { deps } = ctx;
  const refused = await takeQuota(ctx, 'sms', { destination: input.to, accountId: input.accountId });
  if (refused) return refused;
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
    return { code: 'DELIVERY_FAILED' };
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
  const refused = await takeQuota(ctx, 'email', { destination: input.to, accountId: null });
  if (refused) return refused;
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
      return { code: 'DELIVERY_FAILED' };
    }
  }
  ctx.state.notices.push({ id: input.notice.id, type: 'info', context: input.notice.context });
  return null;
}
