// Devices and app connections in SQL.
import type { Kysely, Selectable } from 'kysely';
import type { AppConnectionRecord, DeviceRecord, DeviceStore } from '../devices/index.js';
import type { Database } from './tables.js';

const toDevice = (r: Selectable<Database['devices']>): DeviceRecord => ({
  id: r.id, accountId: r.account_id, name: r.name, platform: r.platform, createdAt: r.created_at,
  lastSeenAt: r.last_seen_at, disconnectedAt: r.disconnected_at,
});
const toConnection = (r: Selectable<Database['app_connections']>): AppConnectionRecord => ({
  id: r.id, deviceId: r.device_id, accountId: r.account_id, appId: r.app_id, planId: r.plan_id,
  subscriptionId: r.subscription_id, credentialHash: r.credential_hash, createdAt: r.created_at,
  lastCheckInAt: r.last_check_in_at, revokedAt: r.revoked_at,
});

export function sqlDeviceStore(db: Kysely<Database>): DeviceStore {
  return {
    async createDevice(d) {
      await db.insertInto('devices').values({
        id: d.id, account_id: d.accountId, name: d.name, platform: d.platform, created_at: d.createdAt,
        last_seen_at: d.lastSeenAt, disconnected_at: d.disconnectedAt,
      }).execute();
    },
    async findDevice(id) {
      const row = await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDevice(row);
    },
    async listDevices(accountId) {
      const rows = await db.selectFrom('devices').selectAll().where('account_id', '=', accountId).orderBy('created_at').execute();
      return rows.map(toDevice);
    },
    async connectApp(c) {
      await db.transaction().execute(async (tx) => {
        await tx.updateTable('app_connections').set({ revoked_at: c.createdAt })
          .where('device_id', '=', c.deviceId).where('app_id', '=', c.appId).where('revoked_at', 'is', null).execute();
        await tx.insertInto('app_connections').values({
          id: c.id, device_id: c.deviceId, account_id: c.accountId, app_id: c.appId, plan_id: c.planId,
          subscription_id: c.subscriptionId, credential_hash: c.credentialHash, created_at: c.createdAt,
          last_check_in_at: c.lastCheckInAt, revoked_at: c.revokedAt,
        }).execute();
      });
    },
    async findConnectionByCredentialHash(hash) {
      const row = await db.selectFrom('app_connections').selectAll().where('credential_hash', '=', hash).executeTakeFirst();
      return row && toConnection(row);
    },
    async listConnections(deviceId) {
      const rows = await db.selectFrom('app_connections').selectAll().where('device_id', '=', deviceId).orderBy('created_at').execute();
      return rows.map(toConnection);
    },
  };
}
