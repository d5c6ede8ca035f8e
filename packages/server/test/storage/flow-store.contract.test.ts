// Contract tests for FlowStore, run on every database kind: round-trips, optimistic concurrency and expiry.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FlowRecord, FlowStore } from '../../src/flows/index.js';
import { T0, countTrue, databaseKinds, together, useStores } from './store-harness.js';

let n = 0;
function sampleFlow(overrides: Partial<FlowRecord> = {}): FlowRecord {
  n += 1;
  return {
    id: `flw_${n}_${T0}`,
    kind: 'sign_in',
    step: 'credentials',
    state: { email: 'a@example.com', attempts: 0, nested: { list: [1, 'two', null], flag: true }, unicode: 'Trần 🙂' },
    version: 0,
    createdAt: T0,
    expiresAt: T0 + 15 * 60_000,
    completedAt: null,
    ...overrides,
  };
}

function flowStoreContract(store: () => FlowStore) {
  test('create then get returns every field, state as the same JSON, times as numbers', async () => {
    const f = sampleFlow();
    await store().create(f);
    const got = await store().get(f.id);
    assert.deepEqual(got, f);
    assert.equal(typeof got?.createdAt, 'number');
    assert.equal(typeof got?.expiresAt, 'number');
    assert.equal(typeof got?.version, 'number');
  });

  test('a completed flow keeps its completion time', async () => {
    const f = sampleFlow({ kind: 'recovery', step: 'done', version: 3, completedAt: T0 + 999 });
    await store().create(f);
    assert.deepEqual(await store().get(f.id), f);
  });

  test('a finished flow keeps its sealed result and when it stops being handed out', async () => {
    const f = sampleFlow({
      kind: 'connect',
      step: 'done',
      completedAt: T0,
      storedResult: { sealed: 'v1.iv.body.tag', expiresAt: T0 + 120_000 },
    });
    await store().create(f);
    assert.deepEqual(await store().get(f.id), f);
  });

  test('an unknown flow is undefined', async () => {
    assert.equal(await store().get('flw_missing'), undefined);
  });

  test('update from the stored version writes everything with version + 1', async () => {
    const f = sampleFlow();
    await store().create(f);
    const next: FlowRecord = {
      ...f,
      step: 'second_factor',
      state: { email: 'a@example.com', sent: true },
      expiresAt: T0 + 1,
      completedAt: T0 + 2,
    };
    assert.equal(await store().update(next), true);
    assert.deepEqual(await store().get(f.id), { ...next, version: f.version + 1 });
    const again = { ...next, version: f.version + 1, step: 'done' as const };
    assert.equal(await store().update(again), true);
    assert.equal((await store().get(f.id))?.version, f.version + 2);
  });

  test('update from a stale version loses and changes nothing', async () => {
    const f = sampleFlow();
    await store().create(f);
    assert.equal(await store().update({ ...f, step: 'second_factor' }), true);
    assert.equal(await store().update({ ...f, step: 'details', state: { stale: true } }), false);
    assert.deepEqual(await store().get(f.id), { ...f, step: 'second_factor', version: 1 });
  });

  test('update of an unknown flow is false', async () => {
    assert.equal(await store().update(sampleFlow({ id: 'flw_missing' })), false);
    assert.equal(await store().get('flw_missing'), undefined);
  });

  test('20 concurrent updates from the same version: exactly one wins and its write is the one stored', async () => {
    const f = sampleFlow({ version: 4 });
    await store().create(f);
    const results = await together(20, (i) => store().update({ ...f, state: { writer: i } }));
    assert.equal(countTrue(results), 1);
    const winner = results.indexOf(true);
    assert.deepEqual(await store().get(f.id), { ...f, state: { writer: winner }, version: 5 });
  });

  test('deleteExpired removes flows that expired before the time and reports how many', async () => {
    const old1 = sampleFlow({ expiresAt: T0 - 2 });
    const old2 = sampleFlow({ expiresAt: T0 - 1, completedAt: T0 - 5 });
    const live1 = sampleFlow({ expiresAt: T0 + 1 });
    const live2 = sampleFlow({ expiresAt: T0 + 60_000 });
    for (const f of [old1, old2, live1, live2]) await store().create(f);
    assert.equal(await store().deleteExpired(T0), 2);
    assert.equal(await store().get(old1.id), undefined);
    assert.equal(await store().get(old2.id), undefined);
    assert.deepEqual(await store().get(live1.id), live1);
    assert.deepEqual(await store().get(live2.id), live2);
    assert.equal(await store().deleteExpired(T0), 0);
  });
}

for (const kind of databaseKinds()) {
  describe(`FlowStore on ${kind}`, () => {
    const open = useStores(kind);
    flowStoreContract(() => open().stores.flows);
  });
}
