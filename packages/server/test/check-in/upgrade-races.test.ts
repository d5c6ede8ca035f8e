// Many apps on Free check in at once right after a subscription appears: exactly as many as it has seats move onto
// it, never more (the seat claim is atomic; the move and the claim commit together). And apps whose tokens are being
// re-issued while the subscription appears keep no stale answer (a re-issue keeps its answer in the cache only when no
// change came meanwhile). PostgreSQL, real concurrency.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
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

      test(`trial ${trial}: 3 apps re-issued while a 3-seat subscription appears all move onto it`, async () => {
        const p = await person(s, 'reissue');
        const apps: App[] = [];
        for (let i = 0; i < 3; i++) apps.push(await connected(s, p, `Device ${i}`));
        const checkInAll = () =>
          Promise.all(
            apps.map(async (app) => {
              const r = await call(s, 'POST', '/v1/check-in', { credential: app.credential });
              assert.equal(r.status, 200, JSON.stringify(r.body));
              app.credential = r.body.deviceCredential;
              return r.body.license.subscriptionId as string | null;
            }),
          );
        await checkInAll();
        s.clock.advance(REISSUE + 60_000);
        // Every app's token is due: each check-in re-issues, and the grant lands among them (a few ms apart, so that
        // across trials it commits before, between and after the re-issues' reads and writes).
        const grant = async () => {
          await sleep((trial * 7) % 30);
          return s.tessera.licensing.operator.grant({ accountId: p.accountId, planId: 'personal' });
        };
        const [, granted] = await Promise.all([checkInAll(), grant()]);
        assert.ok(granted.ok);
        // Whatever each answer above said, the next one (cached or read) must see the subscription.
        const after = await checkInAll();
        assert.deepEqual(
          after,
          apps.map(() => granted.subscription.id),
        );
      });
    }
  },
);
