// /admin/v1 audit events across accounts on every database: filters by type, account and time, keyset paging that
// sees each event once, and the NDJSON export of every matching event over more than one internal page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp } from '../support/journey.js';
import { admin, operatorToken } from './admin-support.js';

for (const db of databaseKinds()) {
  describe(`operator API: audit events (${db})`, () => {
    let s: TestServer;
    let token: string;
    let accounts: string[];
    let t0: number;
    before(async () => {
      s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
      token = await operatorToken(s, ['events:read']);
      t0 = s.clock.now();
      accounts = [];
      for (let i = 0; i < 3; i++) {
        accounts.push((await signUp(s, { email: `ev${i}@example.com`, password: 'lantern-harbour-42' })).accountId);
        s.clock.advance(60_000);
      }
      // Many events at one instant, so paging must order by id too, and the export needs several internal pages.
      const audit = s.tessera.services.operator.auditLog;
      for (let i = 0; i < 1_100; i++)
        await audit.record('password.confirmed', { accountId: accounts[1]!, details: { n: i } });
    });
    after(async () => {
      await s.close();
    });

    test('filters by type, account and time', async () => {
      const signUps = await admin(s, token, 'GET', '/admin/v1/events?type=sign_up.completed&limit=100');
      assert.equal(signUps.status, 200, signUps.raw);
      assert.deepEqual(
        signUps.body.items.map((e: { accountId: string }) => e.accountId),
        [...accounts].reverse(),
      );
      const one = await admin(s, token, 'GET', `/admin/v1/events?accountId=${accounts[0]}&limit=100`);
      assert.ok(one.body.items.length > 0);
      assert.ok(one.body.items.every((e: { accountId: string }) => e.accountId === accounts[0]));
      const from = new Date(t0 + 60_000).toISOString();
      const to = new Date(t0 + 120_000).toISOString();
      const window = await admin(s, token, 'GET', `/admin/v1/events?type=sign_up.completed&from=${from}&to=${to}`);
      assert.deepEqual(
        window.body.items.map((e: { accountId: string }) => e.accountId),
        [accounts[1]],
      );
      for (const q of ['from=yesterday', 'type=DROP%20TABLE', 'limit=1000', 'cursor=abc', 'accountId=a%27b'])
        assert.equal((await admin(s, token, 'GET', `/admin/v1/events?${q}`)).status, 400, q);
    });

    test('paging sees every event once, ties on time included', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r: { body: { items: Array<{ id: string }>; next_cursor: string | null } } = await admin(
          s,
          token,
          'GET',
          `/admin/v1/events?type=password.confirmed&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...r.body.items.map((e) => e.id));
        cursor = r.body.next_cursor;
      } while (cursor);
      assert.equal(seen.length, 1_100);
      assert.equal(new Set(seen).size, 1_100);
    });

    test('export streams every matching event as NDJSON', async () => {
      const r = await admin(s, token, 'GET', `/admin/v1/events/export?accountId=${accounts[1]}`);
      assert.equal(r.status, 200);
      assert.match(String(r.headers['content-type']), /^application\/x-ndjson/);
      const lines = r.raw
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { id: string; type: string });
      assert.equal(lines.filter((e) => e.type === 'password.confirmed').length, 1_100);
      assert.equal(new Set(lines.map((e) => e.id)).size, lines.length);
      const none = await admin(s, token, 'GET', '/admin/v1/events/export?type=no.such_type');
      assert.equal(none.raw, '');
      const refused = await admin(s, await operatorToken(s, ['accounts:read']), 'GET', '/admin/v1/events/export');
      assert.equal(refused.body.error.code, 'SCOPE_MISSING');
    });
  });
}
