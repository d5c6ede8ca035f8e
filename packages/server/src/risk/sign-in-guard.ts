// Brute-force defence for password sign-in: captcha after a few failures, growing waits, a hard cap.
// Keys use the normalised email whether or not an account exists, so behaviour never reveals one.
import type { Clock } from '../common/index.js';
import type { CounterStore } from './counter-store.js';

export interface SignInRiskConfig {
  windowSeconds: number;
  captchaAfterEmailFailures: number;
  captchaAfterIpFailures: number;
  throttleAfterConsecutiveFailures: number;
  maxThrottleSeconds: number;
  maxConsecutiveFailures: number;
  lockoutSeconds: number;
}

export type SignInAssessment =
  | { allowed: true; captchaRequired: boolean }
  | { allowed: false; code: 'ACCOUNT_THROTTLED'; retryAfterSeconds: number };

export interface SignInGuard {
  assess(input: { email: string; ip: string }): Promise<SignInAssessment>;
  /** Counts a failed attempt; returns whether the next attempt needs a captcha. */
  recordFailure(input: { email: string; ip: string }): Promise<{ captchaRequired: boolean; consecutive: number }>;
  recordSuccess(input: { email: string }): Promise<void>;
  /** A password reset proves control of the mailbox, which lifts waits and the cap. */
  clear(input: { email: string }): Promise<void>;
  /** Whether a flow started from this IP should show the captcha straight away. */
  ipNeedsCaptcha(ip: string): Promise<boolean>;
}

const CONSECUTIVE_WINDOW_MS = 30 * 24 * 3600 * 1000;

export const riskKeys = {
  emailFailures: (email: string) => `signin:email:${email}`,
  ipFailures: (ip: string) => `signin:ip:${ip}`,
  consecutive: (email: string) => `signin:consecutive:${email}`,
  wait: (email: string) => `signin:wait:${email}`,
};

export function createSignInGuard(deps: { counters: CounterStore; clock: Clock; config: SignInRiskConfig }): SignInGuard {
  const { counters, clock, config } = deps;
  const windowMs = config.windowSeconds * 1000;

  /** Wait after the n-th consecutive failure: doubling from 1 s past the throttle bar, capped; the cap itself locks. */
  const waitMs = (consecutive: number): number => {
    if (consecutive >= config.maxConsecutiveFailures) return config.lockoutSeconds * 1000;
    const over = consecutive - config.throttleAfterConsecutiveFailures;
    if (over < 0) return 0;
    return Math.min(2 ** Math.min(over, 30), config.maxThrottleSeconds) * 1000;
  };

  return {
    async assess({ email, ip }) {
      const now = clock.now();
      const until = await counters.blockedUntil(riskKeys.wait(email), now);
      if (until > now) return { allowed: false, code: 'ACCOUNT_THROTTLED', retryAfterSeconds: Math.ceil((until - now) / 1000) };
      const [byEmail, byIp] = await Promise.all([
        counters.count(riskKeys.emailFailures(email), windowMs, now),
        counters.count(riskKeys.ipFailures(ip), windowMs, now),
      ]);
      return {
        allowed: true,
        captchaRequired: byEmail >= config.captchaAfterEmailFailures || byIp >= config.captchaAfterIpFailures,
      };
    },
    async recordFailure({ email, ip }) {
      const now = clock.now();
      const [byEmail, byIp, consecutive] = await Promise.all([
        counters.hit(riskKeys.emailFailures(email), windowMs, now),
        counters.hit(riskKeys.ipFailures(ip), windowMs, now),
        counters.hit(riskKeys.consecutive(email), CONSECUTIVE_WINDOW_MS, now),
      ]);
      const wait = waitMs(consecutive);
      if (wait > 0) await counters.block(riskKeys.wait(email), now + wait);
      return {
        captchaRequired: byEmail >= config.captchaAfterEmailFailures || byIp >= config.captchaAfterIpFailures,
        consecutive,
      };
    },
    async recordSuccess({ email }) {
      await Promise.all([counters.reset(riskKeys.emailFailures(email)), counters.reset(riskKeys.consecutive(email))]);
    },
    async clear({ email }) {
      await Promise.all([
        counters.reset(riskKeys.emailFailures(email)),
        counters.reset(riskKeys.consecutive(email)),
        counters.unblock(riskKeys.wait(email)),
      ]);
    },
    async ipNeedsCaptcha(ip) {
      return (await counters.count(riskKeys.ipFailures(ip), windowMs, clock.now())) >= config.captchaAfterIpFailures;
    },
  };
}
