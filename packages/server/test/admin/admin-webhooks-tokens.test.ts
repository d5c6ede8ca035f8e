// /admin/v1 tokens and webhooks over HTTP, on the existing domain: list and revoke tokens (a revoked one is refused at
// once), endpoints created with the secret once, URL policy refusals, delivery log, redelivery, enable, delete.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { signUp } from '../support/journey.js';
import { admin, operatorToken } from './admin-support.js';

describe('operator API: tokens and webhooks', () => {
  let s: TestServer;
  let token: string;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
    token = await operatorToken(s, ['tokens:write', 'webhooks:write'], 'ops');
  });
  after(async () => {
    await s.close();
  });

  test('tokens: listed without secrets; a revoked token is refused from its next call', async () => {
    const victim = await operatorToken(s, ['plans:read'], 'leaked');
    assert.equal((await admin(s, victim, 'GET', '/admin/v1/plans')).status, 200);
    const listed = await admin(s, token, 'GET', '/admin/v1/tokens');
    assert.ok(!listed.raw.includes(victim.slice(4)));
    const id = listed.body.items.find((t: { name: string }) => t.name === 'leaked').id as string;
    const revoked = await admin(s, token, 'POST', `/admin/v1/tokens/${id}/revoke`);
    assert.equal(revoked.status, 200, revoked.raw);
    assert.equal(typeof revoked.body.token.revokedAt, 'string');
    assert.equal((await admin(s, victim, 'GET', '/admin/v1/plans')).status, 401);
    assert.equal((await admin(s, token, 'POST', `/admin/v1/tokens/${id}/revoke`)).status, 409);
    assert.equal((await admin(s, token, 'POST', '/admin/v1/tokens/opt_nobody/revoke')).status, 404);
    const live = await admin(s, token, 'GET', '/admin/v1/tokens?live=true');
    assert.ok(live.body.items.every((t: { revokedAt: string | null }) => t.revokedAt === null));
  });

  test('webhooks: create (secret once), refusals, deliveries, redeliver, enable, delete', async () => {
    const created = await admin(s, token, 'POST', '/admin/v1/webhooks/endpoints', {
      url: 'https://crm.example.com/hooks',
      eventTypes: ['account.created', 'subscription.revoked'],
    });
    assert.equal(created.status, 201, created.raw);
    assert.match(created.body.secret, /^whsec_/);
    const id = created.body.endpoint.id as string;
    const got = await admin(s, token, 'GET', `/admin/v1/webhooks/endpoints/${id}`);
    assert.ok(!got.raw.includes(created.body.secret));
    for (const body of [
      { url: 'file:///etc/passwd', eventTypes: ['account.created'] },
      { url: 'https://user:pw@crm.example.com/', eventTypes: ['account.created'] },
      { url: 'http://127.0.0.1/hook', eventTypes: ['account.created'] },
      { url: 'https://crm.example.com/', eventTypes: ['no.such'] },
      { url: 'https://crm.example.com/', eventTypes: [] },
    ]) {
      const r = await admin(s, token, 'POST', '/admin/v1/webhooks/endpoints', body);
      assert.equal(r.status, 400, `${JSON.stringify(body)}: ${r.raw}`);
      assert.equal(r.body.error.code, 'VALIDATION_FAILED');
    }
    await signUp(s, { email: 'hooked@example.com', password: 'lantern-harbour-42' });
    const deliveries = await admin(s, token, 'GET', `/admin/v1/webhooks/endpoints/${id}/deliveries`);
    assert.equal(deliveries.status, 200, deliveries.raw);
    assert.equal(deliveries.body.items.length, 1);
    assert.equal(deliveries.body.items[0].eventType, 'account.created');
    const redelivered = await admin(
      s,
      token,
      'POST',
      `/admin/v1/webhooks/deliveries/${deliveries.body.items[0].id}/redeliver`,
    );
    assert.equal(redelivered.status, 201, redelivered.raw);
    assert.equal(redelivered.body.delivery.eventId, deliveries.body.items[0].eventId);
    assert.equal((await admin(s, token, 'POST', '/admin/v1/webhooks/deliveries/dlv_nobody/redeliver')).status, 404);
    const enabled = await admin(s, token, 'POST', `/admin/v1/webhooks/endpoints/${id}/enable`);
    assert.ok([200, 409].includes(enabled.status), enabled.raw);
    assert.deepEqual((await admin(s, token, 'DELETE', `/admin/v1/webhooks/endpoints/${id}`)).body, { deleted: true });
    assert.equal((await admin(s, token, 'GET', `/admin/v1/webhooks/endpoints/${id}`)).status, 404);
    assert.equal((await admin(s, token, 'DELETE', `/admin/v1/webhooks/endpoints/${id}`)).status, 404);
  });
});
