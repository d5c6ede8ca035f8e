// The admin CLI's support commands in-process, on the same services as /admin/v1: `users list` (search, paging,
// --json printing the API's body), `accounts recovery` and `subscriptions transfer` (audited as the CLI), refusals.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { supportAdmin, type SupportAdminValues } from '../../src/cli/admin-support.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { outboxCount } from '../support/journey.js';
import { createAccounts } from '../licensing/licensing-support.js';
import { admin, ensurePlan, operatorToken } from './admin-support.js';

describe('admin CLI: users list, accounts recovery, subscriptions transfer', () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
    token = await operatorToken(s, ['accounts:read', 'subscriptions:read']);
    await ensurePlan(s);
  });
  after(async () => {
    await s.close();
  });

  async function run(args: string[], values: SupportAdminValues) {
    const lines: string[] = [];
    const problems: string[] = [];
    const code = await supportAdmin(
      s.tessera,
      args,
      values,
      (t) => lines.push(t),
      (m) => (problems.push(m), 2),
      () => undefined,
    );
    return { code, out: lines.join('\n'), problems };
  }

  test('users list --json prints the body of GET /admin/v1/accounts, page by page', async () => {
    const ids = await createAccounts(s, 3);
    const api = await admin(s, token, 'GET', '/admin/v1/accounts?limit=2');
    const cli = await run(['users', 'list'], { limit: '2', json: true });
    assert.equal(cli.code, 0);
    assert.deepEqual(JSON.parse(cli.out), api.body);
    const next = await run(['users', 'list'], { limit: '2', cursor: api.body.next_cursor, json: true });
    const apiNext = await admin(s, token, 'GET', `/admin/v1/accounts?limit=2&cursor=${api.body.next_cursor}`);
    assert.deepEqual(JSON.parse(next.out), apiNext.body);
    const byId = await run(['users', 'list'], { search: ids[1], json: true });
    assert.deepEqual(
      JSON.parse(byId.out).items.map((a: { id: string }) => a.id),
      [ids[1]],
    );
    const byEmail = await run(['users', 'list'], { search: ` ${ids[2]}@EXAMPLE.vn`, json: true });
    assert.deepEqual(
      JSON.parse(byEmail.out).items.map((a: { id: string }) => a.id),
      [ids[2]],
    );
    for (const values of [{ limit: '0' }, { limit: 'ten' }, { cursor: 'nope' }]) {
      const bad = await run(['users', 'list'], values);
      assert.equal(bad.code, 2, JSON.stringify(values));
    }
  });

  test('accounts recovery emails the account and is audited as the CLI; an unknown id is refused', async () => {
    const [accountId] = await createAccounts(s, 1);
    const email = `${accountId}@example.vn`;
    const before = await outboxCount(s, email);
    const r = await run(['accounts', 'recovery'], { id: accountId, json: true });
    assert.equal(r.code, 0, r.problems.join());
    assert.deepEqual(JSON.parse(r.out), { accepted: true });
    assert.equal(await outboxCount(s, email), before + 1);
    const audit = await s.tessera.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('account_id', '=', accountId!)
      .where('type', '=', 'recovery.started_by_operator')
      .executeTakeFirstOrThrow();
    const details = typeof audit.details === 'string' ? JSON.parse(audit.details) : audit.details;
    assert.equal(details.operatorTokenId, 'cli');
    assert.equal((await run(['accounts', 'recovery'], { id: 'acc_nobody' })).code, 2);
    assert.equal((await run(['accounts', 'recovery'], {})).code, 2);
  });

  test('subscriptions transfer prints the API body; refusals are named', async () => {
    const [from, to] = await createAccounts(s, 2);
    const granted = await s.tessera.licensing.operator.grant({ accountId: from!, planId: 'pro' });
    assert.ok(granted.ok);
    const id = granted.subscription.id;
    const r = await run(['subscriptions', 'transfer'], { id, to, json: true });
    assert.equal(r.code, 0, r.problems.join());
    const body = JSON.parse(r.out);
    assert.equal(body.subscription.ownerAccountId, to);
    assert.equal(body.fromAccountId, from);
    assert.deepEqual(body.freedDeviceIds, []);
    const again = await run(['subscriptions', 'transfer'], { id, to });
    assert.equal(again.code, 2);
    assert.match(again.problems[0]!, /owned by that account already/);
    assert.match((await run(['subscriptions', 'transfer'], { id: 'sub_nobody', to })).problems[0]!, /No subscription/);
    assert.match((await run(['subscriptions', 'transfer'], { id, to: 'acc_nobody' })).problems[0]!, /No account/);
    assert.equal((await run(['subscriptions', 'transfer'], { id })).code, 2);
    assert.equal(await run(['something', 'else'], {}).then((x) => x.code), undefined);
  });
});
