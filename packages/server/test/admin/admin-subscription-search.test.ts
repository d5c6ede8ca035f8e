// /admin/v1/subscriptions on every database: every subscription filtered by owner, plan, status and source in
// cursor pages, and one subscription's seats with the devices holding them; bad filters and cursors are 400.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { connectApp, signUp } from '../support/journey.js';
import { admin, ensurePlan, operatorToken } from './admin-support.js';

const PASSWORD = 'lantern-harbour-42';
const DAY = 86_400_000;

for (const db of databaseKinds()) {
  describe(`operator API: subscription search and seats (${db})`, () => {
    let s: TestServer;
    let token: string;
    before(async () => {
      s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
      token = await operatorToken(s, ['subscriptions:write']);
      await ensurePlan(s);
    });
    after(async () => {
      await s.close();
    });

    test('filters by owner, plan, status and source; pages follow next_cursor to the end', async () => {
      const { accountId } = await signUp(s, { email: `search@${db}.example`, password: PASSWORD });
      const grant = (body: object) => admin(s, token, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, body);
      const short = (await grant({ planId: 'pro', termDays: 1 })).body.subscription.id as string;
      const revoked = (await grant({ planId: 'pro' })).body.subscription.id as string;
      const live = (await grant({ planId: 'pro', termDays: 0 })).body.subscription.id as string;
      assert.equal((await admin(s, token, 'POST', `/admin/v1/subscriptions/${revoked}/revoke`)).status, 200);
      s.clock.advance(2 * DAY);
      const ids = async (query: string) => {
        const r = await admin(s, token, 'GET', `/admin/v1/subscriptions?accountId=${accountId}&${query}`);
        assert.equal(r.status, 200, r.raw);
        return (r.body.items as Array<{ id: string }>).map((x) => x.id).sort();
      };
      assert.deepEqual(await ids(''), [short, revoked, live].sort());
      assert.deepEqual(await ids('status=active'), [live]);
      assert.deepEqual(await ids('status=expired'), [short]);
      assert.deepEqual(await ids('status=revoked'), [revoked]);
      assert.deepEqual(await ids('source=admin&planId=pro'), [short, revoked, live].sort());
      assert.deepEqual(await ids('source=activation_code'), []);

      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r: { body: any } = await admin(
          s,
          token,
          'GET',
          `/admin/v1/subscriptions?accountId=${accountId}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        assert.ok(r.body.items.length <= 1);
        seen.push(...r.body.items.map((x: { id: string }) => x.id));
        cursor = r.body.next_cursor;
      } while (cursor);
      assert.deepEqual(seen, [short, revoked, live].sort(), 'every one once, in id order');

      for (const query of ['status=ended', 'source=code', 'limit=0', 'limit=101', 'cursor=%25%25', 'extra=1'])
        assert.equal((await admin(s, token, 'GET', `/admin/v1/subscriptions?${query}`)).status, 400, query);
    });

    test('seats list the devices holding them; an unknown subscription is 404', async () => {
      const email = `seats@${db}.example`;
      const { accountId } = await signUp(s, { email, password: PASSWORD });
      const granted = await admin(s, token, 'POST', `/admin/v1/accounts/${accountId}/subscriptions`, { planId: 'pro' });
      const id = granted.body.subscription.id as string;
      const connected = await connectApp(s, { email, password: PASSWORD });
      const deviceId = connected.body.result!.device!.id as string;
      const seats = await admin(s, token, 'GET', `/admin/v1/subscriptions/${id}/seats`);
      assert.equal(seats.status, 200, seats.raw);
      assert.deepEqual(
        seats.body.items.map((x: { deviceId: string; accountId: string }) => [x.deviceId, x.accountId]),
        [[deviceId, accountId]],
      );
      const unknown = await admin(s, token, 'GET', '/admin/v1/subscriptions/sub_nobody/seats');
      assert.equal(unknown.status, 404);
      assert.equal(unknown.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    });
  });
}
