// A disconnect made on one instance takes effect at the next check-in on another, though that instance had the
// app's answer cached: the change notice travels over PostgreSQL LISTEN/NOTIFY, or Redis pub/sub when configured.
// On SQLite the "other instance" is what the admin CLI is beside a running server: a second writer of the same file,
// seen through the file's data version.
// "Next" means the next one after the notice arrived (it is sent at commit); the test waits for that, not for time.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { postgresUrl, redisUrl } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call } from '../support/journey.js';
import { runServerCli } from '../support/server-cli.js';
import { checkIn, connected, person, redeem, until } from './check-in-support.js';

for (const feed of ['postgres', 'redis', 'sqlite'] as const) {
  const enabled = feed === 'sqlite' || (Boolean(postgresUrl()) && (feed === 'postgres' || Boolean(redisUrl())));
  const db = feed === 'sqlite' ? 'sqlite' : 'postgres';
  describe(`check-in across two instances (${feed} change feed)`, { skip: !enabled && `needs ${feed}` }, () => {
    let a: TestServer & { redisPrefix: string };
    let b: TestServer;
    before(async () => {
      const overrides = { checkIn: { sqliteWatchMilliseconds: 20 } };
      a = await startTestServer({ db, redis: feed === 'redis', overrides });
      b = await startTestServer({
        db,
        redis: feed === 'redis',
        clock: a.clock,
        shared: { db: a.db, redisPrefix: a.redisPrefix },
        overrides,
      });
    });
    after(async () => {
      await b.close();
      await a.close();
    });

    /** Checks in on `b` until an answer comes from its cache (the feed may take a moment to listen). */
    async function cachedOnB(app: { credential: string; deviceId: string }) {
      for (let i = 0; i < 200; i++) {
        const hits = b.tessera.checkInCache.stats().hits;
        assert.equal((await checkIn(b, app)).status, 200);
        if (b.tessera.checkInCache.stats().hits > hits) return;
        await sleep(10);
      }
      assert.fail('the answer is cached on b');
    }

    test('a device disconnected on one instance is refused at its next check-in on the other', async () => {
      const p = await person(a);
      const app = await connected(a, p);
      await cachedOnB(app);
      const cached = b.tessera.checkInCache.size;
      const done = await call(a, 'POST', `/v1/devices/${app.deviceId}/disconnect`, undefined, { token: p.token });
      assert.equal(done.status, 200);
      await until(() => b.tessera.checkInCache.size < cached, 'the notice reached b');
      const refused = await checkIn(b, app);
      assert.equal(refused.body.error?.code, 'DEVICE_DISCONNECTED', JSON.stringify(refused.body));
    });

    test('`admin check-in-cache clear` drops what every instance keeps (nothing to do on SQLite)', async () => {
      const p = await person(a);
      const app = await connected(a, p);
      await cachedOnB(app);
      const env: Record<string, string> = { TESSERA_DATA_DIR: a.db.dataDir, TESSERA_LOG_LEVEL: 'warn' };
      if (a.db.databaseUrl) env.TESSERA_DATABASE_URL = a.db.databaseUrl;
      if (feed === 'redis') Object.assign(env, { TESSERA_REDIS_URL: redisUrl()!, TESSERA_REDIS_PREFIX: a.redisPrefix });
      const cleared = await runServerCli(['admin', 'check-in-cache', 'clear'], env);
      assert.equal(cleared.code, 0, cleared.err);
      if (feed === 'sqlite') return assert.match(cleared.out, /Nothing to do on SQLite/);
      assert.match(cleared.out, /Every instance drops/);
      await until(() => b.tessera.checkInCache.size === 0, 'b dropped its answers');
    });

    test('a code redeemed on one instance upgrades the app at its next check-in on the other', async () => {
      const p = await person(a);
      const app = await connected(a, p);
      await cachedOnB(app);
      const cached = b.tessera.checkInCache.size;
      const subscriptionId = await redeem(a, p, 'personal');
      await until(() => b.tessera.checkInCache.size < cached, 'the notice reached b');
      const next = await checkIn(b, app);
      assert.equal(next.body.license.subscriptionId, subscriptionId, JSON.stringify(next.body));
    });
  });
}
