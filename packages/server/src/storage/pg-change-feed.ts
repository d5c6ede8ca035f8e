// Check-in change notices between instances over PostgreSQL LISTEN/NOTIFY: one listening connection per instance
// (outside the pool), and NOTIFY through the pool after the change committed. While the listener is down the
// notices sent meanwhile are lost, so the cache is off (onLost) until it listens again (onBack).
import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ChangeFeed } from '../devices/index.js';
import type { Database } from './tables.js';
import { pgDriver } from './pg-driver.js';

const CHANNEL = 'tessera_check_in';
/** NOTIFY payloads must stay under 8000 bytes. */
const MAX_PAYLOAD = 7000;
const RETRY_MS = 1000;

export function pgChangeFeed(options: { url: string; db: Kysely<Database> }): ChangeFeed {
  const self = randomUUID();
  let client: pg.Client | undefined;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;

  return {
    async publish(tags) {
      // Several notices when the tags do not fit one payload.
      let batch: string[] = [];
      const send = async () => {
        if (batch.length) await sql`select pg_notify(${CHANNEL}, ${`${self} ${batch.join(' ')}`})`.execute(options.db);
        batch = [];
      };
      for (const tag of tags) {
        if (batch.join(' ').length + tag.length + 40 > MAX_PAYLOAD) await send();
        batch.push(tag);
      }
      await send();
    },
    async start(handlers) {
      const listen = async (): Promise<void> => {
        const c = new (pgDriver().Client)({ connectionString: options.url });
        c.on('notification', (msg) => {
          if (msg.channel !== CHANNEL || !msg.payload) return;
          const [from, ...tags] = msg.payload.split(' ');
          // This instance applied its own notices already, at the change and after its commit.
          if (from !== self) handlers.onTags(tags);
        });
        const lost = () => {
          if (closed || client !== c) return;
          client = undefined;
          handlers.onLost();
          c.end().catch(() => undefined);
          retry = setTimeout(() => void listen().catch(lost), RETRY_MS);
          retry.unref();
        };
        c.on('error', lost);
        c.on('end', lost);
        client = c;
        await c.connect();
        await c.query(`listen ${CHANNEL}`);
        handlers.onBack();
      };
      await listen();
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
