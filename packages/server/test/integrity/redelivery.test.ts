// A lost `done` answer is recoverable: the finished connect's result (credential included) comes back on GET and on
// resubmitting the last step while it is kept, sealed at rest; then it is gone. Query strings are read as declared.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, startFlow, submit } from '../support/journey.js';
import { createAccounts } from '../licensing/licensing-support.js';
import { connectBody, sessionsFor } from './integrity-support.js';

for (const db of databaseKinds()) {
  describe(`redelivery of a finished connect on ${db}`, () => {
    let s: TestServer;
    let token: string;
    let subscriptionId: string;
    before(async () => {
      s = await startTestServer({ db });
      const [account] = await createAccounts(s, 1);
      token = (await sessionsFor(s, [account!]))[0]!;
      for (const planId of ['personal', 'family']) {
        const granted = await s.tessera.licensing.operator.grant({ accountId: account!, planId });
        assert.ok(granted.ok);
        subscriptionId = granted.subscription.id;
      }
    });
    after(async () => {
      await s.close();
    });

    test('GET and a resubmitted last step give the same result while it is kept; another step, or later, FLOW_COMPLETED', async () => {
      const started = await startFlow(s, connectBody(), { token });
      assert.equal(started.body.step, 'select_subscription');
      const flowId = started.body.flow.id;
      const done = await submit(s, flowId, { step: 'select_subscription', subscriptionId });
      assert.equal(done.status, 200);
      const credential = done.body.result!.deviceCredential!;
      assert.ok(credential.startsWith('tdc_'));

      const fetched = await call(s, 'GET', `/v1/flows/${flowId}`);
      assert.equal(fetched.body.step, 'done');
      assert.deepEqual(fetched.body.result, done.body.result, 'the same result, credential included');
      const again = await submit(s, flowId, { step: 'select_subscription', subscriptionId });
      assert.equal(again.status, 200);
      assert.deepEqual(
        again.body.result,
        done.body.result,
        'resubmitting the last step answers the same, creating nothing',
      );
      assert.equal((await s.tessera.stores.devices.listDevices(done.body.result!.account!.id)).length, 1);
      assert.equal(
        (await submit(s, flowId, { step: 'credentials', email: 'x@example.com', password: 'whatever-it-is' })).body
          .error?.code,
        'FLOW_COMPLETED',
      );

      const row = await s.tessera.database.db
        .selectFrom('flows')
        .select(['state', 'result_sealed'])
        .where('id', '=', flowId)
        .executeTakeFirstOrThrow();
      assert.ok(
        row.result_sealed && !row.result_sealed.includes(credential) && !row.state.includes(credential),
        'sealed at rest, never plain',
      );

      s.clock.advance(s.tessera.config.flowResultRetentionSeconds * 1000 + 1);
      assert.equal((await call(s, 'GET', `/v1/flows/${flowId}`)).body.result, undefined, 'gone after the retention');
      assert.equal(
        (await submit(s, flowId, { step: 'select_subscription', subscriptionId })).body.error?.code,
        'FLOW_COMPLETED',
      );
    });

    test('declared integer query parameters are read from the query string; text that is no integer is still refused', async () => {
      assert.equal((await call(s, 'GET', '/v1/account/events?limit=1', undefined, { token })).status, 200);
      assert.equal((await call(s, 'GET', '/v1/dev/outbox?limit=1')).status, 200);
      const bad = await call(s, 'GET', '/v1/account/events?limit=one', undefined, { token });
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.code, 'VALIDATION_FAILED');
      assert.equal(
        (await call(s, 'GET', '/v1/account/events?limit=0', undefined, { token })).status,
        400,
        'bounds still hold',
      );
    });
  });
}
