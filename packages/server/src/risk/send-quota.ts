// Quotas on sending codes (SMS pumping, mail bombing): per destination, account and IP, per hour and day.
import type { Clock } from '../common/index.js';
import type { CounterStore } from './counter-store.js';

export interface SendQuotaConfig {
  perNumberHour: number; perNumberDay: number;
  perAccountHour: number; perAccountDay: number;
  perIpHour: number; perIpDay: number;
}

export type SendDecision = { allowed: true } | { allowed: false; code: 'SMS_QUOTA_EXCEEDED' };

export interface SendQuota {
  /** Takes one send from every quota that applies; refused when any is spent. Refused attempts count too. */
  take(input: { channel: 'sms' | 'email'; destination: string; accountId: string | null; ip: string }): Promise<SendDecision>;
}

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export function createSendQuota(deps: { counters: CounterStore; clock: Clock; config: SendQuotaConfig }): SendQuota {
  const { counters, clock, config } = deps;
  return {
    async take({ channel, destination, accountId, ip }) {
      const now = clock.now();
      // Hit first, then compare: concurrent senders each get their own count, so the limits hold exactly.
      const checks: Array<[string, number, number]> = [
        [`send:${channel}:to:${destination}`, HOUR, config.perNumberHour],
        [`send:${channel}:to:${destination}`, DAY, config.perNumberDay],
        [`send:${channel}:ip:${ip}`, HOUR, config.perIpHour],
        [`send:${channel}:ip:${ip}`, DAY, config.perIpDay],
      ];
      if (accountId) {
        checks.push([`send:${channel}:account:${accountId}`, HOUR, config.perAccountHour]);
        checks.push([`send:${channel}:account:${accountId}`, DAY, config.perAccountDay]);
      }
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
