// Contract tests for ChallengeUseStore on every database kind and on Redis: a solved challenge passes once, whatever
// the concurrency, and is remembered while it is kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChallengeUseStore } from '../../src/captcha/index.js';
import { redisChallengeUseStore, sqlChallengeUseStore } from '../../src/storage/index.js';
import { T0, countTrue, databaseKinds, redisUrl, together, useRedis, useStores } from './store-harness.js';

const MINUTE = 60_000;

function challengeUseStoreContract(store: () => ChallengeUseStore) {
  test('the first claim of a challenge wins; later ones lose while it is kept', async () => {
    const s = store();
    assert.equal(await s.claim('ch_1', T0 + MINUTE, T0), true);
    assert.equal(await s.claim('ch_1', T0 + MINUTE, T0), false);
    assert.equal(await s.claim('ch_1', T0 + 2 * MINUTE, T0 + 1000), false);
    assert.equal(await s.claim('ch_2', T0 + MINUTE, T0), true, 'other challenges are independent');
  });

  test('of many concurrent claims of one challenge, exactly one wins', async () => {
    const s = store();
    assert.equal(countTrue(await together(20, () => s.claim('ch_race', T0 + MINUTE, T0))), 1);
    const distinct = await together(10, (i) => s.claim(`ch_distinct_${i}`, T0 + MINUTE, T0));
    assert.equal(countTrue(distinct), 10);
  });
}

for (const kind of databaseKinds()) {
  describe(`ChallengeUseStore on ${kind}`, () => {
    const open = useStores(kind);
    challengeUseStoreContract(() => open().stores.challengeUses);

    test('expired uses are pruned as claims go by, so the table does not grow without end', async () => {
      // A store of its own: pruning runs every 1000th claim of a store.
      const s = sqlChallengeUseStore(open().handle.db);
      assert.equal(await s.claim('ch_old', T0 + MINUTE, T0), true);
      const later = T0 + 2 * MINUTE;
      for (let i = 0; i < 999; i++) await s.claim(`ch_new_${i}`, later + MINUTE, later);
      const left = await open().handle.db.selectFrom('captcha_uses').select('id').where('id', '=', 'ch_old').execute();
      assert.deepEqual(left, []);
      assert.equal(await s.claim('ch_new_0', later + MINUTE, later), false, 'kept uses stay');
    });
  });
}

if (redisUrl()) {
  describe('ChallengeUseStore on redis', () => {
    const connection = useRedis();
    challengeUseStoreContract(() => {
      const { redis, prefix } = connection();
      return redisChallengeUseStore(redis, prefix);
    });
  });
}
