// Devices and app connections in SQL.
import { rotatedCredential } from './sql-credential-rotation.js';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { AppConnectionRecord, DeviceRecord, DeviceStore, DeviceWithApps } from '../devices/index.js';
import type { Database } from './tables.js';
import { supportsRowLocks } from './unit-of-work.js';

const toDevice = (r: Selectable<Database['devices']>): DeviceRecord => ({
  id: r.id,
  accountId: r.account_id,
  name: r.name,
  platform: r.platform,
  createdAt: r.created_at,
  lastSeenAt: r.last_seen_at,
  disconnectedAt: r.disconnected_at,
});
const toConnection = (r: Selectable<Database['app_connections']>): AppConnectionRecord => ({
  id: r.id,
  deviceId: r.device_id,
  accountId: r.account_id,
  appId: r.app_id,
  planId: r.plan_id,
  subscriptionId: r.subscription_id,
  credentialHash: r.credential_hash,
  createdAt: r.created_at,
  lastCheckInAt: r.last_check_in_at,
  revokedAt: r.revoked_at,
});

export function sqlDeviceStore(db: Kysely<Database>): DeviceStore {
  const rowLocks = supportsRowLocks(db);
  return {
    async createDevice(d) {
      await db
        .insertInto('devices')
        .values({
          id: d.id,
          account_id: d.accountId,
          name: d.name,
          platform: d.platform,
          created_at: d.createdAt,
          last_seen_at: d.lastSeenAt,
          disconnected_at: d.disconnectedAt,
        })
        .execute();
    },
    async findDevice(id) {
      const row = await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDevice(row);
    },
    async searchDevicesByName(text, limit) {
      // LIKE with its wildcards escaped, so a typed % or _ matches itself; lower() on both sides folds the case.
      const pattern = `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const rows = await db
        .selectFrom('devices')
        .selectAll()
        .where(sql<boolean>`lower(name) like ${pattern} escape '\\'`)
        .orderBy('last_seen_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toDevice);
    },
    async listDevices(accountId) {
      // One statement for the whole list: each device's row repeats beside each of its connections (or beside nulls).
      const rows = await db
        .selectFrom('devices as d')
        .leftJoin('app_connections as c', 'c.device_id', 'd.id')
        .selectAll('d')
        .select([
          'c.id as c_id',
          'c.account_id as c_account_id',
          'c.app_id as c_app_id',
          'c.plan_id as c_plan_id',
          'c.subscription_id as c_subscription_id',
          'c.credential_hash as c_credential_hash',
          'c.created_at as c_created_at',
          'c.last_check_in_at as c_last_check_in_at',
          'c.revoked_at as c_revoked_at',
        ])
        .where('d.account_id', '=', accountId)
        .orderBy('d.created_at')
        .orderBy('d.id')
        .orderBy('c.created_at')
        .orderBy('c.id')
        .execute();
      const devices = new Map<string, DeviceWithApps>();
      for (const r of rows) {
        let device = devices.get(r.id);
        if (!device) devices.set(r.id, (device = { ...toDevice(r), apps: [] }));
        if (r.c_id === null) continue;
        device.apps.push({
          id: r.c_id,
          deviceId: r.id,
          accountId: r.c_account_id!,
          appId: r.c_app_id!,
          planId: r.c_plan_id!,
          subscriptionId: r.c_subscription_id,
          credentialHash: r.c_credential_hash!,
          createdAt: r.c_created_at!,
          lastCheckInAt: r.c_last_check_in_at!,
          revokedAt: r.c_revoked_at,
        });
      }
      return [...devices.values()];
    },
    async lockAccountDevices(accountId) {
      // PostgreSQL: SELECT … FOR UPDATE on the account row queues the account's connects and disconnects here until
      // commit. SQLite: Kysely runs one transaction at a time on its one connection, so the count is already exact.
      await db
        .selectFrom('accounts')
        .select('id')
        .where('id', '=', accountId)
        .$if(rowLocks, (q) => q.forUpdate())
        .executeTakeFirst();
      const row = await db
        .selectFrom('devices')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('account_id', '=', accountId)
        .where('disconnected_at', 'is', null)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async connectApp(c) {
      await db.transaction().execute(async (tx) => {
        await tx
          .updateTable('app_connections')
          .set({ revoked_at: c.createdAt })
          .where('device_id', '=', c.deviceId)
          .where('app_id', '=', c.appId)
          .where('revoked_at', 'is', null)
          .execute();
        await tx
          .insertInto('app_connections')
          .values({
            id: c.id,
            device_id: c.deviceId,
            account_id: c.accountId,
            app_id: c.appId,
            plan_id: c.planId,
            subscription_id: c.subscriptionId,
            credential_hash: c.credentialHash,
            created_at: c.createdAt,
            last_check_in_at: c.lastCheckInAt,
            revoked_at: c.revokedAt,
          })
          .execute();
      });
    },
    async findConnectionByCredentialHash(hash) {
      const row = await db
        .selectFrom('app_connections')
        .selectAll()
        .where('credential_hash', '=', hash)
        .executeTakeFirst();
      return row && toConnection(row);
    },
    async findConnectionByAnyCredentialHash(hash) {
      const row = await db
        .selectFrom('app_connections')
        .selectAll()
        .where((eb) => eb.or([eb('credential_hash', '=', hash), eb('previous_credential_hash', '=', hash)]))
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        connection: toConnection(row),
        matched: row.credential_hash === hash ? 'current' : 'previous',
        rotatedAt: row.rotated_at,
      };
    },
    async rotateCredential(connectionId, expectedHash, newHash, now) {
      const r = await db
        .updateTable('app_connections')
        .set({
          ...rotatedCredential(newHash, expectedHash, now),
        })
        .where('id', '=', connectionId)
        .where('credential_hash', '=', expectedHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async replayPreviousCredential(connectionId, previousHash, rotatedSince) {
      const r = await db
        .updateTable('app_connections')
        .set({ previous_grace: 'spent' })
        .where('id', '=', connectionId)
        .where('previous_credential_hash', '=', previousHash)
        .where('previous_grace', 'is', null)
        .where('rotated_at', '>=', rotatedSince)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async setConnectionPlan(connectionId, planId, subscriptionId) {
      await db
        .updateTable('app_connections')
        .set({ plan_id: planId, subscription_id: subscriptionId })
        .where('id', '=', connectionId)
        .execute();
    },
    async revokeConnection(connectionId, now) {
      const r = await db
        .updateTable('app_connections')
        .set({ revoked_at: now })
        .where('id', '=', connectionId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async renameDevice(deviceId, accountId, name) {
      const r = await db
        .updateTable('devices')
        .set({ name })
        .where('id', '=', deviceId)
        .where('account_id', '=', accountId)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async disconnectDevice(deviceId, accountId, now) {
      return db.transaction().execute(async (tx) => {
        const r = await tx
          .updateTable('devices')
          .set({ disconnected_at: now })
          .where('id', '=', deviceId)
          .where('account_id', '=', accountId)
          .where('disconnected_at', 'is', null)
          .executeTakeFirst();
        if (Number(r.numUpdatedRows) !== 1) return false;
        await tx
          .updateTable('app_connections')
          .set({ revoked_at: now })
          .where('device_id', '=', deviceId)
          .where('revoked_at', 'is', null)
          .execute();
        return true;
      });
    },
    async reconnectDevice(deviceId, accountId) {
      const r = await db
        .updateTable('devices')
        .set({ disconnected_at: null })
        .where('id', '=', deviceId)
        .where('account_id', '=', accountId)
        .where('disconnected_at', 'is not', null)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async touchDevice(deviceId, now) {
      await db.updateTable('devices').set({ last_seen_at: now }).where('id', '=', deviceId).execute();
    },
    async listConnections(deviceId) {
      const rows = await db
        .selectFrom('app_connections')
        .selectAll()
        .where('device_id', '=', deviceId)
        .orderBy('created_at')
        .execute();
      return rows.map(toConnection);
    },
  };
}
