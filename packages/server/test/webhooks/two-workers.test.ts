// Several instances share the outbox: two servers on one database each run a worker against the same endpoints.
// Every event arrives exactly once (no failures, so no retries), in order per endpoint, never two at once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createHttpSender, createWebhookWorker } from '../../src/webhooks/index.js';
import { loadServerSecrets } from '../../src/common/index.js';
import { endpointFor, startReceiver, type Receiver } from './webhook-support.js';

const ENDPOINTS = 3;
const EVENTS = 40;

for (const db of databaseKinds()) {
  describe(`two workers on one ${db} database`, () => {
    let a: TestServer & { redisPrefix: string };
    let b: TestServer;
    let receiver: Receiver;
    before(async () => {
      const webhooks = { worker: false, allowPrivateUrls: true, concurrency: 4 };
      a = await startTestServer({ db, overrides: { webhooks } });
      b = await startTestServer({
        db,
        shared: { db: a.db, redisPrefix: a.redisPrefix },
        clock: a.clock,
        overrides: { webhooks },
      });
      // A receiver slow enough that the two workers' passes overlap.
      receiver = await startReceiver({ delayMs: 3 });
    });
    after(async () => {
      await receiver.close();
      await b.close();
      await a.close();
    });

    test('each event is delivered once per endpoint, in order, none twice at once', async () => {
      for (let i = 0; i < ENDPOINTS; i++) await endpointFor(a, receiver, ['device.disconnected'], `/hook/${i}`);
      for (let i = 0; i < EVENTS; i++)
        await (i % 2 ? a : b).tessera.webhooks.events.record('device.disconnected', {
          accountId: 'acc_x',
          deviceId: `dev_${String(i).padStart(3, '0')}`,
          by: 'account',
        });
      // One delivery per claim, so the two workers keep taking endpoints from each other.
      const workers = [a, b].map((server) =>
        createWebhookWorker({
          store: server.tessera.stores.webhooks,
          sender: createHttpSender({ allowPrivate: true }),
          secrets: loadServerSecrets(server.db.dataDir),
          clock: server.clock,
          audit: { record: async () => {} },
          settings: {
            pollIntervalMs: 1000,
            timeoutMs: 5000,
            maxAttempts: 5,
            retryBaseMs: 1000,
            retryMaxMs: 10_000,
            concurrency: 2,
            disableAfterFailures: 0,
            batchPerClaim: 1,
          },
        }),
      );
      const runs = [0, 0];
      // Both loop until the outbox is empty; each pass of either may find the other holding an endpoint.
      await Promise.all(
        workers.map(async (worker, w) => {
          for (let round = 0; round < 200 && receiver.received.length < ENDPOINTS * EVENTS; round++) {
            runs[w]! += await worker.runOnce();
            await new Promise((resolve) => setImmediate(resolve));
          }
        }),
      );
      assert.equal(receiver.received.length, ENDPOINTS * EVENTS);
      assert.equal(runs[0]! + runs[1]!, ENDPOINTS * EVENTS);
      assert.ok(runs[0]! > 0 && runs[1]! > 0, `both workers delivered (${runs.join(' + ')})`);
      assert.equal(receiver.maxConcurrentPerId, 1);
      assert.equal(receiver.maxConcurrentPerPath, 1, 'one delivery at a time per endpoint');
      for (let i = 0; i < ENDPOINTS; i++) {
        const got = receiver.received.filter((r) => r.path === `/hook/${i}`).map((r) => r.data.deviceId);
        assert.equal(new Set(got).size, EVENTS, 'each event once');
        assert.deepEqual(got, [...got].sort(), 'in the order recorded');
      }
      await Promise.all(workers.map((w) => w.close()));
      const pending = await a.tessera.database.db
        .selectFrom('webhook_deliveries')
        .select('id')
        .where('status', '!=', 'delivered')
        .execute();
      assert.equal(pending.length, 0);
    });
  });
}
