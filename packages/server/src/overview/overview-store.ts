// The overview's store port: the fleet-wide figures the console's overview page shows, each one aggregate query.

export interface PlanCount {
  planId: string;
  planName: string;
  count: number;
}

export type SmsOutcome = 'sent' | 'failed' | 'refused';

export interface SmsCountryTally {
  country: string;
  sent: number;
  failed: number;
  refused: number;
}

export interface OverviewStore {
  countAccounts(): Promise<number>;
  /** Subscriptions active at `now` (not revoked, not ended), per plan, most first. */
  activeSubscriptionsByPlan(now: number): Promise<PlanCount[]>;
  /** Devices whose last-seen time (written within `checkIn.lastSeenGranularitySeconds`) is after `since`. */
  countDevicesSeenSince(since: number): Promise<number>;
  /**
   * Check-ins counted in each whole minute from `fromMinute` (epoch minutes, inclusive), by every instance (the
   * check-in store's last-seen flush adds them): `{ minute, count }` for the minutes that have any.
   */
  checkInsByMinute(fromMinute: number): Promise<{ minute: number; count: number }[]>;
  /** Adds one SMS to the day's tally for its country and outcome (an atomic upsert). */
  addSms(day: string, country: string, outcome: SmsOutcome): Promise<void>;
  /** The day's tallies per country, most sent first. */
  smsOn(day: string): Promise<SmsCountryTally[]>;
}
