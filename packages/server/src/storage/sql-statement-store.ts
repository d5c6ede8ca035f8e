// Data statements and acceptances in SQL.
import type { Kysely, Selectable } from 'kysely';
import type { DataStatement, StatementAcceptance, StatementStore } from '../consent/index.js';
import type { Database } from './tables.js';
import { isUniqueViolation } from './sql-errors.js';

const toStatement = (r: Selectable<Database['data_statements']>): DataStatement => ({
  region: r.region,
  locale: r.locale,
  version: Number(r.version),
  title: r.title,
  body: r.body,
  publishedAt: r.published_at,
});
const toAcceptance = (r: Selectable<Database['statement_acceptances']>): StatementAcceptance => ({
  id: r.id,
  accountId: r.account_id,
  region: r.region,
  version: Number(r.version),
  locale: r.locale,
  deviceId: r.device_id,
  appId: r.app_id,
  ip: r.ip,
  acceptedAt: r.accepted_at,
});

export function sqlStatementStore(db: Kysely<Database>): StatementStore {
  return {
    async publish(s) {
      try {
        await db
          .insertInto('data_statements')
          .values({
            region: s.region,
            locale: s.locale,
            version: s.version,
            title: s.title,
            body: s.body,
            published_at: s.publishedAt,
          })
          .execute();
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async latestVersion(region) {
      const row = await db
        .selectFrom('data_statements')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('region', '=', region)
        .executeTakeFirst();
      return Number(row?.v ?? 0);
    },
    async versionTexts(region, version) {
      const rows = await db
        .selectFrom('data_statements')
        .selectAll()
        .where('region', '=', region)
        .where('version', '=', version)
        .orderBy('locale')
        .execute();
      return rows.map(toStatement);
    },
    async acceptedVersion(accountId, region) {
      const row = await db
        .selectFrom('statement_acceptances')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('account_id', '=', accountId)
        .where('region', '=', region)
        .executeTakeFirst();
      return Number(row?.v ?? 0);
    },
    async recordAcceptance(a) {
      await db
        .insertInto('statement_acceptances')
        .values({
          id: a.id,
          account_id: a.accountId,
          region: a.region,
          version: a.version,
          locale: a.locale,
          device_id: a.deviceId,
          app_id: a.appId,
          ip: a.ip,
          accepted_at: a.acceptedAt,
        })
        .execute();
    },
    async listAcceptances(accountId) {
      const rows = await db
        .selectFrom('statement_acceptances')
        .selectAll()
        .where('account_id', '=', accountId)
        .orderBy('accepted_at', 'desc')
        .execute();
      return rows.map(toAcceptance);
    },
    async listStatements(region) {
      let q = db
        .selectFrom('data_statements')
        .selectAll()
        .orderBy('region')
        .orderBy('version', 'desc')
        .orderBy('locale');
      if (region) q = q.where('region', '=', region);
      return (await q.execute()).map(toStatement);
    },
  };
}
