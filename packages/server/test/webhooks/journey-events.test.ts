// The events the journey's changes emit, as a receiver sees them: every type, from the place that makes the change,
// in the order the changes happened, each once (a subscription's end too, however many apps notice it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { call, connectApp, signUp } from '../support/journey.js';
import { mintCodes } from '../licensing/licensing-support.js';
import { WEBHOOK_EVENT_TYPES } from '../../src/webhooks/index.js';
import { endpointFor, startHookServer, startReceiver, type Receiver } from './webhook-support.js';

const PASSWORD = 'lantern-harbour-42';
const DAY = 86_400_000;

for (const db of databaseKinds()) {
  describe(`events of the journey (${db})`, () => {
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

    test('sign-up, redeem, connect, disconnect, fall back to Free, grant and purge each tell the receiver', async () => {
      await endpointFor(s, receiver, [...WEBHOOK_EVENT_TYPES]);
      const email = `events-${db}@example.com`;
      const { token, accountId } = await signUp(s, { email, password: PASSWORD });
      const { batchId, codes } = await mintCodes(s, 'personal', 1);
      const redeemed = await call(s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token });
      assert.equal(redeemed.status, 201);
      const subscriptionId: string = redeemed.body.subscription.id;
      const device = (name: string) => ({ name, platform: 'linux' });
      const onA = await connectApp(s, { email, password: PASSWORD, appId: 'app.secure', device: device('A') });
      const onB = await connectApp(s, { email, password: PASSWORD, appId: 'app.secure', device: device('B') });
      const onC = await connectApp(s, { email, password: PASSWORD, appId: 'app.vpn', device: device('C') });
      for (const done of [onA, onB, onC]) assert.equal(done.body.result!.license!.plan, 'personal');
      const deviceOf = (done: typeof onA) => done.body.result!.device!.id as string;
      assert.ok(await s.tessera.services.disconnectDevice(accountId, deviceOf(onB)));

      s.clock.advance(366 * DAY);
      for (const done of [onA, onC]) {
        const fallen = await call(s, 'POST', '/v1/check-in', { credential: done.body.result!.deviceCredential });
        assert.equal(fallen.body.outcome, 'FELL_BACK_TO_FREE');
        done.body.result!.deviceCredential = fallen.body.deviceCredential;
      }
      const left = await call(s, 'POST', '/v1/connections/disconnect', {
        credential: onA.body.result!.deviceCredential,
      });
      assert.equal(left.status < 300, true, JSON.stringify(left.body));

      const granted = await s.tessera.licensing.operator.grant({ accountId, planId: 'family', termDays: 30 });
      assert.ok(granted.ok);
      const account = (await s.tessera.services.accounts.get(accountId))!;
      const deletion = await s.tessera.services.accountDeletion.request(
        { account, ip: '127.0.0.1', userAgent: null },
        PASSWORD,
      );
      assert.ok(deletion.ok);
      s.clock.advance(31 * DAY);
      assert.equal(await s.tessera.services.accountDeletion.purgeDue(), 1);

      while ((await s.tessera.webhooks.worker.runOnce()) > 0);
      assert.ok(receiver.received.every((r) => r.signed));
      assert.deepEqual(
        receiver.received.map((r) => [r.type, r.data]),
        [
          ['account.created', { accountId, email, country: 'VN' }],
          ['code.redeemed', { accountId, subscriptionId, batchId, planId: 'personal' }],
          [
            'subscription.created',
            {
              accountId,
              subscriptionId,
              planId: 'personal',
              source: 'code',
              endsAt: redeemed.body.subscription.endsAt ? Date.parse(redeemed.body.subscription.endsAt) : null,
            },
          ],
          ...[onA, onB, onC].map((done, i) => [
            'device.connected',
            {
              accountId,
              deviceId: deviceOf(done),
              deviceName: ['A', 'B', 'C'][i],
              platform: 'linux',
              appId: i === 2 ? 'app.vpn' : 'app.secure',
              planId: 'personal',
              subscriptionId,
            },
          ]),
          ['device.disconnected', { accountId, deviceId: deviceOf(onB), by: 'account' }],
          ['subscription.ended', { accountId, subscriptionId, planId: 'personal', status: 'expired' }],
          ['device.disconnected', { accountId, deviceId: deviceOf(onA), by: 'app' }],
          [
            'subscription.created',
            {
              accountId,
              subscriptionId: granted.subscription.id,
              planId: 'family',
              source: 'grant',
              endsAt: granted.subscription.endsAt,
            },
          ],
          ['account.deleted', { accountId }],
        ],
      );
      assert.equal(new Set(receiver.received.map((r) => r.id)).size, receiver.received.length);
    });
  });
}
