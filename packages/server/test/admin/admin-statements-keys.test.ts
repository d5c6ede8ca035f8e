// /admin/v1 statements and signing keys: publish (then listed, bad bodies 400), list the JWKS and rotate (a new kid,
// the old one still published).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { admin, operatorToken } from './admin-support.js';

describe('operator API: statements and signing keys', () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
    token = await operatorToken(s, ['statements:write', 'keys:write']);
  });
  after(async () => {
    await s.close();
  });

  test('publish a statement, list it by region; bad bodies are 400', async () => {
    const r = await admin(s, token, 'POST', '/admin/v1/statements', {
      region: 'DE',
      locale: 'en',
      title: 'Your data',
      body: 'We keep what we must.',
    });
    assert.equal(r.status, 201, r.raw);
    assert.equal(r.body.statement.version, 1);
    const listed = await admin(s, token, 'GET', '/admin/v1/statements?region=DE');
    assert.equal(listed.body.items.length, 1);
    for (const bad of [
      { region: 'de', locale: 'en', title: 't', body: 'b' },
      { region: 'DE', locale: 'fr', title: 't', body: 'b' },
      { region: 'DE', locale: 'en', title: '', body: 'b' },
      { region: 'DE', locale: 'en', title: 't', body: 'b', version: 0 },
    ])
      assert.equal((await admin(s, token, 'POST', '/admin/v1/statements', bad)).status, 400, JSON.stringify(bad));
  });

  test('rotate gives a new kid; both keys stay published', async () => {
    const before = await admin(s, token, 'GET', '/admin/v1/signing-keys');
    assert.equal(before.status, 200, before.raw);
    const rotated = await admin(s, token, 'POST', '/admin/v1/signing-keys/rotate');
    assert.equal(rotated.status, 200, rotated.raw);
    const after = await admin(s, token, 'GET', '/admin/v1/signing-keys');
    const kids = after.body.keys.map((k: { kid: string }) => k.kid);
    assert.ok(kids.includes(rotated.body.kid));
    for (const k of before.body.keys) assert.ok(kids.includes(k.kid));
    assert.ok(!after.raw.includes('"d"'), 'no private part');
  });
});
