// Races on every database: one code redeemed by 200 at once gives one subscription; 200 devices on 5 seats take 5.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { loadServerSecrets } from '../../src/common/index.js';
import { databaseKinds, trialsOn } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { countRows, createAccounts, mintCodes } from './licensing-support.js';

const RACERS = 200;

for (const db of databaseKinds()) {
  const TRIALS = trialsOn(db, { postgres: 5, full: 10 });
  describe(`licensing races on ${db}`, () => {
    let s: TestServer;
    let accounts: string[];
    before(async () => {
      // Attempt limits out of the way: the store's atomicity is what is under test here.
      s = await startTestServer({
        db,
        overrides: { licensing: { redeemPerAccountHour: 1_000_000, redeemPerIpHour: 1_000_000 } },
      });
      accounts = await createAccounts(s, RACERS);
      const five = await s.tessera.licensing.operator.createPlan({
        id: 'five',
        name: 'Five',
        deviceLimit: 5,
        memberLimit: 3,
        features: ['basic'],
        termDays: 30,
      });
      assert.ok(five.ok);
    });
    after(async () => {
      await s.close();
    });

    test(`${TRIALS} trials × ${RACERS} concurrent redemptions of one code give exactly one subscription`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const {
          batchId,
          codes: [code],
        } = await mintCodes(s, 'personal', 1);
        const outcomes = await Promise.all(
          accounts.map((accountId, i) =>
            s.tessera.licensing.redeem({ accountId, input: code!, ip: `10.${trial}.${i >> 8}.${i & 255}` }),
          ),
        );
        const won = outcomes.filter((o) => o.ok);
        assert.equal(won.length, 1, `trial ${trial}: ${won.length} winners`);
        assert.ok(outcomes.every((o) => o.ok || o.code === 'ACTIVATION_CODE_INVALID'));
        assert.equal(
          await countRows(s, 'subscriptions', { source_ref: batchId }),
          1,
          `trial ${trial}: one subscription stored`,
        );
      }
    });

    test('one account racing many codes never passes its subscription cap', async () => {
      const [owner] = await createAccounts(s, 1);
      const { codes } = await mintCodes(s, 'personal', 40);
      const store = s.tessera.stores.activationCodes;
      const secrets = loadServerSecrets(s.db.dataDir);
      const results = await Promise.all(
        codes.map((code, i) =>
          store.redeem({
            codeHash: secrets.keyedHash('activation-code', code),
            accountId: owner!,
            subscriptionId: `sub_cap_${db}_${i}`,
            now: s.clock.now(),
            maxActive: 7,
          }),
        ),
      );
      assert.equal(results.filter((r) => r.ok).length, 7);
      assert.ok(results.every((r) => r.ok || r.reason === 'limit'));
      assert.equal(await countRows(s, 'subscriptions', { owner_account_id: owner! }), 7);
    });

    test(`${TRIALS} trials × ${RACERS} concurrent seat claims on a 5-seat subscription give exactly 5 seats`, async () => {
      for (let trial = 0; trial < TRIALS; trial++) {
        const granted = await s.tessera.licensing.operator.grant({ accountId: accounts[trial]!, planId: 'five' });
        assert.ok(granted.ok);
        const subscriptionId = granted.subscription.id;
        const outcomes = await Promise.all(
          Array.from({ length: RACERS }, (_, i) =>
            s.tessera.licensing.claimSeat({
              subscriptionId,
              deviceId: `dev_${trial}_${i}`,
              accountId: accounts[trial]!,
              now: s.clock.now(),
            }),
          ),
        );
        assert.equal(outcomes.filter((o) => o.ok).length, 5, `trial ${trial}`);
        assert.ok(outcomes.every((o) => o.ok || o.code === 'SEATS_EXCEEDED'));
        assert.equal(await countRows(s, 'seats', { subscription_id: subscriptionId }), 5);
        assert.equal((await s.tessera.licensing.getSubscription(subscriptionId))!.seatsUsed, 5);
      }
    });

    test('a device takes one seat however often (and however concurrently) it claims; releasing frees it', async () => {
      const owner = accounts[0]!;
      const granted = await s.tessera.licensing.operator.grant({ accountId: owner, planId: 'five' });
      assert.ok(granted.ok);
      const subscriptionId = granted.subscription.id;
      const claim = (deviceId: string, accountId = owner) =>
        s.tessera.licensing.claimSeat({ subscriptionId, deviceId, accountId, now: s.clock.now() });
      assert.deepEqual(await claim('dev_laptop'), { ok: true });
      assert.deepEqual(await claim('dev_laptop'), { ok: true }, 'a second app on the same device');
      const racing = await Promise.all(Array.from({ length: 30 }, () => claim('dev_phone')));
      assert.ok(racing.every((o) => o.ok));
      assert.equal((await s.tessera.licensing.getSubscription(subscriptionId))!.seatsUsed, 2);
      assert.equal(await countRows(s, 'seats', { subscription_id: subscriptionId }), 2);

      for (const d of ['dev_a', 'dev_b', 'dev_c']) assert.ok((await claim(d)).ok);
      assert.deepEqual(await claim('dev_d'), { ok: false, code: 'SEATS_EXCEEDED' });
      assert.deepEqual(await claim('dev_laptop'), { ok: true }, 'a device holding a seat is never refused as full');
      const usable = await s.tessera.licensing.usableSubscriptions(owner, s.clock.now(), { deviceId: 'dev_laptop' });
      assert.equal(usable.find((u) => u.subscription.id === subscriptionId)!.full, false);
      assert.equal(
        (await s.tessera.licensing.usableSubscriptions(owner, s.clock.now())).find(
          (u) => u.subscription.id === subscriptionId,
        )!.full,
        true,
      );

      await Promise.all([1, 2, 3].map(() => s.tessera.licensing.releaseSeat({ subscriptionId, deviceId: 'dev_a' })));
      assert.equal(
        (await s.tessera.licensing.getSubscription(subscriptionId))!.seatsUsed,
        4,
        'racing releases free one seat',
      );
      assert.deepEqual(await claim('dev_d'), { ok: true });
      assert.deepEqual(
        await claim('dev_e', accounts[1]),
        { ok: false, code: 'SUBSCRIPTION_NOT_USABLE' },
        'a stranger cannot take a seat',
      );
    });
  });
}
