// Contract tests for PlanStore, run on every database kind: plans round-trip, ids are unique, Free is always there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Plan, PlanStore } from '../../src/licensing/index.js';
import { T0, countTrue, databaseKinds, together, useStores, type OpenStores } from './store-harness.js';

let n = 0;
function samplePlan(overrides: Partial<Plan> = {}): Plan {
  n += 1;
  return {
    id: `plan_${n}`,
    name: `Plan ${n} — Gia đình`,
    deviceLimit: 5,
    memberLimit: 6,
    features: ['basic', 'premium', 'sync:cloud'],
    termDays: 365,
    ...overrides,
  };
}

function planStoreContract(open: () => OpenStores) {
  const store = (): PlanStore => open().stores.plans;

  test('createPlan then findPlan returns every field, features in order', async () => {
    const p = samplePlan();
    const forever = samplePlan({ termDays: 0, features: [], memberLimit: 1 });
    assert.equal(await store().createPlan(p, T0), true);
    assert.equal(await store().createPlan(forever, T0 + 1), true);
    assert.deepEqual(await store().findPlan(p.id), p);
    assert.deepEqual(await store().findPlan(forever.id), forever);
    assert.equal(await store().findPlan('plan_missing'), undefined);
  });

  test('the seeded Free plan exists and cannot be created again', async () => {
    const free = await store().findPlan('free');
    assert.equal(free?.id, 'free');
    assert.equal(await store().createPlan(samplePlan({ id: 'free' }), T0), false);
    assert.deepEqual(await store().findPlan('free'), free, 'the existing plan is left as it was');
  });

  test('a second plan with the same id is refused and the first stands', async () => {
    const p = samplePlan();
    assert.equal(await store().createPlan(p, T0), true);
    assert.equal(await store().createPlan({ ...p, name: 'Other', deviceLimit: 99 }, T0 + 1), false);
    assert.deepEqual(await store().findPlan(p.id), p);
  });

  test('listPlans gives every plan, oldest first, then by id', async () => {
    const seeded = await store().listPlans();
    assert.ok(seeded.some((p) => p.id === 'free'));
    const later = samplePlan({ id: 'plan_b' });
    const sameTime = samplePlan({ id: 'plan_a' });
    const earliest = samplePlan({ id: 'plan_c' });
    await store().createPlan(later, T0 + 10);
    await store().createPlan(sameTime, T0 + 10);
    await store().createPlan(earliest, T0);
    const listed = (await store().listPlans()).filter((p) => p.id.startsWith('plan_'));
    assert.deepEqual(listed, [earliest, sameTime, later]);
  });

  test('of many concurrent creations of one id, exactly one succeeds', async () => {
    const results = await together(16, (i) =>
      store().createPlan(samplePlan({ id: 'plan_race', deviceLimit: i + 1 }), T0),
    );
    assert.equal(countTrue(results), 1);
    const winner = results.indexOf(true);
    assert.equal((await store().findPlan('plan_race'))?.deviceLimit, winner + 1);
  });
}

for (const kind of databaseKinds()) {
  describe(`PlanStore on ${kind}`, () => {
    planStoreContract(useStores(kind));
  });
}
