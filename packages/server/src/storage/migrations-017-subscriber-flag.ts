// Migration 017: accounts that have ever owned or joined a subscription, so a check-in of an app on Free looks for one
// to move onto only there (two correlated EXISTS on every check-in were a third of the check-in statement's time).
import type { Kysely, Migration } from 'kysely';

export const m017_subscriber_flag: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .alterTable('accounts')
      .addColumn('ever_subscribed', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db
      .updateTable('accounts')
      .set({ ever_subscribed: 1 })
      .where((eb) =>
        eb.or([
          eb('id', 'in', eb.selectFrom('subscriptions').select('owner_account_id')),
          eb('id', 'in', eb.selectFrom('subscription_members').select('account_id')),
        ]),
      )
      .execute();
  },
};
