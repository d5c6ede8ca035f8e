// The overview's figures in SQL: one aggregate per figure (no index added for them: the console asks rarely, and an
// index on last-seen times would slow the check-in bookkeeping that writes them all day), and the SMS tally upsert.
// Check-ins per minute are the check-in store's tallies (sql-check-in-store.ts adds them at each last-seen flush).
import { sql, type Kysely } from 'kysely';
import type { OverviewStore, SmsCountryTally } from '../overview/index.js';
import type { Database } from './tables.js';
import { activeAt } from './sql-active-subscription.js';

export function sqlOverviewStore(db: Kysely<Database>): OverviewStore {
  return {
    async countAccounts() {
      const row = await db
        .selectFrom('accounts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async activeSubscriptionsByPlan(now) {
      const rows = await db
        .selectFrom('subscriptions')
        .innerJoin('plans', 'plans.id', 'subscriptions.plan_id')
        .select(['subscriptions.plan_id as planId', 'plans.name as planName'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where(activeAt(now))
        .groupBy(['subscriptions.plan_id', 'plans.name'])
        .execute();
      return rows
        .map((r) => ({ planId: r.planId, planName: r.planName, count: Number(r.n) }))
        .sort((a, b) => b.count - a.count || a.planId.localeCompare(b.planId));
    },

    async countDevicesSeenSince(since) {
      const row = await db
        .selectFrom('devices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('last_seen_at', '>', since)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async checkInsByMinute(fromMinute) {
      const rows = await db
        .selectFrom('check_in_tallies')
        .select(['minute', 'count'])
        .where('minute', '>=', fromMinute)
        .execute();
      return rows.map((r) => ({ minute: Number(r.minute), count: Number(r.count) }));
    },

    async addSms(day, country, outcome) {
      await db
        .insertInto('sms_tallies')
        .values({ day, country, outcome, count: 1 })
        .onConflict((oc) =>
          oc.columns(['day', 'country', 'outcome']).doUpdateSet({ count: sql<number>`sms_tallies.count + 1` }),
        )
        .execute();
    },

    async smsOn(day) {
      const rows = await db.selectFrom('sms_tallies').selectAll().where('day', '=', day).execute();
      const byCountry = new Map<string, SmsCountryTally>();
      for (const r of rows) {
        const t = byCountry.get(r.country) ?? { country: r.country, sent: 0, failed: 0, refused: 0 };
        if (r.outcome === 'sent' || r.outcome === 'failed' || r.outcome === 'refused') t[r.outcome] += Number(r.count);
        byCountry.set(r.country, t);
      }
      return [...byCountry.values()].sort(
        (a, b) => b.sent + b.refused - (a.sent + a.refused) || a.country.localeCompare(b.country),
      );
    },
  };
}
