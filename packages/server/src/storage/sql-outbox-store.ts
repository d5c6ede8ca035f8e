// The development outbox in SQL.
import type { Kysely } from 'kysely';
import type { MessagePurpose, OutboxStore } from '../messaging/index.js';
import type { Database } from './tables.js';

export function sqlOutboxStore(db: Kysely<Database>): OutboxStore {
  return {
    async append(e) {
      await db
        .insertInto('outbox')
        .values({
          id: e.id,
          channel: e.channel,
          recipient: e.to,
          subject: e.subject,
          body: e.body,
          purpose: e.purpose,
          created_at: e.createdAt,
        })
        .execute();
    },
    async list({ limit, channel, to }) {
      let q = db.selectFrom('outbox').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit);
      if (channel) q = q.where('channel', '=', channel);
      if (to) q = q.where('recipient', '=', to);
      return (await q.execute()).map((r) => ({
        id: r.id,
        channel: r.channel as 'sms' | 'email',
        to: r.recipient,
        subject: r.subject,
        body: r.body,
        purpose: r.purpose as MessagePurpose,
        createdAt: r.created_at,
      }));
    },
  };
}
