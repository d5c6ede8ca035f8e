// Seats in SQL: a device's place in a subscription, one per device, claimed and released each in one transaction.
// Lock order (shared with the family store): the subscription row with its counter update first, then seat rows.
import type { Kysely, Transaction } from 'kysely';
import type { SeatClaim, SeatStore } from '../licensing/index.js';
import type { Database } from './tables.js';
import { atomically, Rollback } from './sql-transaction.js';
import { activeAt } from './sql-active-subscription.js';

const isMember = async (tx: Transaction<Database>, subscriptionId: string, accountId: string) =>
  (await tx
    .selectFrom('subscription_members')
    .select('account_id')
    .where('subscription_id', '=', subscriptionId)
    .where('account_id', '=', accountId)
    .executeTakeFirst()) !== undefined;

const holdsSeat = async (tx: Transaction<Database>, subscriptionId: string, deviceId: string) =>
  (await tx
    .selectFrom('seats')
    .select('device_id')
    .where('subscription_id', '=', subscriptionId)
    .where('device_id', '=', deviceId)
    .executeTakeFirst()) !== undefined;

const ownsNow = async (tx: Transaction<Database>, subscriptionId: string, accountId: string) =>
  (await tx
    .selectFrom('subscriptions')
    .select('id')
    .where('id', '=', subscriptionId)
    .where('owner_account_id', '=', accountId)
    .executeTakeFirst()) !== undefined;

export function sqlSeatStore(db: Kysely<Database>): SeatStore {
  return {
    async claimSeat({ subscriptionId, deviceId, accountId, now }) {
      return atomically<SeatClaim>(db, async (tx) => {
        const sub = await tx
          .selectFrom('subscriptions')
          .select('owner_account_id')
          .where('id', '=', subscriptionId)
          .where(activeAt(now))
          .executeTakeFirst();
        if (!sub) return 'not_usable';
        const owner = sub.owner_account_id === accountId;
        if (!owner && !(await isMember(tx, subscriptionId, accountId))) return 'not_usable';
        if (await holdsSeat(tx, subscriptionId, deviceId)) return 'held';
        // Reserve a seat with a conditional increment: it takes the subscription's row lock, and racing claims are
        // re-checked against the count the winners left, so the plan's device limit is never passed.
        const reserved = await tx
          .updateTable('subscriptions')
          .set((eb) => ({ seats_used: eb('seats_used', '+', 1) }))
          .where('id', '=', subscriptionId)
          .where(activeAt(now))
          .where((eb) =>
            eb(
              'seats_used',
              '<',
              eb.selectFrom('plans').select('plans.device_limit').whereRef('plans.id', '=', 'subscriptions.plan_id'),
            ),
          )
          .executeTakeFirst();
        if (Number(reserved.numUpdatedRows) === 0) {
          // A racing claim for this same device may have taken the last seat: that is this device's seat.
          return (await holdsSeat(tx, subscriptionId, deviceId)) ? 'held' : 'full';
        }
        // Under the row lock now, so a removal or a transfer that committed while this claim waited is seen.
        if (!(await ownsNow(tx, subscriptionId, accountId)) && !(await isMember(tx, subscriptionId, accountId)))
          throw new Rollback<SeatClaim>('not_usable');
        const inserted = await tx
          .insertInto('seats')
          .values({ subscription_id: subscriptionId, device_id: deviceId, account_id: accountId, claimed_at: now })
          .onConflict((oc) => oc.columns(['subscription_id', 'device_id']).doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) throw new Rollback<SeatClaim>('held');
        return 'claimed';
      });
    },
    async releaseSeat(subscriptionId, deviceId) {
      return atomically(db, async (tx) => {
        const counted = await tx
          .updateTable('subscriptions')
          .set((eb) => ({ seats_used: eb('seats_used', '-', 1) }))
          .where('id', '=', subscriptionId)
          .where('seats_used', '>', 0)
          .executeTakeFirst();
        if (Number(counted.numUpdatedRows) === 0) return false;
        const deleted = await tx
          .deleteFrom('seats')
          .where('subscription_id', '=', subscriptionId)
          .where('device_id', '=', deviceId)
          .executeTakeFirst();
        if (Number(deleted.numDeletedRows) === 0) throw new Rollback(false);
        return true;
      });
    },
    async seatsOfDevice(deviceId) {
      return (await db.selectFrom('seats').select('subscription_id').where('device_id', '=', deviceId).execute()).map(
        (r) => r.subscription_id,
      );
    },
  };
}
