// Redis unreachable: said once in the log naming TESSERA_REDIS_URL (and once when back), /readyz fails, requests get 503 UNAVAILABLE.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { startTestServer } from '../support/test-server.js';
import { call, startFlow, submit } from '../support/journey.js';
import { captureLog, freePort, startRedis, stopRedis, until } from './ops-support.js';

const hasRedisServer = spawnSync('redis-server', ['--version']).status === 0;
const unreachable = (log: ReturnType<typeof captureLog>) => log.entries.filter((e) => /unreachable/.test(e.msg ?? ''));

describe('Redis unreachable', () => {
  test('a closed port: readiness fails, sign-in answers 503 UNAVAILABLE, the log names the setting once', async () => {
    const log = captureLog();
    const port = await freePort();
    const s = await startTestServer({
      db: 'sqlite',
      logger: log.logger,
      overrides: { redisUrl: `redis://:hunter2@127.0.0.1:${port}` },
    });
    try {
      assert.equal((await call(s, 'GET', '/healthz')).status, 200, 'alive all the same');
      const ready = await call(s, 'GET', '/readyz');
      assert.equal(ready.status, 503);
      assert.equal(ready.body.error.code, 'UNAVAILABLE');
      for (let i = 0; i < 3; i++) {
        const started = await startFlow(s, { kind: 'sign_in' });
        assert.equal(started.status, 503, JSON.stringify(started.body));
        assert.equal((started.body as unknown as { error: { code: string } }).error.code, 'UNAVAILABLE');
      }
      const said = unreachable(log);
      assert.equal(said.length, 1, 'said once, however many reconnection attempts and requests');
      assert.equal(said[0]!.setting, 'TESSERA_REDIS_URL');
      assert.match(said[0]!.msg!, new RegExp(`127\\.0\\.0\\.1:${port}`));
      assert.ok(!JSON.stringify(log.entries).includes('hunter2'), 'the password in the URL stays out of the log');
      assert.ok(!log.entries.some((e) => e.level >= 50 && e.msg === 'unhandled error'), 'no 500s');
    } finally {
      await s.close();
    }
  });

  test(
    'a Redis that stops and starts again: 503 while down, said once each way, then sign-in works',
    { skip: !hasRedisServer && !process.env.CI && 'redis-server not installed' },
    async () => {
      const log = captureLog();
      const port = await freePort();
      let redis = await startRedis(port);
      const s = await startTestServer({
        db: 'sqlite',
        logger: log.logger,
        overrides: { redisUrl: `redis://127.0.0.1:${port}` },
      });
      try {
        assert.equal((await call(s, 'GET', '/readyz')).status, 200);
        const flow = await startFlow(s, { kind: 'sign_in' });
        assert.equal(flow.status, 201);

        await stopRedis(redis);
        await until(async () => (await call(s, 'GET', '/readyz')).status === 503, 'readiness to fail', 30_000);
        const refused = await submit(s, flow.body.flow.id, {
          step: 'credentials',
          email: 'nobody@example.com',
          password: 'lantern-harbour-42',
        });
        assert.equal(refused.status, 503);
        assert.equal((refused.body as unknown as { error: { code: string } }).error.code, 'UNAVAILABLE');
        await until(async () => unreachable(log).length > 0, 'the log to say so', 30_000);

        redis = await startRedis(port);
        await until(async () => (await call(s, 'GET', '/readyz')).status === 200, 'readiness to come back', 30_000);
        await until(
          async () => log.entries.some((e) => /reachable again/.test(e.msg ?? '')),
          'the log to say it is back',
          30_000,
        );
        assert.equal(unreachable(log).length, 1, 'said once while down');
        assert.equal(log.entries.filter((e) => /reachable again/.test(e.msg ?? '')).length, 1);
        const again = await submit(s, flow.body.flow.id, {
          step: 'credentials',
          email: 'nobody@example.com',
          password: 'lantern-harbour-42',
        });
        assert.equal(again.body.error?.code, 'CREDENTIALS_INVALID', 'checked again, not refused');
      } finally {
        await s.close();
        await stopRedis(redis);
      }
    },
  );
});
