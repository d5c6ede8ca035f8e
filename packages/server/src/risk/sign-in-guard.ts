// Brute-force defence for password sign-in: every decision is taken with the attempt, before the password is checked.
// Keys use the normalised email whether or not an account exists, so behaviour never reveals one.
// Nothing here can keep the owner out: the account side only ever asks for the captcha; waits fall on the source.
import type { Clock } from '../common/index.js';
import type { CounterStore, Limit, Reservation } from './counter-store.js';

export interface SignInRiskConfig {
  windowSeconds: number;
  captchaAfterEmailFailures: number;
  captchaAfterIpFailures: number;
  throttleAfterIpFailures: number;
  maxThrottleSeconds: number;
  maxConsecutiveFailures: number;
}

/** One password attempt, its slots already taken. Settle it exactly once: withdraw, failed or succeeded. */
export interface SignInAttempt {
  /** The attempt may only go on with a solved captcha. */
  captchaRequired: boolean;
  /** Claims the source's turn just before the password is checked; refused while the source's wait runs. */
  takeTurn(): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }>;
  /** Refused before the password was looked at (captcha, wait): the attempt counts nowhere. */
  withdraw(): Promise<void>;
  /** A wrong password: the slots stay taken. Says whether the next attempt needs the captcha. */
  failed(): Promise<{ captchaRequired: boolean }>;
  /** The right password: gives the source its slots back and ends the account's run of failures. */
  succeeded(): Promise<void>;
}

export interface SignInGuard {
  begin(input: { email: string; ip: string }): Promise<SignInAttempt>;
  /** A password reset proves control of the mailbox, which ends the run of failures. */
  clear(input: { email: string }): Promise<void>;
  /** Whether a flow started from this IP should show the captcha straight away. */
  ipNeedsCaptcha(ip: string): Promise<boolean>;
}

const CONSECUTIVE_WINDOW_MS = 30 * 24 * 3600 * 1000;
const UNLIMITED = Number.MAX_SAFE_INTEGER;

const riskKeys = {
  /** Attempts without a captcha for one email, per window. */
  emailFailures: (email: string) => `signin:email:${email}`,
  /** Attempts without a captcha from one IP, per window. */
  ipFailures: (ip: string) => `signin:ip:${ip}`,
  /** Failures in a row for one email, up to the bar. */
  consecutive: (email: string) => `signin:consecutive:${email}`,
  /** Passwords checked for one IP, per window: the growing waits. */
  sourceChecks: (ip: string) => `signin:source:${ip}`,
  sourceWait: (ip: string) => `signin:wait:${ip}`,
};

export function createSignInGuard(deps: {
  counters: CounterStore;
  clock: Clock;
  config: SignInRiskConfig;
}): SignInGuard {
  const { counters, clock, config } = deps;
  const windowMs = config.windowSeconds * 1000;

  /** Wait after the source's n-th checked password past its bar: doubling from 1 s, capped. */
  const waitMs = (over: number): number => Math.min(2 ** Math.min(over - 1, 30), config.maxThrottleSeconds) * 1000;

  return {
    async begin({ email, ip }) {
      const now = clock.now();
      // Each slot is taken atomically, so of any number of racing attempts only as many as the bars allow go on
      // without a captcha; past the bar of consecutive failures every attempt needs one. All four are taken in one
      // step (one transaction, or one script on Redis), each decided on its own. The source's slot (passwords checked
      // from the address, for its waits) is taken here too, though only an attempt that gets as far as the password
      // needs it: an attempt sent back for the captcha gives it back, and a separate step cost each sign-in a commit.
      const limits: Limit[] = [
        { key: riskKeys.emailFailures(email), limit: config.captchaAfterEmailFailures, windowMs },
        { key: riskKeys.ipFailures(ip), limit: config.captchaAfterIpFailures, windowMs },
        { key: riskKeys.consecutive(email), limit: config.maxConsecutiveFailures, windowMs: CONSECUTIVE_WINDOW_MS },
        { key: riskKeys.sourceChecks(ip), limit: UNLIMITED, windowMs },
      ];
      const reservations = await counters.reserveEach(limits, now);
      const [byEmail, byIp, consecutive, source] = reservations as [Reservation, Reservation, Reservation, Reservation];
      const pastBar = !consecutive.ok;
      /** The events this attempt holds: all of them, or those of the keys given. */
      const held = (keys?: readonly string[]) =>
        limits.flatMap(({ key }, i) => {
          const r = reservations[i]!;
          return r.ok && (!keys || keys.includes(key)) ? [[key, r.id] as const] : [];
        });

      return {
        captchaRequired: !byEmail.ok || !byIp.ok || pastBar,
        async takeTurn() {
          // Past the account's bar, its passwords meet the source's waits from the first one.
          const over = source.ok ? source.slot - (pastBar ? 0 : config.throttleAfterIpFailures) : 0;
          if (over <= 0) return { ok: true };
          const until = await counters.takeTurn(riskKeys.sourceWait(ip), now, now + waitMs(over));
          if (until === 0) return { ok: true };
          return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
        },
        async withdraw() {
          await counters.forget({ events: held() });
        },
        async failed() {
          const next = (r: Reservation, limit: number) => !r.ok || r.slot >= limit;
          return {
            captchaRequired:
              next(byEmail, config.captchaAfterEmailFailures) ||
              next(byIp, config.captchaAfterIpFailures) ||
              next(consecutive, config.maxConsecutiveFailures),
          };
        },
        async succeeded() {
          await counters.forget({
            events: held([riskKeys.ipFailures(ip), riskKeys.sourceChecks(ip)]),
            keys: [riskKeys.emailFailures(email), riskKeys.consecutive(email)],
          });
        },
      };
    },
    async clear({ email }) {
      await counters.forget({ keys: [riskKeys.emailFailures(email), riskKeys.consecutive(email)] });
    },
    async ipNeedsCaptcha(ip) {
      return (await counters.count(riskKeys.ipFailures(ip), windowMs, clock.now())) >= config.captchaAfterIpFailures;
    },
  };
}
