// Closing the worker while a receiver hangs: the pass ends at once, the attempt counts as not made (the delivery stays
// pending with no attempt recorded) and the lease is given back, so another worker may send it at once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endpointFor, startHookServer, startReceiver } from './webhook-support.js';

test('close aborts a hanging delivery without recording it and gives the endpoint back', async () => {
  const s = await startHookServer('sqlite', { timeoutSeconds: 60 });
  const receiver = await startReceiver();
  try {
    const endpoint = await endpointFor(s, receiver, ['account.created']);
    receiver.script('hang');
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
    assert.equal(await pass, 0);
    const log = await s.tessera.webhooks.endpoints.deliveries(endpoint.id);
    assert.ok(log.ok);
    assert.deepEqual(
      log.deliveries.map((d) => [d.status, d.attempts]),
      [['pending', 0]],
    );
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
