// The first license signing key is made once, however many token issues ask for it at once and on however many
// instances: a fleet's first check-ins after a fresh install arrive together, and each making a key of its own left as
// many active keys (every token under one but the newest then re-issued at its next read). Rotations at once leave one.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { call } from '../support/journey.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ASKING = 25;

for (const db of databaseKinds()) {
  describe(`the first signing key on ${db}, two instances`, () => {
    let a: TestServer & { redisPrefix: string };
    let b: TestServer;
    before(async () => {
      a = await startTestServer({ db });
      // On SQLite the second instance is a second process's view of the same file in production; here the same
      // store behind a second service, which is what the race needs.
      b = await startTestServer({ db, clock: a.clock, shared: { db: a.db, redisPrefix: a.redisPrefix } });
    });
    after(async () => {
      await b.close();
      await a.close();
    });

    test(`${ASKING} token issues on each instance at once, before any key exists, all sign with one key`, async () => {
      assert.equal((await a.tessera.stores.signingKeys.list()).length, 0, 'a fresh install has no key');
      const asked = await Promise.all(
        Array.from({ length: ASKING * 2 }, (_, i) =>
          (i % 2 ? a : b).tessera.services.signingKeys.current().then((k) => k.kid),
        ),
      );
      const keys = await a.tessera.stores.signingKeys.list();
      assert.equal(keys.length, 1, `one key made, not ${keys.length}`);
      assert.deepEqual(new Set(asked), new Set([keys[0]!.kid]));
      const published = await call(a, 'GET', '/v1/keys');
      assert.deepEqual(
        (published.body.keys as Array<{ kid: string }>).map((k) => k.kid),
        [keys[0]!.kid],
      );
    });

    test('rotations on both instances at once leave exactly one active key, and it signs from then on', async () => {
      const kids = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).tessera.services.signingKeys.rotate()),
      );
      const active = (await a.tessera.stores.signingKeys.list()).filter((k) => k.retiredAt === null);
      assert.equal(active.length, 1);
      assert.ok(kids.includes(active[0]!.kid));
    });
  });
}
