// The delivery worker against a real local receiver: Standard Webhooks signatures, retries with exponential backoff,
// order per endpoint, the outbox written in the change's transaction, disabling after failures, and redelivery.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { endpointFor, startHookServer, startReceiver, type Receiver } from './webhook-support.js';

const register = (s: TestServer, email: string) =>
  s.tessera.services.accounts.register({ email, passwordHash: 'x', country: 'VN', locale: 'en' });

for (const db of databaseKinds()) {
  describe(`webhook delivery (${db})`, () => {
    let s: TestServer;
    let receiver: Receiver;
    before(async () => {
      s = await startHookServer(db, { disableAfterFailures: 4, maxAttempts: 3 });
    });
    after(async () => {
      await s.close();
    });
    const fresh = async (types = ['account.created']) => {
      await receiver?.close();
      receiver = await startReceiver();
      // One endpoint at a time: the ones of earlier tests are deleted.
      for (const e of await s.tessera.webhooks.endpoints.list()) await s.tessera.webhooks.endpoints.delete(e.id);
      return endpointFor(s, receiver, types);
    };
    after(() => receiver?.close());

    test('an account created is delivered once, signed as Standard Webhooks specifies', async () => {
      const endpoint = await fresh();
      const account = await register(s, `sig-${db}@example.com`);
      assert.ok(account);
      assert.equal(await s.tessera.webhooks.worker.runOnce(), 1);
      assert.equal(receiver.received.length, 1);
      const [got] = receiver.received;
      assert.equal(got!.signed, true);
      assert.match(got!.id, /^msg_/);
      assert.equal(got!.timestamp, Math.floor(s.clock.now() / 1000));
      assert.equal(got!.type, 'account.created');
      assert.deepEqual(got!.data, { accountId: account.id, email: account.email, country: 'VN' });
      assert.equal(JSON.parse(got!.body).timestamp, new Date(s.clock.now()).toISOString());
      const log = await s.tessera.webhooks.endpoints.deliveries(endpoint.id);
      assert.ok(log.ok);
      assert.deepEqual(
        log.deliveries.map((d) => [d.status, d.attempts, d.lastStatusCode, d.eventType]),
        [['delivered', 1, 200, 'account.created']],
      );
      // Nothing is left to send.
      assert.equal(await s.tessera.webhooks.worker.runOnce(), 0);
      assert.equal(receiver.received.length, 1);
    });

    test('a wrong secret does not verify (the receiver really checks)', async () => {
      await fresh();
      receiver.secret('whsec_' + Buffer.alloc(32, 1).toString('base64'));
      await register(s, `wrong-${db}@example.com`);
      await s.tessera.webhooks.worker.runOnce();
      assert.equal(receiver.received[0]?.signed, false);
    });

    test('a 500 is retried after 10 s, then 20 s, and the next attempt that succeeds settles it', async () => {
      const endpoint = await fresh();
      receiver.script(500, 503);
      await register(s, `retry-${db}@example.com`);
      const worker = s.tessera.webhooks.worker;
      assert.equal(await worker.runOnce(), 0);
      assert.equal(receiver.received.length, 1);
      s.clock.advance(9_999);
      await worker.runOnce();
      assert.equal(receiver.received.length, 1, 'not before the backoff');
      s.clock.advance(1);
      await worker.runOnce();
      assert.equal(receiver.received.length, 2);
      s.clock.advance(19_999);
      await worker.runOnce();
      assert.equal(receiver.received.length, 2, 'the wait doubled');
      s.clock.advance(1);
      assert.equal(await worker.runOnce(), 1);
      assert.equal(receiver.received.length, 3);
      assert.equal(new Set(receiver.received.map((r) => r.id)).size, 1, 'one event, one webhook-id');
      assert.ok(receiver.received.every((r) => r.signed));
      const log = await s.tessera.webhooks.endpoints.deliveries(endpoint.id);
      assert.ok(log.ok);
      assert.deepEqual(
        log.deliveries.map((d) => [d.status, d.attempts, d.lastStatusCode]),
        [['delivered', 3, 200]],
      );
    });

    test('per endpoint, a later event waits until the earlier one is delivered', async () => {
      await fresh();
      receiver.script(500);
      const emails = [1, 2, 3].map((i) => `order-${i}-${db}@example.com`);
      for (const email of emails) await register(s, email);
      const worker = s.tessera.webhooks.worker;
      await worker.runOnce();
      assert.deepEqual(
        receiver.received.map((r) => r.data.email),
        [emails[0]],
      );
      s.clock.advance(10_000);
      assert.equal(await worker.runOnce(), 3);
      assert.deepEqual(
        receiver.received.map((r) => r.data.email),
        [emails[0], emails[0], emails[1], emails[2]],
      );
    });

    test('a change that rolls back records no event; a refused one neither', async () => {
      await fresh();
      const { unitOfWork } = s.tessera.stores;
      await assert.rejects(
        unitOfWork.run(async () => {
          await register(s, `rolled-back-${db}@example.com`);
          throw new Error('the change fails after the account was written');
        }),
      );
      assert.equal(await s.tessera.services.accounts.findByEmail(`rolled-back-${db}@example.com`), undefined);
      // The same email twice: the second registration is refused and says nothing.
      assert.ok(await register(s, `twice-${db}@example.com`));
      assert.equal(await register(s, `twice-${db}@example.com`), undefined);
      await s.tessera.webhooks.worker.runOnce();
      assert.deepEqual(
        receiver.received.map((r) => r.data.email),
        [`twice-${db}@example.com`],
      );
      const events = await s.tessera.stores.webhooks.listEvents({ limit: 100, type: 'account.created' });
      assert.ok(!events.some((e) => e.payload.includes('rolled-back')));
    });

    test('an endpoint is not sent events it did not ask for', async () => {
      await fresh(['device.connected']);
      await register(s, `other-${db}@example.com`);
      assert.equal(await s.tessera.webhooks.worker.runOnce(), 0);
      assert.equal(receiver.received.length, 0);
    });

    test('out of attempts a delivery fails and the next goes on; a run of failures disables the endpoint, audited', async () => {
      const endpoint = await fresh();
      receiver.script(500, 500, 500, 500);
      await register(s, `fail-a-${db}@example.com`);
      await register(s, `fail-b-${db}@example.com`);
      const worker = s.tessera.webhooks.worker;
      await worker.runOnce();
      s.clock.advance(10_000);
      await worker.runOnce();
      s.clock.advance(20_000);
      // Third attempt of the first fails (maxAttempts 3): it is given up and the second is tried at once (4th failure).
      await worker.runOnce();
      const log = await s.tessera.webhooks.endpoints.deliveries(endpoint.id);
      assert.ok(log.ok);
      assert.deepEqual(
        log.deliveries.map((d) => [d.status, d.attempts]),
        [
          ['pending', 1],
          ['failed', 3],
        ],
      );
      const after = await s.tessera.webhooks.endpoints.get(endpoint.id);
      assert.ok(after?.disabledAt !== null);
      assert.match(after!.disabledReason ?? '', /4 consecutive failed attempts/);
      const audit = await s.tessera.database.db
        .selectFrom('audit_events')
        .select(['type', 'details'])
        .where('type', '=', 'webhook.endpoint_disabled')
        .execute();
      assert.equal(audit.length, 1);
      assert.equal(JSON.parse(audit[0]!.details).endpointId, endpoint.id);
      // Disabled: nothing is sent, however much time passes; enabled again, it resumes where it stood.
      s.clock.advance(3_600_000);
      await worker.runOnce();
      assert.equal(receiver.received.length, 4);
      assert.ok((await s.tessera.webhooks.endpoints.enable(endpoint.id)).ok);
      assert.equal(await worker.runOnce(), 1);
      assert.equal(receiver.received.at(-1)!.data.email, `fail-b-${db}@example.com`);
    });

    test('redelivery sends the same event again, with the same id and body', async () => {
      const endpoint = await fresh();
      await register(s, `again-${db}@example.com`);
      await s.tessera.webhooks.worker.runOnce();
      const log = await s.tessera.webhooks.endpoints.deliveries(endpoint.id);
      assert.ok(log.ok);
      const queued = await s.tessera.webhooks.endpoints.redeliver(log.deliveries[0]!.id);
      assert.ok(queued.ok);
      assert.equal(queued.delivery.status, 'pending');
      assert.equal(await s.tessera.webhooks.worker.runOnce(), 1);
      assert.equal(receiver.received.length, 2);
      assert.equal(receiver.received[0]!.id, receiver.received[1]!.id);
      assert.equal(receiver.received[0]!.body, receiver.received[1]!.body);
      assert.ok(receiver.received[1]!.signed);
    });
  });
}
