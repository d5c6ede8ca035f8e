// Quotas on sending codes (SMS pumping, mail bombing): per destination, account and IP, per hour and day.
import type { Clock } from '../common/index.js';
import type { CounterStore, Limit } from './counter-store.js';

/** One channel's limits; emailed codes have no account yet (sign-up, recovery), so their account limits are optional. */
export interface SendQuotaConfig {
  perDestinationHour: number;
  perDestinationDay: number;
  perAccountHour?: number;
  perAccountDay?: number;
  perIpHour: number;
  perIpDay: number;
}

/**
 * Allowed, with `spentForSeconds` when this send used the last of a quota (the next one would be refused for that
 * long, so clients can stop offering it); or refused with the wait until every spent quota has room again.
 */
export type SendDecision =
  | { allowed: true; spentForSeconds: number }
  | { allowed: false; code: 'SMS_QUOTA_EXCEEDED'; retryAfterSeconds: number };

export interface SendQuota {
  /** Takes one send from every quota that applies, all or nothing; a refused attempt takes none. */
  take(input: {
    channel: 'sms' | 'email';
    destination: string;
    accountId: string | null;
    ip: string;
  }): Promise<SendDecision>;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** Whole seconds from `now` until `at`, at least 1 (a wait of 0 would invite an immediate retry that fails). */
export const secondsUntil = (at: number, now: number): number => Math.max(1, Math.ceil((at - now) / 1000));

export function createSendQuota(deps: {
  counters: CounterStore;
  clock: Clock;
  config: Record<'sms' | 'email', SendQuotaConfig>;
}): SendQuota {
  const { counters, clock, config } = deps;
  return {
    async take({ channel, destination, accountId, ip }) {
      const now = clock.now();
      const limits = config[channel];
      // One event per key counts in both its windows; the store decides every limit together with the send, so racing
      // senders neither exceed a quota nor refuse each other with sends that did not happen.
      const caps: Limit[] = [
        { key: `send:${channel}:to:${destination}`, windowMs: HOUR, limit: limits.perDestinationHour },
        { key: `send:${channel}:to:${destination}`, windowMs: DAY, limit: limits.perDestinationDay },
        { key: `send:${channel}:ip:${ip}`, windowMs: HOUR, limit: limits.perIpHour },
        { key: `send:${channel}:ip:${ip}`, windowMs: DAY, limit: limits.perIpDay },
      ];
      if (accountId && limits.perAccountHour !== undefined)
        caps.push({ key: `send:${channel}:account:${accountId}`, windowMs: HOUR, limit: limits.perAccountHour });
      if (accountId && limits.perAccountDay !== undefined)
        caps.push({ key: `send:${channel}:account:${accountId}`, windowMs: DAY, limit: limits.perAccountDay });
      const reserved = await counters.reserveAll(caps, now);
      if (!reserved.ok)
        return { allowed: false, code: 'SMS_QUOTA_EXCEEDED', retryAfterSeconds: secondsUntil(reserved.freeAt, now) };
      return { allowed: true, spentForSeconds: reserved.spentUntil ? secondsUntil(reserved.spentUntil, now) : 0 };
    },
  };
}
