// The configuration of licenses, check-in and licensing limits: a part of the one schema (schema.ts).
import { Type } from '@sinclair/typebox';
import { Int } from './int.js';

export const LicenseSettings = Type.Object(
  {
    lifetimeSeconds: Int(300, 30 * 24 * 3600, 24 * 3600, 'license token lifetime'),
    graceSeconds: Int(0, 30 * 24 * 3600, 3 * 24 * 3600, 'how long past expiry an offline app keeps working'),
  },
  { default: {} },
);

export const CheckInSettings = Type.Object(
  {
    intervalSeconds: Int(
      60,
      15 * 24 * 3600,
      3600,
      "suggested delay between an app's check-ins (at most half the token lifetime)",
    ),
    reissuePercent: Int(
      10,
      90,
      50,
      'an unchanged license token is re-signed (and the device credential rotated) once this share of its lifetime has passed',
    ),
    lastSeenFlushSeconds: Int(1, 3600, 30, 'last-seen times are buffered and written in batches this often'),
    lastSeenGranularitySeconds: Int(
      0,
      24 * 3600,
      900,
      "a device's and an app's last-seen time is written again only once it is more than this behind (0: at every check-in); above the check-in interval, a fleet writes about interval / granularity of a row per check-in",
    ),
    cacheEntries: Int(0, 10_000_000, 100_000, 'check-in answers kept in memory per instance (0: none)'),
    cacheSeconds: Int(
      1,
      24 * 3600,
      24 * 3600,
      'longest a cached check-in answer is used without a change notice (it also ends at the token refresh point)',
    ),
    sqliteWatchMilliseconds: Int(
      10,
      60_000,
      1000,
      'how often a SQLite server looks for writes by another process (the admin CLI) and then drops its cached check-in answers',
    ),
    maxReadsInFlight: Int(
      0,
      1_000_000,
      2000,
      "check-ins that need the database (no cached answer) at once per instance, about 0.2 s of queue at one instance's read rate; one more is refused with 503 and Retry-After (0: no limit)",
    ),
    shedAfterLagMs: Int(
      0,
      60_000,
      200,
      "past this lateness of the instance's event loop, only a share of the check-ins that need the database go ahead (twice as late, half of them); the rest are refused with 503 and Retry-After; cached answers are still given (0: never)",
    ),
    shedRetryAfterSeconds: Int(
      1,
      3600,
      30,
      'a check-in refused under load is told to come back after this long, spread up to twice it',
    ),
  },
  { default: {} },
);

export const LicensingSettings = Type.Object(
  {
    maxSubscriptionsPerAccount: Int(1, 100_000, 100, 'active subscriptions one account may own'),
    maxDevicesPerAccount: Int(1, 1_000_000, 500, 'devices one account may connect'),
    maxMembersPerSubscription: Int(
      0,
      10_000,
      50,
      'people sharing one subscription besides its owner (the plan may allow fewer)',
    ),
    redeemPerAccountHour: Int(1, 1_000_000, 10, 'activation-code attempts per account and hour'),
    redeemPerIpHour: Int(1, 1_000_000, 30, 'activation-code attempts per client IP and hour'),
    invitationsPerAccountHour: Int(1, 10_000, 20, 'family invitations one owner may send per hour'),
    invitationTtlDays: Int(1, 90, 7, 'how long a family invitation stays valid'),
  },
  { default: {} },
);
