// Last-seen flushes of several instances at once on PostgreSQL: each flush is one UPDATE over hundreds of rows, so two
// that lock the same rows in different orders deadlock (PostgreSQL then aborts one, and its times are lost). Written in
// key order, they queue instead. The tables are filled past what PostgreSQL reads by a scan, so it looks each row up
// by its key, in the order the batch gives them, as on a fleet's database.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { postgresUrl } from '../support/databases.js';
import { T0, sampleAccount, useStores } from './store-harness.js';

const APPS = 400;
const FILLER = 20_000;

describe('last-seen flushes racing on postgres', { skip: !postgresUrl() && 'needs PostgreSQL' }, () => {
  const open = useStores('postgres');

  test('eight instances flushing the same 400 apps, each in its own order, all commit; the latest time stays', async () => {
    const { handle, stores } = open();
    const account = sampleAccount();
    await stores.accounts.create(account);
    // Rows inserted in bulk (the stores would take seconds for twenty thousand): the raced apps among many others.
    await sql`insert into devices (id, account_id, name, platform, created_at, last_seen_at)
      select 'dev_race_' || g, ${account.id}, 'Desk', 'linux', ${T0}, ${T0} from generate_series(1, ${FILLER}) g`.execute(
      handle.db,
    );
    await sql`insert into app_connections (id, device_id, account_id, app_id, plan_id, credential_hash, created_at,
        last_check_in_at)
      select 'con_race_' || g, 'dev_race_' || g, ${account.id}, 'app.notes', 'free', 'hash_race_' || g, ${T0}, ${T0}
      from generate_series(1, ${FILLER}) g`.execute(handle.db);
    await sql`analyze devices`.execute(handle.db);
    await sql`analyze app_connections`.execute(handle.db);
    const raced = Array.from({ length: APPS }, (_, i) => 1 + ((i * 37) % FILLER));
    const shuffled = () => [...raced].sort(() => Math.random() - 0.5);
    const flush = (order: number[], at: number) =>
      stores.checkIns.writeLastSeen(
        {
          devices: new Map(order.map((n) => [`dev_race_${n}`, at])),
          connections: new Map(order.map((n) => [`con_race_${n}`, at])),
          checkInsPerMinute: new Map(),
        },
        0,
      );
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => flush(shuffled(), T0 + round * 10 + i + 1)),
      );
      const failed = results
        .filter((r) => r.status === 'rejected')
        .map((r) => String((r as PromiseRejectedResult).reason));
      assert.deepEqual(failed, [], `round ${round}: every flush committed`);
    }
    const latest = T0 + 2 * 10 + 8;
    const rows = await handle.db
      .selectFrom('app_connections')
      .select(['last_check_in_at'])
      .where(
        'id',
        'in',
        raced.map((n) => `con_race_${n}`),
      )
      .execute();
    assert.ok(rows.length === APPS && rows.every((r) => Number(r.last_check_in_at) === latest));
  });
});
