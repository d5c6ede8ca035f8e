// Closing the worker: an answer already on its way is waited for (up to `webhooks.drainSeconds`) and recorded, so a
// deploy's stop makes no duplicates; a receiver that hangs past that is cut off, the attempt counts as not made (the
// delivery stays pending with no attempt recorded) and the lease is given back, so another worker may send it at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpointFor, startHookServer, startReceiver, type Receiver } from './webhook-support.js';
import type { TestServer } from '../support/test-server.js';

/** An account is created, and the worker closes while that event's delivery is at the receiver. */
async function closeWhileDelivering(s: TestServer, receiver: Receiver) {
  const endpoint = await endpointFor(s, receiver, ['account.created']);
  await s.tessera.services.accounts.register({
    email: 'close@example.com',
    passwordHash: 'x',
    country: 'VN',
    locale: 'en',
  });
  const worker = s.tessera.webhooks.worker;
  const pass = worker.runOnce();
  while (receiver.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  await worker.close();
  const log = await s.tessera.webhooks.endpoints.deliveries(endpoint.id);
  assert.ok(log.ok);
  return { endpoint, worker, sent: await pass, deliveries: log.deliveries.map((d) => [d.status, d.attempts]) };
}

test('close aborts a delivery still hanging after the drain, without recording it, and gives the endpoint back', async () => {
  const s = await startHookServer('sqlite', { timeoutSeconds: 60, drainSeconds: 1 });
  const receiver = await startReceiver();
  try {
    receiver.script('hang');
    const { endpoint, worker, sent, deliveries } = await closeWhileDelivering(s, receiver);
    assert.equal(sent, 0);
    assert.deepEqual(deliveries, [['pending', 0]]);
    const row = await s.tessera.database.db
      .selectFrom('webhook_endpoints')
      .select(['lease_owner', 'lease_until'])
      .where('id', '=', endpoint.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { lease_owner: null, lease_until: null });
    assert.equal(await worker.runOnce(), 0, 'a closed worker takes no more work');
  } finally {
    await receiver.close();
    await s.close();
  }
});

test('close lets an answer already on its way arrive: the delivery is recorded once, not sent again', async () => {
  const s = await startHookServer('sqlite', { drainSeconds: 10 });
  const receiver = await startReceiver({ delayMs: 400 });
  try {
    const { sent, deliveries } = await closeWhileDelivering(s, receiver);
    assert.equal(sent, 1);
    assert.deepEqual(deliveries, [['delivered', 1]]);
    assert.equal(receiver.received.length, 1);
  } finally {
    await receiver.close();
    await s.close();
  }
});
