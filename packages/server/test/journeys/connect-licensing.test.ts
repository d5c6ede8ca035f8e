// The seed's second half on every database: activated with the redeemed subscription, "Select subscription"
// when several apply, Free otherwise; an ended subscription falls back to Free at the next check-in.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, connectApp, signUp, submit } from '../support/journey.js';
import { mintCodes } from '../licensing/licensing-support.js';

const PASSWORD = 'lantern-harbour-42';

async function redeem(s: TestServer, token: string, plan: string) {
  const { codes } = await mintCodes(s, plan, 1);
  const r = await call(
    s,
    'POST',
    '/v1/subscriptions/redeem',
    { code: codes[0]!.toLowerCase().replace(/-/g, ' ') },
    { token },
  );
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body;
}

for (const db of databaseKinds()) {
  describe(`connect with subscriptions on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('no codes → Free; a personal code → activated on personal without asking', async () => {
      const email = 'phuong@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      const free = await connectApp(s, { email, password: PASSWORD, appId: 'app.secure' });
      assert.equal(free.body.result!.license!.plan, 'free');
      await redeem(s, token, 'personal');
      const personal = await connectApp(s, { email, password: PASSWORD, appId: 'app.vpn' });
      assert.equal(personal.body.step, 'done');
      assert.equal(personal.body.result!.license!.plan, 'personal');
      assert.ok(personal.body.result!.license!.features.includes('premium'));
      const subs = await call(s, 'GET', '/v1/subscriptions', undefined, { token });
      assert.deepEqual(subs.body.subscriptions[0].seats, { used: 1, total: 3, full: false });
    });

    test('personal and family → Select subscription → family; a full subscription cannot be chosen', async () => {
      const email = 'quang@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      await redeem(s, token, 'personal');
      const family = await redeem(s, token, 'family');
      const familyId: string = family.subscription.id;

      const choose = await connectApp(s, { email, password: PASSWORD, appId: 'app.secure' });
      assert.equal(choose.body.step, 'select_subscription');
      const options = choose.body.ui.nodes.filter((n) => n.name === 'subscription');
      assert.equal(options.length, 2);
      assert.deepEqual(options.map((o) => o.meta!.plan).sort(), ['family', 'personal']);
      assert.ok(options.every((o) => o.disabled === false));

      const foreign = await submit(s, choose.body.flow.id, {
        step: 'select_subscription',
        subscriptionId: 'sub_notmine',
      });
      assert.equal(foreign.body.error!.code, 'SUBSCRIPTION_NOT_SELECTABLE');
      const done = await submit(s, choose.body.flow.id, { step: 'select_subscription', subscriptionId: familyId });
      assert.equal(done.body.step, 'done');
      assert.equal(done.body.result!.license!.plan, 'family');
      assert.equal(done.body.result!.license!.subscriptionId, familyId);

      // Fill personal's three seats, then it shows as full.
      for (let i = 0; i < 3; i++) {
        const c = await connectApp(s, { email, password: PASSWORD, appId: `app.extra${i}` });
        const personalId = c.body.ui.nodes.find((n) => n.meta?.plan === 'personal')!.value!;
        assert.equal(
          (await submit(s, c.body.flow.id, { step: 'select_subscription', subscriptionId: personalId })).body.result!
            .license!.plan,
          'personal',
        );
      }
      const full = await connectApp(s, { email, password: PASSWORD, appId: 'app.kids' });
      const personal = full.body.ui.nodes.find((n) => n.meta?.plan === 'personal')!;
      assert.equal(personal.disabled, true);
      assert.match(personal.label!.text, /3 devices in use/);
      const refused = await submit(s, full.body.flow.id, {
        step: 'select_subscription',
        subscriptionId: personal.value!,
      });
      assert.equal(refused.body.error!.code, 'SUBSCRIPTION_NOT_SELECTABLE');
    });

    test('a subscription that ends falls back to Free at the next check-in; disconnecting frees the seat', async () => {
      const email = 'rang@example.com';
      const { token } = await signUp(s, { email, password: PASSWORD });
      await redeem(s, token, 'personal');
      const done = await connectApp(s, { email, password: PASSWORD, appId: 'app.secure' });
      assert.equal(done.body.result!.license!.plan, 'personal');
      const valid = await call(s, 'POST', '/v1/check-in', { credential: done.body.result!.deviceCredential });
      assert.equal(valid.body.outcome, 'VALID');
      assert.equal(valid.body.license.plan, 'personal');

      s.clock.advance(366 * 24 * 3600_000);
      const fallen = await call(s, 'POST', '/v1/check-in', { credential: valid.body.deviceCredential });
      assert.equal(fallen.status, 200);
      assert.equal(fallen.body.outcome, 'FELL_BACK_TO_FREE');
      assert.equal(fallen.body.license.plan, 'free');
      const again = await call(s, 'POST', '/v1/check-in', { credential: fallen.body.deviceCredential });
      assert.equal(again.body.outcome, 'VALID');
      assert.equal(again.body.license.plan, 'free');
    });
  });
}
