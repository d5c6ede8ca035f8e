// The operator's side on every database: seeded plans, creating plans, minting batches (rate printed), listing and revoking.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { createAccounts, mintCodes } from './licensing-support.js';

for (const db of databaseKinds()) {
  describe(`licensing operator on ${db}`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db });
    });
    after(async () => {
      await s.close();
    });

    test('free, personal and family are seeded', async () => {
      const plans = await s.tessera.licensing.operator.listPlans();
      const byId = Object.fromEntries(plans.map((p) => [p.id, p]));
      assert.deepEqual(byId.free, {
        id: 'free',
        name: 'Free',
        deviceLimit: 500,
        memberLimit: 1,
        features: ['basic'],
        termDays: 0,
      });
      assert.equal(byId.personal!.deviceLimit, 3);
      assert.equal(byId.personal!.termDays, 365);
      assert.equal(byId.family!.deviceLimit, 10);
      assert.equal(byId.family!.memberLimit, 6);
    });

    test('plans are created once, with checked fields', async () => {
      const operator = s.tessera.licensing.operator;
      const plan = {
        id: 'pro',
        name: 'Pro',
        deviceLimit: 5,
        memberLimit: 1,
        features: ['basic', 'pro', 'pro'],
        termDays: 30,
      };
      const created = await operator.createPlan(plan);
      assert.ok(created.ok);
      assert.deepEqual(created.plan.features, ['basic', 'pro']);
      assert.deepEqual(await s.tessera.licensing.getPlan('pro'), created.plan);
      const again = await operator.createPlan(plan);
      assert.ok(!again.ok && /exists/.test(again.problem));
      for (const bad of [
        { id: 'Bad Id' },
        { name: '' },
        { deviceLimit: 0 },
        { memberLimit: 0 },
        { termDays: -1 },
        { features: ['No Spaces'] },
      ]) {
        const refused = await operator.createPlan({ ...plan, id: 'other', ...bad });
        assert.ok(!refused.ok, JSON.stringify(bad));
      }
    });

    test('minting 5,000 codes stores only keyed hashes (the rate is printed, not asserted)', async () => {
      const progress: number[] = [];
      const started = performance.now();
      const minted = await s.tessera.licensing.operator.mint({
        planId: 'personal',
        count: 5000,
        note: 'shop A',
        onProgress: (n) => progress.push(n),
      });
      const seconds = (performance.now() - started) / 1000;
      assert.ok(minted.ok);
      process.stderr.write(
        `${db}: minted 5000 codes in ${seconds.toFixed(2)} s (${Math.round(5000 / seconds)} codes/s)\n`,
      );
      assert.equal(minted.codes.length, 5000);
      assert.equal(progress.at(-1), 5000);
      const rows = await s.tessera.database.db
        .selectFrom('activation_codes')
        .select('code_hash')
        .where('batch_id', '=', minted.batch.id)
        .execute();
      assert.equal(rows.length, 5000);
      const stored = new Set(rows.map((r) => r.code_hash));
      assert.ok(
        minted.codes.every((c) => !stored.has(c) && !stored.has(c.replace(/-/g, ''))),
        'no code in clear',
      );
      const [listed] = (await s.tessera.licensing.operator.listBatches()).filter((b) => b.id === minted.batch.id);
      assert.deepEqual(listed, { ...minted.batch, redeemed: 0 });
    });

    test('unknown plans and silly counts are refused before anything is stored', async () => {
      const operator = s.tessera.licensing.operator;
      const before = (await operator.listBatches()).length;
      for (const input of [
        { planId: 'nope', count: 1 },
        { planId: 'personal', count: 0 },
        { planId: 'personal', count: 2_000_000 },
        { planId: 'personal', count: 1, termDays: -3 },
      ]) {
        assert.equal((await operator.mint(input)).ok, false, JSON.stringify(input));
      }
      assert.equal((await operator.listBatches()).length, before);
    });

    test('batches count redemptions; revoking a redeemed code revokes its subscription, revoking a batch stops the rest', async () => {
      const [owner] = await createAccounts(s, 1);
      const { batchId, codes } = await mintCodes(s, 'personal', 3, 0);
      const first = await s.tessera.licensing.redeem({ accountId: owner!, input: codes[0]!, ip: '192.0.2.1' });
      assert.ok(first.ok);
      assert.equal(first.subscription.endsAt, null, 'term 0: no end');
      const batch = (await s.tessera.licensing.operator.listBatches()).find((b) => b.id === batchId)!;
      assert.equal(batch.redeemed, 1);

      const revoked = await s.tessera.licensing.operator.revokeCode(codes[0]!.toLowerCase());
      assert.deepEqual(revoked, { ok: true, subscriptionId: first.subscription.id });
      assert.equal((await s.tessera.licensing.getSubscription(first.subscription.id))!.status, 'revoked');
      assert.deepEqual(await s.tessera.licensing.usableSubscriptions(owner!, s.clock.now()), []);

      const second = await s.tessera.licensing.redeem({ accountId: owner!, input: codes[1]!, ip: '192.0.2.1' });
      assert.ok(second.ok);
      assert.deepEqual(await s.tessera.licensing.operator.revokeBatch(batchId), { ok: true, redeemed: 2 });
      assert.equal(
        (await s.tessera.licensing.getSubscription(second.subscription.id))!.status,
        'active',
        'redeemed codes keep their subscriptions',
      );
      const third = await s.tessera.licensing.redeem({ accountId: owner!, input: codes[2]!, ip: '192.0.2.1' });
      assert.deepEqual(third, { ok: false, code: 'ACTIVATION_CODE_INVALID' });
      assert.ok((await s.tessera.licensing.operator.listBatches()).find((b) => b.id === batchId)!.revokedAt !== null);

      assert.equal((await s.tessera.licensing.operator.revokeBatch('bat_missing')).ok, false);
      assert.equal((await s.tessera.licensing.operator.revokeCode('AAAAA-AAAAA-AAAAA-AAAAA')).ok, false);
    });
  });
}
