// One-time codes bound to a flow: keyed hash only, single use, expiring, with capped attempts.
import { randomBytes } from 'node:crypto';
import { newNumericCode, type Secrets } from '../common/index.js';
import { refuse, type Outcome } from '../errors/index.js';

export interface OtpState {
  hash: string;
  expiresAt: number;
  attempts: number;
  sentAt: number;
}

export type OtpCheck = Outcome<object, 'CODE_INVALID' | 'CODE_EXPIRED' | 'CODE_ATTEMPTS_EXCEEDED'>;

const purposeKey = (purpose: string, flowId: string) => `otp:${purpose}:${flowId}`;

export function issueOtp(
  secrets: Secrets,
  input: { flowId: string; purpose: string; now: number; ttlMs: number },
): { code: string; otp: OtpState } {
  const code = newNumericCode(6);
  return {
    code,
    otp: {
      hash: secrets.keyedHash(purposeKey(input.purpose, input.flowId), code),
      expiresAt: input.now + input.ttlMs,
      attempts: 0,
      sentAt: input.now,
    },
  };
}

/** A state no code can ever match, for flows that must look like a code was sent when none was. */
export function unmatchableOtp(input: { now: number; ttlMs: number }): OtpState {
  return {
    hash: randomBytes(32).toString('base64url'),
    expiresAt: input.now + input.ttlMs,
    attempts: 0,
    sentAt: input.now,
  };
}

/** Checks a code, counting the attempt in `otp` (the caller persists it). */
export function checkOtp(
  secrets: Secrets,
  otp: OtpState | undefined,
  input: { flowId: string; purpose: string; code: string | undefined; now: number; maxAttempts: number },
): OtpCheck {
  if (!otp) return refuse('CODE_EXPIRED');
  if (otp.attempts >= input.maxAttempts) return refuse('CODE_ATTEMPTS_EXCEEDED');
  if (otp.expiresAt <= input.now) return refuse('CODE_EXPIRED');
  otp.attempts += 1;
  const code = (input.code ?? '').replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(code)) return refuse('CODE_INVALID');
  return secrets.verifyKeyedHash(purposeKey(input.purpose, input.flowId), code, otp.hash)
    ? { ok: true }
    : refuse('CODE_INVALID');
}
