// The console's admin desk in-process: webhook endpoints (secret shown once), the delivery log with status and body,
// redelivery; operator API tokens (shown once, usable on /admin/v1, revoked); role refusals, CSRF, bad input.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import {
  act,
  formFields,
  makeOperator,
  openConsole,
  portalBrowser,
  textOf,
  type PortalClient,
} from './console-support.js';

let s: TestServer;
let admin: PortalClient;
let licensing: PortalClient;
let support: PortalClient;
let endUser: PortalClient;

before(async () => {
  s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
  admin = await openConsole(s, await makeOperator(s, 'hooks-admin@example.com', 'admin'));
  licensing = await openConsole(s, await makeOperator(s, 'hooks-licensing@example.com', 'licensing'));
  support = await openConsole(s, await makeOperator(s, 'hooks-support@example.com', 'support'));
  endUser = portalBrowser(s, await makeOperator(s, 'someone@example.com', undefined, { totp: false }));
});
after(async () => {
  await s?.close();
});

/** Posts a form whose fields repeat (checkboxes), as a browser sends it. */
function postMany(client: PortalClient, url: string, fields: Array<[string, string]>) {
  const body = new URLSearchParams();
  for (const [k, v] of fields) body.append(k, v);
  return client.request('POST', url, body.toString());
}

describe('webhooks', () => {
  let endpointId = '';

  test('add an endpoint: its secret is in that answer only; the list shows the endpoint', async () => {
    const page = await admin.get('/console/webhooks');
    assert.equal(page.status, 200);
    const csrf = formFields(page, '/console/webhooks')._csrf!;
    const created = await postMany(admin, '/console/webhooks', [
      ['_csrf', csrf],
      ['url', 'https://crm.example.com/hooks?<x>'],
      ['description', 'CRM <b>'],
      ['events', 'account.created'],
      ['events', 'code.redeemed'],
    ]);
    assert.equal(created.status, 201, textOf(created));
    const secret = /whsec_[A-Za-z0-9+/=_-]+/.exec(created.body)?.[0];
    assert.ok(secret);
    assert.match(created.body, /CRM &lt;b>/);
    const listed = await admin.get('/console/webhooks');
    // Plain text, not a pattern: a base64 secret holds '+' and '/'.
    assert.ok(!listed.body.includes(secret));
    assert.match(listed.body, /account\.created, code\.redeemed/);
    endpointId = (await s.tessera.services.operator.webhooks.list())[0]!.id;
  });

  test('bad endpoints get the form again with the reason: no events, a private address, not a URL', async () => {
    const page = await admin.get('/console/webhooks');
    const csrf = formFields(page, '/console/webhooks')._csrf!;
    for (const fields of [
      [['url', 'https://crm.example.com/']],
      [
        ['url', 'http://127.0.0.1/hook'],
        ['events', 'account.created'],
      ],
      [
        ['url', 'file:///etc/passwd'],
        ['events', 'account.created'],
      ],
      [
        ['url', 'https://crm.example.com/'],
        ['events', 'no.such'],
      ],
    ] as Array<Array<[string, string]>>) {
      const r = await postMany(admin, '/console/webhooks', [['_csrf', csrf], ...fields]);
      assert.equal(r.status, 400, JSON.stringify(fields));
      assert.match(r.body, /class="error-summary"/);
    }
  });

  test('the delivery log: status, filter, one delivery with its body, and sending it again', async () => {
    const buyer = await makeOperator(s, 'new-customer@example.com', undefined, { totp: false });
    const log = await admin.get(`/console/webhooks/${endpointId}`);
    assert.equal(log.status, 200);
    assert.match(textOf(log), /account\.created pending 0/);
    const filtered = await admin.get(`/console/webhooks/${endpointId}?status=delivered`);
    assert.doesNotMatch(textOf(filtered), /account\.created pending/);
    assert.equal((await admin.get(`/console/webhooks/${endpointId}?status=nonsense`)).status, 400);

    const queued = await s.tessera.services.operator.webhooks.deliveries(endpointId);
    assert.ok(queued.ok);
    const delivery = queued.deliveries[0];
    assert.ok(delivery);
    const detail = await admin.get(`/console/webhooks/${endpointId}/deliveries/${delivery.id}`);
    assert.equal(detail.status, 200);
    assert.match(textOf(detail), new RegExp(`"accountId": "${buyer.accountId}"`));
    const { posted, page: after } = await act(
      admin,
      detail,
      `/console/webhooks/${endpointId}/deliveries/${delivery.id}/redeliver`,
    );
    assert.equal(posted.status, 303);
    assert.match(textOf(after), /queued again as delivery dlv_/);
    assert.equal((await admin.get(`/console/webhooks/${endpointId}/deliveries/dlv_nope`)).status, 404);
    assert.equal((await admin.get(`/console/webhooks/whe_nope`)).status, 404);
  });

  test('support reads the webhooks but changes nothing; licensing has no webhooks role', async () => {
    const page = await support.get('/console/webhooks');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /action="\/console\/webhooks"/);
    const refused = await support.post(`/console/webhooks/${endpointId}/delete`, formFields(page, '/console/sign-out'));
    assert.equal(refused.status, 403);
    assert.match(textOf(refused), /needs the admin role/);
    const none = await licensing.get('/console/webhooks');
    assert.equal(none.status, 403);
    assert.match(textOf(none), /needs the (support or admin|admin or support|support, admin|admin) role/);
  });

  test('delete an endpoint (a destructive action, just after signing in)', async () => {
    const page = await admin.get('/console/webhooks');
    const { posted, page: after } = await act(admin, page, `/console/webhooks/${endpointId}/delete`);
    assert.equal(posted.status, 303);
    assert.match(textOf(after), /The endpoint was deleted/);
    assert.equal((await s.tessera.services.operator.webhooks.list()).length, 0);
  });
});

describe('tokens', () => {
  test('create a token: shown once, it works on /admin/v1 with its scopes; revoked, it works no more', async () => {
    const page = await admin.get('/console/tokens');
    assert.equal(page.status, 200);
    const csrf = formFields(page, '/console/tokens')._csrf!;
    const created = await postMany(admin, '/console/tokens', [
      ['_csrf', csrf],
      ['name', 'shop <b>'],
      ['scopes', 'codes:read'],
    ]);
    assert.equal(created.status, 201, textOf(created));
    const token = /tsk_[A-Za-z0-9_-]+/.exec(created.body)?.[0];
    assert.ok(token);
    assert.match(created.body, /shop &lt;b>/);
    const use = (t: string, url: string) =>
      s.tessera.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${t}` } });
    assert.equal((await use(token, '/admin/v1/code-batches')).statusCode, 200);
    assert.equal((await use(token, '/admin/v1/accounts')).statusCode, 403);

    const listed = await admin.get('/console/tokens');
    assert.ok(!listed.body.includes(token));
    // Each row's button names its token, escaped: "Revoke" alone would repeat down the table for a screen reader.
    assert.match(listed.body, /aria-label="Revoke the token shop &lt;b>"|aria-label="Revoke the token shop &lt;b&gt;"/);
    const id = (await s.tessera.operatorTokens.list()).find((t) => t.name === 'shop <b>')!.id;
    const { posted, page: after } = await act(admin, listed, `/console/tokens/${id}/revoke`);
    assert.equal(posted.status, 303);
    assert.match(textOf(after), /The token shop <b> no longer works/);
    assert.equal((await use(token, '/admin/v1/code-batches')).statusCode, 401);
  });

  test('a token needs a name and a known scope', async () => {
    const page = await admin.get('/console/tokens');
    const csrf = formFields(page, '/console/tokens')._csrf!;
    for (const fields of [
      [['name', 'no scopes']],
      [
        ['name', ''],
        ['scopes', 'codes:read'],
      ],
      [
        ['name', 'bad'],
        ['scopes', 'everything:write'],
      ],
    ] as Array<Array<[string, string]>>) {
      const r = await postMany(admin, '/console/tokens', [['_csrf', csrf], ...fields]);
      assert.equal(r.status, 400, JSON.stringify(fields));
    }
  });

  test('only admin manages tokens (support reads the list); refusals name the roles', async () => {
    const none = await licensing.get('/console/tokens');
    assert.equal(none.status, 403);
    assert.match(textOf(none), /needs the support or admin role/);
    const page = await support.get('/console/tokens');
    assert.equal(page.status, 200);
    assert.doesNotMatch(page.body, /action="\/console\/tokens"/);
    const refused = await support.post('/console/tokens', { ...formFields(page, '/console/sign-out'), name: 'x' });
    assert.equal(refused.status, 403);
    assert.match(textOf(refused), /needs the admin role/);
  });
});

describe('what every desk page holds to', () => {
  const pages = [
    '/console/overview',
    '/console/codes',
    '/console/plans',
    '/console/statements',
    '/console/webhooks',
    '/console/tokens',
  ];

  test('an end-user session alone reaches none of them (sent to the console sign-in)', async () => {
    for (const url of pages) {
      const r = await endUser.get(url);
      assert.equal(r.status, 303, url);
      assert.match(r.location ?? '', /^\/console\/sign-in/);
    }
  });

  test('a form without its CSRF token changes nothing', async () => {
    const r = await admin.post('/console/plans', { id: 'csrf-plan', name: 'X', devices: '1', members: '1', term: '1' });
    assert.equal(r.status, 403);
    assert.ok(!(await s.tessera.licensing.operator.listPlans()).some((p) => p.id === 'csrf-plan'));
  });

  test('every page has a CSP with no script and is never cached', async () => {
    for (const url of pages) {
      const r = await admin.get(url);
      assert.equal(r.status, 200, url);
      assert.match(String(r.headers['content-security-policy']), /script-src 'none'/);
      assert.equal(r.headers['cache-control'], 'no-store');
    }
  });
});
