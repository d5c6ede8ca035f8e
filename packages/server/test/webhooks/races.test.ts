// Racing writes on every database: an event recorded "once" by many concurrent changes exists once with one delivery
// per endpoint, and a token revoked by many concurrent calls is revoked (and audited) once.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { endpointFor, startHookServer, startReceiver, type Receiver } from './webhook-support.js';

const CLIENTS = 50;
const together = <T>(n: number, run: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: n }, (_, i) => run(i)));

for (const db of databaseKinds()) {
  describe(`webhook and token races (${db})`, () => {
    let s: TestServer;
    let receiver: Receiver;
    before(async () => {
      s = await startHookServer(db);
      receiver = await startReceiver();
    });
    after(async () => {
      await receiver.close();
      await s.close();
    });

    test(`${CLIENTS} concurrent changes recording one "once" event: one event, one delivery per endpoint`, async () => {
      await endpointFor(s, receiver, ['subscription.ended'], '/a');
      await endpointFor(s, receiver, ['subscription.ended'], '/b');
      const { unitOfWork } = s.tessera.stores;
      await together(CLIENTS, () =>
        unitOfWork.run(() =>
          s.tessera.webhooks.events.record(
            'subscription.ended',
            { accountId: 'acc_race', subscriptionId: 'sub_race', planId: 'personal', status: 'expired' },
            { once: 'subscription.ended:sub_race' },
          ),
        ),
      );
      const events = await s.tessera.stores.webhooks.listEvents({ limit: 100, type: 'subscription.ended' });
      assert.equal(events.length, 1);
      const deliveries = await s.tessera.database.db.selectFrom('webhook_deliveries').select('endpoint_id').execute();
      assert.equal(deliveries.length, 2);
      assert.equal(new Set(deliveries.map((d) => d.endpoint_id)).size, 2);
    });

    test(`${CLIENTS} concurrent revocations of one token: revoked once, audited once`, async () => {
      const created = await s.tessera.operatorTokens.create({ name: 'raced', scopes: 'accounts:read' });
      assert.ok(created.ok);
      const results = await together(CLIENTS, () => s.tessera.operatorTokens.revoke(created.summary.id));
      assert.equal(results.filter((r) => r.ok).length, 1);
      const audited = await s.tessera.database.db
        .selectFrom('audit_events')
        .select('details')
        .where('type', '=', 'operator_token.revoked')
        .execute();
      assert.equal(audited.filter((a) => JSON.parse(a.details).tokenId === created.summary.id).length, 1);
      assert.deepEqual(await s.tessera.operatorTokens.authenticate(created.token), {
        ok: false,
        code: 'UNAUTHENTICATED',
      });
    });
  });
}
