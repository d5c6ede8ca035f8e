// The device grant store in SQL: every change of status is one conditional update, so racing requests cannot both win.
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DeviceGrant, DeviceGrantStore, GrantStatus } from '../device-grants/index.js';
import type { Database } from './tables.js';

const toGrant = (r: Selectable<Database['device_grants']>): DeviceGrant => ({
  id: r.id,
  deviceCodeHash: r.device_code_hash,
  userCodeHash: r.user_code_hash,
  appId: r.app_id,
  deviceName: r.device_name,
  platform: r.platform,
  locale: r.locale === 'vi' ? 'vi' : 'en',
  ip: r.ip,
  country: r.country,
  status: r.status as GrantStatus,
  accountId: r.account_id,
  resultSealed: r.result_sealed,
  intervalSeconds: Number(r.interval_seconds),
  lastPolledAt: r.last_polled_at === null ? null : Number(r.last_polled_at),
  createdAt: Number(r.created_at),
  expiresAt: Number(r.expires_at),
});

export function sqlDeviceGrantStore(db: Kysely<Database>): DeviceGrantStore {
  const by = async (column: 'id' | 'device_code_hash' | 'user_code_hash', value: string) => {
    const row = await db.selectFrom('device_grants').selectAll().where(column, '=', value).executeTakeFirst();
    return row && toGrant(row);
  };
  const changed = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) === 1;
  return {
    async create(g) {
      await db
        .insertInto('device_grants')
        .values({
          id: g.id,
          device_code_hash: g.deviceCodeHash,
          user_code_hash: g.userCodeHash,
          app_id: g.appId,
          device_name: g.deviceName,
          platform: g.platform,
          locale: g.locale,
          ip: g.ip,
          country: g.country,
          status: g.status,
          account_id: g.accountId,
          result_sealed: g.resultSealed,
          interval_seconds: g.intervalSeconds,
          last_polled_at: g.lastPolledAt,
          created_at: g.createdAt,
          expires_at: g.expiresAt,
        })
        .execute();
    },
    byDeviceCode: (hash) => by('device_code_hash', hash),
    byUserCode: (hash) => by('user_code_hash', hash),
    byId: (id) => by('id', id),
    async recordPoll(id, now, intervalSeconds) {
      await db
        .updateTable('device_grants')
        .set({ last_polled_at: now, interval_seconds: intervalSeconds })
        .where('id', '=', id)
        .execute();
    },
    async approve(id, accountId, now) {
      const result = await db
        .updateTable('device_grants')
        .set({ status: 'approved', account_id: accountId })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return changed(result);
    },
    async storeResult(id, sealed, keepUntil) {
      await db
        .updateTable('device_grants')
        .set({
          result_sealed: sealed,
          expires_at: sql<number>`CASE WHEN expires_at < ${keepUntil} THEN ${keepUntil} ELSE expires_at END`,
        })
        .where('id', '=', id)
        .execute();
    },
    async deny(id, now) {
      const result = await db
        .updateTable('device_grants')
        .set({ status: 'denied' })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return changed(result);
    },
    async markDelivered(id) {
      const result = await db
        .updateTable('device_grants')
        .set({ status: 'delivered', result_sealed: null })
        .where('id', '=', id)
        .where('status', '=', 'approved')
        .executeTakeFirst();
      return changed(result);
    },
    async deleteExpired(before) {
      const result = await db.deleteFrom('device_grants').where('expires_at', '<', before).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
