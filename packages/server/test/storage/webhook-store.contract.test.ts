// Contract tests for WebhookStore, run on every database kind: events fan out to the endpoints that want them, once
// keys, per-endpoint order, one lease holder at a time, failure runs, and the purge of settled events.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { WebhookEndpointRecord, WebhookEventRecord, WebhookStore } from '../../src/webhooks/index.js';
import { T0, countTrue, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';

let n = 0;
const nextId = (prefix: string) => `${prefix}_${++n}`;

function endpoint(overrides: Partial<WebhookEndpointRecord> = {}): WebhookEndpointRecord {
  return {
    id: nextId('whe'),
    url: 'https://crm.example.com/hooks',
    eventTypes: ['code.redeemed', 'device.connected'],
    secretSealed: 'sealed-secret',
    description: null,
    createdAt: T0,
    disabledAt: null,
    disabledReason: null,
    consecutiveFailures: 0,
    ...overrides,
  };
}

function event(overrides: Partial<WebhookEventRecord> = {}): WebhookEventRecord {
  return {
    id: nextId('msg'),
    type: 'code.redeemed',
    accountId: null,
    payload: '{"type":"code.redeemed"}',
    onceKey: null,
    createdAt: T0,
    ...overrides,
  };
}

function webhookStoreContract(open: () => OpenStores) {
  const store = (): WebhookStore => open().stores.webhooks;
  const deliveryId = () => nextId('whd');

  test('endpoints: insert, find, list, disable and enable (which clears the failure run), delete', async () => {
    const e = endpoint({ description: 'CRM' });
    await store().insertEndpoint(e);
    assert.deepEqual(await store().findEndpoint(e.id), e);
    assert.deepEqual(
      (await store().listEndpoints()).map((x) => x.id),
      [e.id],
    );
    assert.equal(await store().setEndpointEnabled(e.id, false, T0 + 1, 'failing'), true);
    assert.equal((await store().findEndpoint(e.id))?.disabledReason, 'failing');
    assert.equal(await store().setEndpointEnabled(e.id, true, T0 + 2, null), true);
    const enabled = await store().findEndpoint(e.id);
    assert.equal(enabled?.disabledAt, null);
    assert.equal(enabled?.consecutiveFailures, 0);
    assert.equal(await store().deleteEndpoint(e.id), true);
    assert.equal(await store().deleteEndpoint(e.id), false);
    assert.equal(await store().findEndpoint(e.id), undefined);
  });

  test('an event gets one pending delivery per enabled endpoint that wants its type', async () => {
    const wants = endpoint();
    const other = endpoint({ eventTypes: ['account.created'] });
    const off = endpoint({ disabledAt: T0, disabledReason: 'operator' });
    for (const e of [wants, other, off]) await store().insertEndpoint(e);
    assert.equal(await store().appendEvent(event(), deliveryId), true);
    assert.equal((await store().listDeliveries(wants.id, { limit: 10 })).length, 1);
    assert.equal((await store().listDeliveries(other.id, { limit: 10 })).length, 0);
    assert.equal((await store().listDeliveries(off.id, { limit: 10 })).length, 0);
    assert.equal((await store().listEvents({ limit: 10, type: 'code.redeemed' })).length, 1);
  });

  test('of many concurrent events with one once-key, exactly one is recorded', async () => {
    await store().insertEndpoint(endpoint());
    const results = await together(12, () => store().appendEvent(event({ onceKey: 'sub_1:ended' }), deliveryId));
    assert.equal(countTrue(results), 1);
    assert.equal((await store().listEvents({ limit: 50 })).length, 1);
  });

  test('the head of an endpoint is its oldest pending delivery; success moves the head on', async () => {
    const e = endpoint();
    await store().insertEndpoint(e);
    const first = event({ payload: '{"n":1}' });
    const second = event({ payload: '{"n":2}' });
    await store().appendEvent(first, deliveryId);
    await store().appendEvent(second, deliveryId);
    const head = await store().headDelivery(e.id);
    assert.equal(head?.eventId, first.id);
    assert.equal(head?.payload, '{"n":1}');
    assert.equal(head?.url, e.url);
    await store().recordSuccess(head!.id, e.id, { at: T0 + 1, statusCode: 204 });
    assert.equal((await store().findDelivery(head!.id))?.status, 'delivered');
    assert.equal(await store().deliveryPayload(head!.id), '{"n":1}');
    assert.equal(await store().deliveryPayload('whd_unknown'), undefined);
    assert.equal((await store().headDelivery(e.id))?.eventId, second.id);
  });

  test('failures count a run per endpoint; a final one marks the delivery failed', async () => {
    const e = endpoint();
    await store().insertEndpoint(e);
    await store().appendEvent(event(), deliveryId);
    const head = (await store().headDelivery(e.id))!;
    const retry = { at: T0 + 1, statusCode: 500, error: 'HTTP 500', nextAttemptAt: T0 + 10_000 };
    assert.equal(await store().recordFailure(head.id, e.id, retry), 1);
    assert.equal(await store().recordFailure(head.id, e.id, { ...retry, nextAttemptAt: null }), 2);
    const failed = await store().findDelivery(head.id);
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.attempts, 2);
    assert.equal(failed?.lastStatusCode, 500);
  });

  test('due endpoints, and of many concurrent claims of one endpoint exactly one holds the lease', async () => {
    const e = endpoint();
    await store().insertEndpoint(e);
    await store().appendEvent(event(), deliveryId);
    assert.deepEqual(await store().dueEndpoints(T0 + 1, 10), [e.id]);
    const claims = await together(12, (i) => store().claimEndpoint(e.id, `worker-${i}`, T0 + 1, T0 + 30_000));
    assert.equal(countTrue(claims), 1);
    assert.deepEqual(await store().dueEndpoints(T0 + 2, 10), [], 'a held endpoint is not due');
    // A lapsed lease can be taken over; a released one is free at once.
    assert.equal(await store().claimEndpoint(e.id, 'late', T0 + 40_000, T0 + 70_000), true);
    await store().releaseEndpoint(e.id, 'late');
    assert.equal(await store().claimEndpoint(e.id, 'next', T0 + 40_001, T0 + 70_000), true);
  });

  test('purge deletes only old events whose deliveries are all settled', async () => {
    const e = endpoint();
    await store().insertEndpoint(e);
    const settled = event({ createdAt: T0 });
    const pending = event({ createdAt: T0 });
    await store().appendEvent(settled, deliveryId);
    await store().appendEvent(pending, deliveryId);
    const head = (await store().headDelivery(e.id))!;
    await store().recordSuccess(head.id, e.id, { at: T0 + 1, statusCode: 200 });
    assert.equal(await store().purgeEvents(T0 + 1_000, 100), 1);
    assert.deepEqual(
      (await store().listEvents({ limit: 10 })).map((x) => x.id),
      [pending.id],
    );
  });
}

for (const kind of databaseKinds()) {
  describe(`WebhookStore on ${kind}`, () => {
    webhookStoreContract(useStores(kind));
  });
}
