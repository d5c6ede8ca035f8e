// The account's "has owned or joined a subscription" flag (migration 017), raised before any write that makes it so.
import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/**
 * Raised, never lowered: a flag left up after the subscription ended only costs that account's Free apps a look at
 * their subscriptions, where a flag missing would keep them on Free. So it goes up first, as the transaction's first
 * statement (before any subscription, code or seat row is locked, the lock order connects use: the account first),
 * and only when it is down, so a raised flag takes no row lock.
 */
export async function raiseSubscriberFlag(db: Kysely<Database>, accountId: string): Promise<void> {
  await db
    .updateTable('accounts')
    .set({ ever_subscribed: 1 })
    .where('id', '=', accountId)
    .where('ever_subscribed', '=', 0)
    .execute();
}
