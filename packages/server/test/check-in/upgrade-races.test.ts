// Many apps on Free check in at once right after a subscription appears: exactly as many as it has seats move onto
// it, never more (the seat claim is atomic; the move and the claim commit together). And a re-issue that read before
// the subscription appeared keeps no stale answer (a re-issue keeps its answer in the cache only when no change to
// what it depends on came meanwhile). PostgreSQL, real concurrency.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { postgresUrl, trialsOn } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call } from '../support/journey.js';
import { connected, person, seatsUsed, type App } from './check-in-support.js';

const APPS = 16;
const REISSUE = 12 * 3_600_000; // half the default 24 h token lifetime (checkIn.reissuePercent 50)
const TRIALS = trialsOn('postgres', { postgres: 3, full: 10 });

describe(
  'concurrent check-ins of Free apps when one subscription appears (postgres)',
  { skip: !postgresUrl() && 'needs PostgreSQL' },
  () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db: 'postgres' });
    });
    after(async () => {
      await s.close();
    });

    test('a re-issue that read before a subscription appeared does not keep its answer', async () => {
      const p = await person(s, 'reissue');
      const app = await connected(s, p);
      const checkIn = () => call(s, 'POST', '/v1/check-in', { credential: app.credential });
      app.credential = (await checkIn()).body.deviceCredential;
      s.clock.advance(REISSUE + 60_000);
      // The app's connection row is held, so the re-issue reads (Free: nothing fits), signs, and then waits to write
      // its rotation; the subscription appears meanwhile.
      const { id } = await s.tessera.database.db
        .selectFrom('app_connections')
        .select('id')
        .where('device_id', '=', app.deviceId)
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow();
      const holder = new pg.Client({ connectionString: s.db.databaseUrl });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query('select 1 from app_connections where id = $1 for update', [id]);
        const reissue = checkIn();
        const waiting = async () =>
          (
            await holder.query(
              "select count(*)::int as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
            )
          ).rows[0].n as number;
        for (let i = 0; i < 500 && (await waiting()) === 0; i++) await sleep(10);
        assert.equal(await waiting(), 1, 'the re-issue waits on the held row');
        const granted = await s.tessera.licensing.operator.grant({ accountId: p.accountId, planId: 'personal' });
        assert.ok(granted.ok);
        await holder.query('commit');
        const reissued = await reissue;
        assert.equal(reissued.status, 200, JSON.stringify(reissued.body));
        assert.equal(reissued.body.license.subscriptionId, null, 'read before the subscription appeared');
        app.credential = reissued.body.deviceCredential;
        // Kept in the cache, that answer would keep the app on Free; read again, it moves onto the subscription.
        const next = await checkIn();
        assert.equal(next.body.license.subscriptionId, granted.subscription.id, JSON.stringify(next.body));
      } finally {
        await holder.end();
      }
    });

    for (let trial = 1; trial <= TRIALS; trial++) {
      test(`trial ${trial}: ${APPS} apps, a 3-seat subscription: 3 move onto it, the rest stay on Free`, async () => {
        const p = await person(s, 'race');
        const apps: App[] = [];
        for (let i = 0; i < APPS; i++) apps.push(await connected(s, p, `Device ${i}`));
        // Each app has checked in once (its token is stored), so the race below is the upgrade alone.
        for (const app of apps) {
          const r = await call(s, 'POST', '/v1/check-in', { credential: app.credential });
          app.credential = r.body.deviceCredential;
        }
        const granted = await s.tessera.licensing.operator.grant({ accountId: p.accountId, planId: 'personal' });
        assert.ok(granted.ok);
        const subscriptionId = granted.subscription.id;
        const replies = await Promise.all(
          apps.map((app) => call(s, 'POST', '/v1/check-in', { credential: app.credential })),
        );
        for (const r of replies) assert.equal(r.status, 200, JSON.stringify(r.body));
        const onIt = replies.filter((r) => r.body.license.subscriptionId === subscriptionId).length;
        assert.equal(onIt, 3, 'exactly the seats');
        assert.equal(await seatsUsed(s, subscriptionId), 3);
        const seatRows = await s.tessera.database.db
          .selectFrom('seats')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('subscription_id', '=', subscriptionId)
          .executeTakeFirstOrThrow();
        assert.equal(Number(seatRows.n), 3);
        const connections = await s.tessera.database.db
          .selectFrom('app_connections')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('subscription_id', '=', subscriptionId)
          .where('revoked_at', 'is', null)
          .executeTakeFirstOrThrow();
        assert.equal(Number(connections.n), 3, 'connections on it match its seats');
        for (const r of replies.filter((x) => x.body.license.subscriptionId === null)) {
          assert.equal(r.body.license.plan, 'free');
          assert.equal(r.body.choicePending, false, 'a full subscription is no choice');
        }
      });
    }
  },
);
