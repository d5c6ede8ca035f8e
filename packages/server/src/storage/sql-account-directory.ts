// The account directory in SQL: filtered, id-ordered pages of accounts for the operator API.
import { sql, type Kysely } from 'kysely';
import type { AccountDirectory } from '../identity/index.js';
import type { Database } from './tables.js';
import { toAccount } from './sql-account-store.js';

export function sqlAccountDirectory(db: Kysely<Database>): AccountDirectory {
  return {
    async search(q) {
      let query = db.selectFrom('accounts').selectAll();
      if (q.id !== undefined) query = query.where('id', '=', q.id);
      if (q.phone !== undefined) query = query.where('phone_e164', '=', q.phone);
      // A prefix compare rather than LIKE: a typed `%` or `_` matches itself, with no escape rules per database.
      if (q.email !== undefined)
        query = query.where(sql<string>`substr(email_normalized, 1, ${q.email.length})`, '=', q.email);
      if (q.afterId !== undefined) query = query.where('id', '>', q.afterId);
      const rows = await query.orderBy('id').limit(q.limit).execute();
      return rows.map(toAccount);
    },
  };
}
