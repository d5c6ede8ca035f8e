// The console's overview figures: accounts, active subscriptions per plan, devices seen, check-ins, SMS per country.
import type { Clock } from '../common/index.js';
import type { OverviewStore, PlanCount, SmsCountryTally } from './overview-store.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface OverviewFigures {
  at: number;
  accounts: number;
  activeSubscriptions: { total: number; byPlan: PlanCount[] };
  devicesSeenLastDay: number;
  checkIns: {
    /** Check-ins per whole minute over the last `perMinute.length` minutes, oldest first (the current, unfinished
     * minute excluded; each instance adds its own at every last-seen flush). */
    perMinute: number[];
    /** Their mean, rounded to one decimal. */
    averagePerMinute: number;
  };
  /** Today (UTC) per destination country: sent, failed by the provider, refused by a quota. */
  smsToday: { day: string; byCountry: SmsCountryTally[]; sent: number; refused: number; failed: number };
}

export interface Overview {
  figures(): Promise<OverviewFigures>;
}

/** The UTC day of `at` as YYYY-MM-DD: the key SMS are tallied under. */
export const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);

export function createOverview(deps: { store: OverviewStore; clock: Clock; checkInWindowMinutes?: number }): Overview {
  const { store, clock } = deps;
  const window = deps.checkInWindowMinutes ?? 60;
  return {
    async figures() {
      const at = clock.now();
      const currentMinute = Math.floor(at / MINUTE);
      const fromMinute = currentMinute - window;
      const day = utcDay(at);
      // Independent reads: asked together, each one aggregate over its own table.
      const [accounts, byPlan, devicesSeenLastDay, minutes, sms] = await Promise.all([
        store.countAccounts(),
        store.activeSubscriptionsByPlan(at),
        store.countDevicesSeenSince(at - DAY),
        store.checkInsByMinute(fromMinute),
        store.smsOn(day),
      ]);
      const perMinute = Array.from({ length: window }, () => 0);
      for (const m of minutes) {
        const index = m.minute - fromMinute;
        if (index >= 0 && index < window) perMinute[index] = m.count;
      }
      const sum = perMinute.reduce((a, b) => a + b, 0);
      const total = (pick: (t: SmsCountryTally) => number) => sms.reduce((a, t) => a + pick(t), 0);
      return {
        at,
        accounts,
        activeSubscriptions: { total: byPlan.reduce((a, p) => a + p.count, 0), byPlan },
        devicesSeenLastDay,
        checkIns: { perMinute, averagePerMinute: Math.round((sum / window) * 10) / 10 },
        smsToday: {
          day,
          byCountry: sms,
          sent: total((t) => t.sent),
          refused: total((t) => t.refused),
          failed: total((t) => t.failed),
        },
      };
    },
  };
}
