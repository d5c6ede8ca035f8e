// /admin/v1 lookups of one thing on every database: a plan, a code batch, a device, a token and a statement version
// answer 200 with what the list shows, and 404 with a catalog code for what does not exist.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { connectApp, signUp } from '../support/journey.js';
import { admin, ensurePlan, operatorToken } from './admin-support.js';

const PASSWORD = 'lantern-harbour-42';

for (const db of databaseKinds()) {
  describe(`operator API: one of each (${db})`, () => {
    let s: TestServer;
    let token: string;
    before(async () => {
      s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
      token = await operatorToken(s, ['plans:read', 'codes:write', 'devices:read', 'tokens:read', 'statements:write']);
      await ensurePlan(s);
    });
    after(async () => {
      await s.close();
    });

    const get = (url: string) => admin(s, token, 'GET', url);

    test('a plan and a code batch', async () => {
      const plan = await get('/admin/v1/plans/pro');
      assert.equal(plan.status, 200, plan.raw);
      assert.equal(plan.body.plan.deviceLimit, 2);
      assert.equal((await get('/admin/v1/plans/gold')).body.error.code, 'PLAN_NOT_FOUND');
      const minted = await admin(s, token, 'POST', '/admin/v1/code-batches', { planId: 'pro', count: 2 });
      const batch = await get(`/admin/v1/code-batches/${minted.body.batch.id}`);
      assert.equal(batch.status, 200, batch.raw);
      assert.deepEqual(batch.body.batch, minted.body.batch);
      const missing = await get('/admin/v1/code-batches/bat_nobody');
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'NOT_FOUND');
    });

    test("a device of the account (another account's device is not found through this one)", async () => {
      const email = `gets@${db}.example`;
      const { accountId } = await signUp(s, { email, password: PASSWORD });
      const { accountId: otherId } = await signUp(s, { email: `gets2@${db}.example`, password: PASSWORD });
      const connected = await connectApp(s, { email, password: PASSWORD });
      const deviceId = connected.body.result!.device!.id as string;
      const found = await get(`/admin/v1/accounts/${accountId}/devices/${deviceId}`);
      assert.equal(found.status, 200, found.raw);
      assert.equal(found.body.device.id, deviceId);
      assert.equal(found.body.device.apps.length, 1);
      assert.equal((await get(`/admin/v1/accounts/${otherId}/devices/${deviceId}`)).status, 404);
    });

    test('a token (never its secret) and a statement version in every locale', async () => {
      const [listed] = (await s.tessera.operatorTokens.list()).filter((t) => t.scopes.includes('tokens:read'));
      const one = await get(`/admin/v1/tokens/${listed!.id}`);
      assert.equal(one.status, 200, one.raw);
      assert.equal(one.body.token.id, listed!.id);
      assert.doesNotMatch(one.raw, /tsk_|hash/i);
      assert.equal((await get('/admin/v1/tokens/opt_nobody')).status, 404);
      for (const locale of ['en', 'vi'])
        assert.equal(
          (
            await admin(s, token, 'POST', '/admin/v1/statements', {
              region: 'SG',
              locale,
              title: `Data ${locale}`,
              body: 'What we keep.',
              version: 1,
            })
          ).status,
          201,
        );
      const version = await get('/admin/v1/statements/SG/1');
      assert.equal(version.status, 200, version.raw);
      assert.deepEqual(version.body.items.map((x: { locale: string }) => x.locale).sort(), ['en', 'vi']);
      assert.equal((await get('/admin/v1/statements/SG/2')).status, 404);
      assert.equal((await get('/admin/v1/statements/sg/1')).status, 400);
    });
  });
}
