// Settings of their own: email quotas apart from SMS ones, and the Redis key prefix.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { loadConfig } from '../../src/index.js';
import { redisUrl } from '../support/databases.js';
import { startTestServer } from '../support/test-server.js';
import { outboxCount, signUp, startFlow, submit } from '../support/journey.js';

describe('settings', () => {
  test('emailed codes follow email.perAddressHour, not the SMS quotas', async () => {
    // SMS allows one send an hour here: emailed codes going on past it show the two are apart.
    const s = await startTestServer({
      db: 'sqlite',
      overrides: { sms: { perNumberHour: 1 }, email: { perAddressHour: 2 } },
    });
    try {
      const to = 'quota@example.com';
      const identify = async () =>
        submit(s, (await startFlow(s, { kind: 'recovery' })).body.flow.id, { step: 'identify', email: to });
      await signUp(s, { email: to, password: 'lantern-harbour-42' }); // the first emailed code
      assert.equal((await identify()).status, 200);
      const third = await identify();
      assert.equal(third.body.error?.code, 'RATE_LIMITED', JSON.stringify(third.body));
      await s.tessera.emailLater.idle();
      assert.equal(await outboxCount(s, to), 2);
    } finally {
      await s.close();
    }
  });

  test('TESSERA_REDIS_PREFIX and TESSERA_CORS_ORIGINS are read from the environment', () => {
    const config = loadConfig({
      env: { TESSERA_REDIS_PREFIX: 'shop-a:', TESSERA_CORS_ORIGINS: 'https://app.example.com, http://localhost:5173' },
    });
    assert.equal(config.redisKeyPrefix, 'shop-a:');
    assert.deepEqual(config.corsOrigins, ['https://app.example.com', 'http://localhost:5173']);
    assert.equal(loadConfig().redisKeyPrefix, 'tessera:');
    assert.throws(() => loadConfig({ env: { TESSERA_CORS_ORIGINS: 'https://app.example.com/path' } }), /corsOrigins/);
  });

  test(
    'every Redis key lives under redisKeyPrefix',
    { skip: !redisUrl() && 'TESSERA_TEST_REDIS_URL not set' },
    async () => {
      const s = await startTestServer({ db: 'sqlite', redis: true });
      const redis = new Redis(redisUrl()!);
      try {
        await submit(s, (await startFlow(s, { kind: 'sign_in' })).body.flow.id, {
          step: 'credentials',
          email: 'nobody@example.com',
          password: 'lantern-harbour-42',
        });
        const keys = await redis.keys(`${s.redisPrefix}*`);
        assert.ok(keys.length > 0, 'counters were written under the prefix');
      } finally {
        redis.disconnect();
        await s.close();
      }
    },
  );
});
