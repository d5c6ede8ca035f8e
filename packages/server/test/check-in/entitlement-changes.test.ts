// Entitlement changes reach connected apps at their next check-in, without reconnecting (issue 9): a redeemed code
// (one fitting subscription: the app moves onto it; several: a choice waits), a family membership ended, a
// subscription that ends, a device disconnected; and an unchanged check-in writes nothing and signs nothing.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, startFlow, submit } from '../support/journey.js';
import { checkIn, connected, person, redeem, seatsUsed, PASSWORD } from './check-in-support.js';

const DAY = 86_400_000;

for (const db of databaseKinds()) {
  describe(`check-in entitlement changes on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('an unchanged check-in hands back the same token and credential, writes nothing, then comes from the cache', async () => {
      const p = await person(s);
      const app = await connected(s, p);
      const first = await checkIn(s, app);
      assert.equal(first.status, 200);
      assert.equal(first.body.license.planName, 'Free');
      assert.equal(first.body.choicePending, false);
      const row = () =>
        s.tessera.database.db
          .selectFrom('app_connections')
          .select(['rotated_at', 'last_check_in_at', 'license_token'])
          .where('device_id', '=', app.deviceId)
          .executeTakeFirstOrThrow();
      const stored = await row();
      s.clock.advance(60_000);
      const second = await checkIn(s, app);
      const third = await checkIn(s, app);
      for (const again of [second, third]) {
        assert.equal(again.status, 200);
        assert.equal(again.body.license.token, first.body.license.token, 'no new signature');
        assert.equal(again.body.deviceCredential, first.body.deviceCredential, 'no rotation');
      }
      assert.deepEqual(third.body, second.body, 'a cached answer is the same JSON');
      assert.equal(third.headers['content-type'], 'application/json; charset=utf-8');
      assert.deepEqual(await row(), stored, 'nothing written by the request');
      assert.ok(s.tessera.checkInCache.size > 0, 'the answer is cached');
      await s.tessera.flushLastSeen();
      assert.equal((await row()).last_check_in_at, s.clock.now() - 60_000, 'within the last-seen granularity: kept');
      s.clock.advance(15 * 60_000);
      assert.equal((await checkIn(s, app)).status, 200);
      await s.tessera.flushLastSeen();
      assert.equal((await row()).last_check_in_at, s.clock.now(), 'past it: last-seen written by the batch');
      const device = await s.tessera.stores.devices.findDevice(app.deviceId);
      assert.equal(device!.lastSeenAt, s.clock.now());
      // Past the configured share of its lifetime (50% of 24 h), the token is re-signed and the credential rotates.
      s.clock.advance(12 * 3_600_000);
      const later = await checkIn(s, app);
      assert.notEqual(later.body.license.token, first.body.license.token);
      assert.notEqual(later.body.deviceCredential, first.body.deviceCredential);
    });

    test('a redeemed code reaches a connected app at its next check-in when it is the one subscription that fits', async () => {
      const p = await person(s);
      const app = await connected(s, p);
      assert.equal((await checkIn(s, app)).body.license.plan, 'free');
      await checkIn(s, app); // cached now
      const subscriptionId = await redeem(s, p, 'personal');
      const next = await checkIn(s, app);
      assert.equal(next.status, 200, JSON.stringify(next.body));
      assert.equal(next.body.outcome, 'VALID');
      assert.equal(next.body.license.plan, 'personal');
      assert.equal(next.body.license.planName, 'Personal');
      assert.equal(next.body.license.subscriptionId, subscriptionId);
      assert.equal(await seatsUsed(s, subscriptionId), 1);
      const devices = await call(s, 'GET', '/v1/devices', undefined, { token: p.token });
      assert.equal(devices.body.devices.length, 1, 'no duplicate device');
      assert.equal(devices.body.devices[0].apps[0].subscriptionId, subscriptionId);
    });

    test('when several subscriptions fit, a choice waits; the choice made on the portal reaches the app', async () => {
      const p = await person(s);
      const other = await connected(s, p);
      await checkIn(s, other);
      await checkIn(s, other);
      const first = await redeem(s, p, 'personal');
      const second = await redeem(s, p, 'family');
      const waiting = await checkIn(s, other);
      assert.equal(waiting.status, 200);
      assert.equal(waiting.body.license.subscriptionId, null);
      assert.equal(waiting.body.choicePending, true, JSON.stringify(waiting.body));
      assert.equal((await checkIn(s, other)).body.choicePending, true);
      assert.equal(await seatsUsed(s, second), 0);
      const chosen = await s.tessera.services.chooseSubscription({
        accountId: p.accountId,
        deviceId: other.deviceId,
        subscriptionId: second,
      });
      assert.deepEqual(chosen, { ok: true, moved: 1 });
      const after = await checkIn(s, other);
      assert.equal(after.body.license.subscriptionId, second);
      assert.equal(after.body.license.planName, 'Family');
      assert.equal(after.body.choicePending, false);
      assert.equal(await seatsUsed(s, second), 1);
      assert.equal(await seatsUsed(s, first), 0);
    });

    test('a family member removed falls back to Free at the next check-in, and the seat is back', async () => {
      const owner = await person(s, 'owner');
      const member = await person(s, 'member');
      const family = await redeem(s, owner, 'family');
      const invited = await call(
        s,
        'POST',
        `/v1/subscriptions/${family}/invitations`,
        { email: member.email },
        { token: owner.token },
      );
      assert.equal(invited.status, 201, JSON.stringify(invited.body));
      const accepted = await call(
        s,
        'POST',
        '/v1/invitations/accept',
        { token: invited.body.invitation.token },
        { token: member.token },
      );
      assert.ok(accepted.status < 300, JSON.stringify(accepted.body));
      const app = await connected(s, member);
      const on = await checkIn(s, app);
      // The member's only subscription: the app is on it (chosen at connect, or moved at this check-in).
      assert.equal(on.body.license.subscriptionId, family, JSON.stringify(on.body));
      await checkIn(s, app);
      const removed = await call(s, 'DELETE', `/v1/subscriptions/${family}/members/${member.accountId}`, undefined, {
        token: owner.token,
      });
      assert.ok(removed.status < 300, JSON.stringify(removed.body));
      const off = await checkIn(s, app);
      assert.equal(off.status, 200);
      assert.equal(off.body.outcome, 'FELL_BACK_TO_FREE');
      assert.equal(off.body.license.subscriptionId, null);
      assert.equal(await seatsUsed(s, family), 0);
      const rows = await s.tessera.database.db
        .selectFrom('app_connections')
        .select('subscription_id')
        .where('device_id', '=', app.deviceId)
        .execute();
      assert.deepEqual(rows, [{ subscription_id: null }], 'the connection left the subscription');
    });

    test('a subscription that ends moves the app to Free at its next check-in, cached answer or not', async () => {
      const p = await person(s);
      const app = await connected(s, p);
      await checkIn(s, app);
      const subscriptionId = await redeem(s, p, 'personal');
      assert.equal((await checkIn(s, app)).body.license.subscriptionId, subscriptionId);
      await checkIn(s, app);
      s.clock.advance(366 * DAY);
      const ended = await checkIn(s, app);
      assert.equal(ended.body.outcome, 'FELL_BACK_TO_FREE');
      assert.equal(ended.body.license.plan, 'free');
      assert.equal(await seatsUsed(s, subscriptionId), 0);
    });

    test('a device disconnected from the API stops at its next check-in though its answer was cached', async () => {
      const p = await person(s);
      const app = await connected(s, p);
      await checkIn(s, app);
      await checkIn(s, app);
      const done = await call(s, 'POST', `/v1/devices/${app.deviceId}/disconnect`, undefined, { token: p.token });
      assert.equal(done.status, 200);
      const refused = await checkIn(s, app);
      assert.equal(refused.body.error.code, 'DEVICE_DISCONNECTED');
    });

    test('reconnecting the same device after a disconnect reuses its device record', async () => {
      const p = await person(s);
      const app = await connected(s, p);
      const gone = await call(s, 'POST', '/v1/connections/disconnect', { credential: app.credential });
      assert.equal(gone.status, 200);
      const flow = await startFlow(s, {
        kind: 'connect',
        appId: 'app.secure',
        device: { name: 'Laptop', platform: 'linux' },
        previousDeviceId: app.deviceId,
      });
      const done = await submit(s, flow.body.flow.id, { step: 'credentials', email: p.email, password: PASSWORD });
      assert.equal(done.body.step, 'done', JSON.stringify(done.body));
      assert.equal(done.body.result!.device!.id, app.deviceId, 'the same device');
      const devices = await call(s, 'GET', '/v1/devices', undefined, { token: p.token });
      assert.equal(devices.body.devices.length, 1, 'no duplicate');
      assert.equal(devices.body.devices[0].connected, true);
      const back = await checkIn(s, { credential: done.body.result!.deviceCredential!, deviceId: app.deviceId });
      assert.equal(back.status, 200);
    });

    test('a signing-key rotation re-issues the token at the next check-in, cached answer or not', async () => {
      const p = await person(s);
      const app = await connected(s, p);
      await checkIn(s, app);
      const before = await checkIn(s, app);
      const kid = await s.tessera.services.signingKeys.rotate();
      const after = await checkIn(s, app);
      const kidOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid;
      assert.notEqual(after.body.license.token, before.body.license.token);
      assert.equal(kidOf(after.body.license.token), kid);
    });
  });
}
