// Quotas on sending codes (SMS pumping, mail bombing): per destination, account and IP, per hour and day.
import type { Clock } from '../common/index.js';
import type { CounterStore } from './counter-store.js';

/** One channel's limits; emailed codes have no account yet (sign-up, recovery), so their account limits are optional. */
export interface SendQuotaConfig {
  perDestinationHour: number;
  perDestinationDay: number;
  perAccountHour?: number;
  perAccountDay?: number;
  perIpHour: number;
  perIpDay: number;
}

export type SendDecision = { allowed: true } | { allowed: false; code: 'SMS_QUOTA_EXCEEDED' };

export interface SendQuota {
  /** Takes one send from every quota that applies; refused when any is spent. Refused attempts count too. */
  take(input: {
    channel: 'sms' | 'email';
    destination: string;
    accountId: string | null;
    ip: string;
  }): Promise<SendDecision>;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

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
      // Hit first, then compare: concurrent senders each get their own count, so the limits hold exactly.
      const checks: Array<[string, number, number]> = [
        [`send:${channel}:to:${destination}`, HOUR, limits.perDestinationHour],
        [`send:${channel}:to:${destination}`, DAY, limits.perDestinationDay],
        [`send:${channel}:ip:${ip}`, HOUR, limits.perIpHour],
        [`send:${channel}:ip:${ip}`, DAY, limits.perIpDay],
      ];
      if (accountId && limits.perAccountHour !== undefined)
        checks.push([`send:${channel}:account:${accountId}`, HOUR, limits.perAccountHour]);
      if (accountId && limits.perAccountDay !== undefined)
        checks.push([`send:${channel}:account:${accountId}`, DAY, limits.perAccountDay]);
      // One event per key serves both its windows: record once, then count the wider window.
      const recorded = new Map<string, Promise<number>>();
      for (const [key] of checks) if (!recorded.has(key)) recorded.set(key, counters.hit(key, DAY, now));
      await Promise.all(recorded.values());
      const counts = await Promise.all(checks.map(([key, window]) => counters.count(key, window, now)));
      const spent = checks.some(([, , limit], i) => counts[i]! > limit);
      return spent ? { allowed: false, code: 'SMS_QUOTA_EXCEEDED' } : { allowed: true };
    },
  };
}
