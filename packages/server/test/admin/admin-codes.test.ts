// /admin/v1 plans and activation-code batches: create a plan (once), mint with the codes returned once, list with
// redeemed counts and paging, revoke (unredeemed codes stop working), bad bodies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { call, signUp } from '../support/journey.js';
import { admin, operatorToken } from './admin-support.js';

describe('operator API: plans and code batches', () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
    token = await operatorToken(s, ['codes:write', 'plans:write']);
  });
  after(async () => {
    await s.close();
  });

  const plan = { id: 'studio', name: 'Studio', deviceLimit: 3, memberLimit: 1, termDays: 90, features: ['export'] };

  test('a plan is created once; a second create is 409 OPERATION_REFUSED; bad plans 400', async () => {
    const r = await admin(s, token, 'POST', '/admin/v1/plans', plan);
    assert.equal(r.status, 201, r.raw);
    assert.deepEqual(r.body.plan, plan);
    const again = await admin(s, token, 'POST', '/admin/v1/plans', plan);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'OPERATION_REFUSED');
    assert.match(again.body.error.details.problem, /exists/);
    for (const bad of [
      { ...plan, id: 'Bad Id' },
      { ...plan, deviceLimit: 0 },
      { ...plan, features: 'export' },
      { ...plan, extra: 1 },
      { id: 'x' },
    ])
      assert.equal((await admin(s, token, 'POST', '/admin/v1/plans', bad)).status, 400, JSON.stringify(bad));
  });

  test('mint returns the codes once; redeemed counts show in the list; revoke stops the rest', async () => {
    const minted = await admin(s, token, 'POST', '/admin/v1/code-batches', { planId: 'studio', count: 3 });
    assert.equal(minted.status, 201, minted.raw);
    assert.equal(minted.body.codes.length, 3);
    const batchId = minted.body.batch.id as string;
    const { token: session } = await signUp(s, { email: 'buyer@example.com', password: 'lantern-harbour-42' });
    const redeemed = await call(
      s,
      'POST',
      '/v1/subscriptions/redeem',
      { code: minted.body.codes[0] },
      { token: session },
    );
    assert.equal(redeemed.status, 201, JSON.stringify(redeemed.body));
    const listed = await admin(s, token, 'GET', '/admin/v1/code-batches?planId=studio');
    assert.equal(listed.body.items[0].id, batchId);
    assert.equal(listed.body.items[0].redeemed, 1);
    assert.ok(!JSON.stringify(listed.body).includes(minted.body.codes[1]), 'codes are never listed');
    const revoked = await admin(s, token, 'POST', `/admin/v1/code-batches/${batchId}/revoke`);
    assert.deepEqual(revoked.body, { redeemed: 1 });
    const late = await call(s, 'POST', '/v1/subscriptions/redeem', { code: minted.body.codes[1] }, { token: session });
    assert.equal(late.body.error?.code, 'ACTIVATION_CODE_INVALID');
    assert.equal((await admin(s, token, 'POST', '/admin/v1/code-batches/bat_nobody/revoke')).status, 404);
  });

  test('batches page with an opaque cursor; mint refusals', async () => {
    for (let i = 0; i < 3; i++) await admin(s, token, 'POST', '/admin/v1/code-batches', { planId: 'studio', count: 1 });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const r: { body: { items: Array<{ id: string }>; next_cursor: string | null } } = await admin(
        s,
        token,
        'GET',
        `/admin/v1/code-batches?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...r.body.items.map((b) => b.id));
      cursor = r.body.next_cursor;
    } while (cursor);
    assert.equal(seen.length, 4);
    assert.equal(new Set(seen).size, 4);
    const noPlan = await admin(s, token, 'POST', '/admin/v1/code-batches', { planId: 'gold', count: 1 });
    assert.equal(noPlan.body.error.code, 'PLAN_NOT_FOUND');
    for (const bad of [{ planId: 'studio' }, { planId: 'studio', count: 0 }, { planId: 'studio', count: 10_001 }])
      assert.equal((await admin(s, token, 'POST', '/admin/v1/code-batches', bad)).status, 400);
    const stale = await admin(
      s,
      token,
      'GET',
      `/admin/v1/code-batches?cursor=${Buffer.from('{"k":"bat_gone"}').toString('base64url')}`,
    );
    assert.equal(stale.status, 400);
  });
});
