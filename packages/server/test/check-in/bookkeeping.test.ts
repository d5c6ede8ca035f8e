// Check-in bookkeeping: a fleet's check-ins, cached or read, write an app's last-seen time once per granularity, not at
// every check-in, and the console's check-ins per minute count every check-in of every instance, cached or not.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { postgresUrl } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { checkIn, connected, person } from './check-in-support.js';

const MINUTE = 60_000;

for (const db of ['sqlite', 'postgres'] as const) {
  describe(`check-in bookkeeping on ${db}`, { skip: db === 'postgres' && !postgresUrl() && 'needs PostgreSQL' }, () => {
    let a: TestServer & { redisPrefix: string };
    let b: TestServer;
    before(async () => {
      a = await startTestServer({ db, countStatements: true });
      b = await startTestServer({ db, clock: a.clock, shared: { db: a.db, redisPrefix: a.redisPrefix } });
    });
    after(async () => {
      await b.close();
      await a.close();
    });

    const flushBoth = () => Promise.all([a.tessera.flushLastSeen(), b.tessera.flushLastSeen()]);
    const lastCheckIn = async (deviceId: string) =>
      (await a.tessera.stores.devices.listConnections(deviceId))[0]!.lastCheckInAt;

    test('a cached app notes last-seen only once it is more than the granularity (15 minutes) behind', async () => {
      const app = await connected(a, await person(a));
      const first = await checkIn(a, app, { naming: true });
      assert.equal(first.status, 200);
      const connectedAt = a.clock.now();
      const written: number[] = [];
      for (let step = 1; step <= 8; step++) {
        a.clock.advance(5 * MINUTE);
        const hits = a.tessera.checkInCache.stats().hits;
        assert.equal((await checkIn(a, app, { naming: true })).body.unchanged, true);
        assert.equal(a.tessera.checkInCache.stats().hits, hits + 1, 'answered from the cache');
        await flushBoth();
        written.push((await lastCheckIn(app.deviceId)) - connectedAt);
      }
      assert.deepEqual(
        written.map((ms) => ms / MINUTE),
        [0, 0, 0, 20, 20, 20, 20, 40],
      );
      const device = await a.tessera.stores.devices.findDevice(app.deviceId);
      assert.equal(device!.lastSeenAt, connectedAt + 40 * MINUTE);
    });

    test('an app answered from the database (cache off) is noted only past the granularity as well', async () => {
      const app = await connected(a, await person(a));
      assert.equal((await checkIn(a, app, { naming: true })).status, 200);
      const since = await lastCheckIn(app.deviceId);
      a.tessera.checkInCache.setEnabled(false);
      try {
        a.clock.advance(10 * MINUTE);
        assert.equal((await checkIn(a, app, { naming: true })).body.unchanged, true);
        const statements = a.tessera.database.statements!.count;
        await a.tessera.flushLastSeen();
        // Only the tally is written (its upsert, and the prune of old minutes): no time to look up, the row said so.
        assert.equal(a.tessera.database.statements!.count - statements, 2, 'the tally (upsert, prune), no time');
        assert.equal(await lastCheckIn(app.deviceId), since, 'within the granularity: not noted');
        a.clock.advance(10 * MINUTE);
        assert.equal((await checkIn(a, app, { naming: true })).body.unchanged, true);
        await flushBoth();
        assert.equal(await lastCheckIn(app.deviceId), a.clock.now());
      } finally {
        a.tessera.checkInCache.setEnabled(true);
      }
    });

    test('check-ins per minute count every check-in, from the cache or the database, on each instance', async () => {
      a.clock.advance(MINUTE);
      const minute = Math.floor(a.clock.now() / MINUTE);
      const before = await a.tessera.stores.overview.checkInsByMinute(minute);
      assert.deepEqual(before, [], 'a minute no check-in reached yet');
      const app = await connected(a, await person(a));
      const hits = a.tessera.checkInCache.stats().hits;
      for (const s of [a, a, a, b, b]) assert.equal((await checkIn(s, app, { naming: true })).status, 200);
      assert.equal(a.tessera.checkInCache.stats().hits, hits + 2, 'a answered two from its cache');
      await flushBoth();
      assert.deepEqual(await a.tessera.stores.overview.checkInsByMinute(minute), [{ minute, count: 5 }]);
    });
  });
}
