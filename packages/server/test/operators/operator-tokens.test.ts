// Operator API tokens on every database: created with scopes and shown once, stored as keyed hashes, authenticated,
// refused alike when wrong or revoked, last use recorded at most once a minute, scopes checked, every change audited.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { databaseKinds } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { hasScope, parseScopes, requireScope, OPERATOR_SCOPES } from '../../src/operators/index.js';

for (const db of databaseKinds()) {
  describe(`operator tokens (${db})`, () => {
    let s: TestServer;
    before(async () => {
      s = await startTestServer({ db, overrides: { webhooks: { worker: false } } });
    });
    after(async () => {
      await s.close();
    });
    const tokens = () => s.tessera.operatorTokens;

    test('created with a name and scopes, the token is shown once and only its keyed hash is stored', async () => {
      const created = await tokens().create({ name: ' Web shop ', scopes: 'subscriptions:write, accounts:read' });
      assert.ok(created.ok);
      assert.match(created.token, /^tsk_[A-Za-z0-9_-]{43}$/);
      assert.equal(created.summary.name, 'Web shop');
      assert.deepEqual(created.summary.scopes, ['accounts:read', 'subscriptions:write']);
      const row = await s.tessera.database.db
        .selectFrom('operator_tokens')
        .selectAll()
        .where('id', '=', created.summary.id)
        .executeTakeFirstOrThrow();
      assert.notEqual(row.token_hash, created.token);
      assert.ok(!JSON.stringify(row).includes(created.token.slice(4)));
      const listed = await tokens().list();
      assert.ok(!JSON.stringify(listed).includes(created.token));
      assert.ok(listed.some((t) => t.id === created.summary.id));
    });

    test('bad names and scopes are refused with a reason, and nothing is stored', async () => {
      const before = (await tokens().list()).length;
      for (const [name, scopes] of [
        ['ok', 'accounts:read,accounts:delete'],
        ['ok', ''],
        ['', 'accounts:read'],
        ['x'.repeat(81), 'accounts:read'],
        ['ok', 'ACCOUNTS:READ'],
      ] as const) {
        const r = await tokens().create({ name, scopes });
        assert.equal(r.ok, false, `${name} ${scopes}`);
      }
      assert.equal((await tokens().list()).length, before);
    });

    test('authenticate: the right token gives its id and scopes; wrong, malformed and revoked ones the same refusal', async () => {
      const created = await tokens().create({ name: 'support', scopes: ['accounts:write', 'devices:read'] });
      assert.ok(created.ok);
      assert.deepEqual(await tokens().authenticate(created.token), {
        ok: true,
        tokenId: created.summary.id,
        name: 'support',
        scopes: ['accounts:write', 'devices:read'],
      });
      const refused = { ok: false, code: 'UNAUTHENTICATED' };
      const flipped = created.token.slice(0, -1) + (created.token.endsWith('A') ? 'B' : 'A');
      for (const wrong of [undefined, '', 'tsk_short', flipped, `tss_${created.token.slice(4)}`, `${created.token} `])
        assert.deepEqual(await tokens().authenticate(wrong), refused, String(wrong));
      const revoked = await tokens().revoke(created.summary.id);
      assert.ok(revoked.ok);
      assert.ok(revoked.summary.revokedAt !== null);
      assert.deepEqual(await tokens().authenticate(created.token), refused);
      // Revoking twice or an unknown id says so.
      assert.equal((await tokens().revoke(created.summary.id)).ok, false);
      assert.equal((await tokens().revoke('opt_unknown')).ok, false);
    });

    test('last use is recorded, at most once a minute', async () => {
      const created = await tokens().create({ name: 'cron', scopes: 'events:read' });
      assert.ok(created.ok);
      const lastUsed = async () => (await tokens().get(created.summary.id))!.lastUsedAt;
      assert.equal(await lastUsed(), null);
      const t0 = s.clock.now();
      await tokens().authenticate(created.token);
      assert.equal(await lastUsed(), t0);
      s.clock.advance(59_000);
      await tokens().authenticate(created.token);
      assert.equal(await lastUsed(), t0, 'not written again within the minute');
      s.clock.advance(1_000);
      await tokens().authenticate(created.token);
      assert.equal(await lastUsed(), t0 + 60_000);
    });

    test('creation and revocation are audited with the token id, never the token', async () => {
      const created = await tokens().create({ name: 'audited', scopes: 'keys:read' });
      assert.ok(created.ok);
      await tokens().revoke(created.summary.id);
      const rows = await s.tessera.database.db
        .selectFrom('audit_events')
        .select(['type', 'details', 'account_id'])
        .where('type', 'in', ['operator_token.created', 'operator_token.revoked'])
        .execute();
      const mine = rows.filter((r) => JSON.parse(r.details).tokenId === created.summary.id);
      assert.deepEqual(mine.map((r) => r.type).sort(), ['operator_token.created', 'operator_token.revoked']);
      assert.ok(mine.every((r) => r.account_id === null && !r.details.includes(created.token)));
    });
  });
}

test('scopes: a closed list; write includes read of the same resource, nothing else', () => {
  assert.equal(OPERATOR_SCOPES.length, 19);
  assert.ok(hasScope(['statements:write'], 'statements:read'));
  assert.ok(hasScope(['accounts:write'], 'accounts:read'));
  assert.ok(hasScope(['accounts:read'], 'accounts:read'));
  assert.ok(!hasScope(['accounts:read'], 'accounts:write'));
  assert.ok(!hasScope(['accounts:write'], 'devices:read'));
  assert.ok(!hasScope(['subscriptions:read'], 'statements:write'));
  assert.deepEqual(requireScope({ scopes: ['codes:read'] }, 'codes:write'), {
    ok: false,
    code: 'FORBIDDEN',
    context: { scope: 'codes:write' },
  });
  assert.deepEqual(requireScope({ scopes: ['codes:write'] }, 'codes:write'), { ok: true });
  assert.deepEqual(parseScopes('plans:read,plans:read , keys:write'), {
    ok: true,
    scopes: ['keys:write', 'plans:read'],
  });
  assert.equal(parseScopes('*').ok, false);
});
