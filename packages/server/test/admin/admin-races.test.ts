// Operator API races on PostgreSQL (and SQLite when that is all there is): concurrent grants all land, concurrent
// revokes of one subscription succeed once with one event, concurrent extends all apply exactly once, and a device
// disconnected while its app checks in ends disconnected with its seat freed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds, trialsOn } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, connectApp, signUp } from '../support/journey.js';
import { admin, ensurePlan, operatorToken, outboxEvents } from './admin-support.js';

const PASSWORD = 'lantern-harbour-42';
const DAY = 86_400_000;
const RACERS = 20;

const kinds = databaseKinds();
// The races are for PostgreSQL (real concurrent transactions); without it they run on SQLite, where they serialize.
const db = kinds.includes('postgres') ? 'postgres' : 'sqlite';
const TRIALS = trialsOn(db, { postgres: 3, full: 10 });

describe(`operator API races (${db})`, () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
    token = await operatorToken(s, ['subscriptions:write', 'devices:write']);
    await ensurePlan(s);
  });
  after(async () => {
    await s.close();
  });

  test(`${RACERS} concurrent grants to one account make ${RACERS} subscriptions and ${RACERS} events`, async () => {
    const { accountId } = await signUp(s, { email: `grants@${db}.example`, password: PASSWORD });
    const replies = await Promise.all(
      Array.from({ length: RACERS }, () =>
        admin(s, token, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, { planId: 'pro' }),
      ),
    );
    assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([201]));
    assert.equal(new Set(replies.map((r) => r.body.subscription.id)).size, RACERS);
    assert.equal((await outboxEvents(s, 'subscription.created', accountId)).length, RACERS);
  });

  test(`${TRIALS} trials: ${RACERS} concurrent revokes of one subscription, and extends racing them`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { accountId } = await signUp(s, { email: `revoke${trial}@${db}.example`, password: PASSWORD });
      const granted = await admin(s, token, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, {
        planId: 'pro',
      });
      const id = granted.body.subscription.id as string;
      const replies = await Promise.all(
        Array.from({ length: RACERS }, (_, i) =>
          i % 2
            ? admin(s, token, 'POST', `/admin/v1/subscriptions/${id}/revoke`)
            : admin(s, token, 'POST', `/admin/v1/subscriptions/${id}/extend`, { days: 1 }),
        ),
      );
      assert.ok(
        replies.every((r) => r.status === 200 || (r.status === 409 && r.body.error.code === 'OPERATION_REFUSED')),
        JSON.stringify(replies.map((r) => r.status)),
      );
      const revokes = replies.filter((_, i) => i % 2);
      assert.equal(revokes.filter((r) => r.status === 200).length, 1, 'revoked exactly once');
      assert.equal((await outboxEvents(s, 'subscription.revoked', accountId)).length, 1);
      // Every extend that answered 200 is in the end date, and none that was refused.
      const applied = replies.filter((r, i) => i % 2 === 0 && r.status === 200).length;
      const final = await admin(s, token, 'GET', `/admin/v1/subscriptions/${id}`);
      assert.equal(final.body.subscription.status, 'revoked');
      assert.equal(
        Date.parse(final.body.subscription.endsAt) - Date.parse(granted.body.subscription.endsAt),
        applied * DAY,
      );
    }
  });

  test(`${TRIALS} trials: ${RACERS} concurrent extends of one subscription are each applied exactly once`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const { accountId } = await signUp(s, { email: `extends${trial}@${db}.example`, password: PASSWORD });
      const granted = await admin(s, token, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, {
        planId: 'pro',
      });
      const id = granted.body.subscription.id as string;
      const replies = await Promise.all(
        Array.from({ length: RACERS }, () =>
          admin(s, token, 'POST', `/admin/v1/subscriptions/${id}/extend`, { days: 2 }),
        ),
      );
      assert.deepEqual(new Set(replies.map((r) => r.status)), new Set([200]));
      const ends = replies.map((r) => Date.parse(r.body.subscription.endsAt)).sort((a, b) => a - b);
      const start = Date.parse(granted.body.subscription.endsAt);
      // Each call saw its own addition on top of every earlier one: 2, 4, … 2×RACERS days.
      assert.deepEqual(
        ends,
        Array.from({ length: RACERS }, (_, i) => start + (i + 1) * 2 * DAY),
      );
    }
  });

  test(`${TRIALS} trials: a disconnect racing ${RACERS} check-ins ends disconnected with the seat freed`, async () => {
    for (let trial = 0; trial < TRIALS; trial++) {
      const email = `race${trial}@${db}.example`;
      const { accountId } = await signUp(s, { email, password: PASSWORD });
      const granted = await admin(s, token, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, {
        planId: 'pro',
      });
      const connected = await connectApp(s, { email, password: PASSWORD });
      const credential = connected.body.result!.deviceCredential as string;
      const deviceId = (await s.tessera.services.devices.list(accountId))[0]!.id;
      const [disconnect, ...checkIns] = await Promise.all([
        admin(s, token, 'POST', `/admin/v1/accounts/${accountId}/devices/${deviceId}/disconnect`),
        ...Array.from({ length: RACERS }, () => call(s, 'POST', '/v1/check-in', { credential })),
      ]);
      assert.deepEqual(disconnect!.body, { disconnected: true });
      for (const r of checkIns)
        assert.ok(
          r.status === 200 ||
            ['DEVICE_DISCONNECTED', 'DEVICE_CREDENTIAL_INVALID'].includes(r.body.error?.code as string),
          JSON.stringify(r.body),
        );
      const after = await admin(s, token, 'GET', `/admin/v1/subscriptions/${granted.body.subscription.id}`);
      assert.equal(after.body.subscription.seatsUsed, 0);
      const late = await call(s, 'POST', '/v1/check-in', { credential });
      assert.ok(['DEVICE_DISCONNECTED', 'DEVICE_CREDENTIAL_INVALID'].includes(late.body.error?.code), late.body);
      assert.equal((await outboxEvents(s, 'device.disconnected', accountId)).length, 1);
    }
  });
});
