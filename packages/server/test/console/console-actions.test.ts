// Console actions in-process: the support case (a customer found by a mistyped activation code, the phone reset, a
// device slot freed), subscriptions granted, extended and revoked, disable/enable, sign out, delete; each through
// the same services as /admin/v1, refused without the role's scope or a CSRF token, and audited with the operator.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, connectApp } from '../support/journey.js';
import { ensurePlan } from '../admin/admin-support.js';
import { mintCodes } from '../licensing/licensing-support.js';
import {
  act,
  formFields,
  makeOperator,
  nextCode,
  openConsole,
  PASSWORD,
  textOf,
  type Operator,
} from './console-support.js';

/** The code as a customer reads it down the phone: lower case, spaces, and one character misheard. */
function misread(code: string): string {
  const chars = code.replace(/-/g, '').split('');
  chars[7] = chars[7] === 'A' ? 'C' : 'A';
  return chars
    .join('')
    .toLowerCase()
    .replace(/(.{5})/g, '$1 ')
    .trim();
}

describe('console actions', () => {
  let s: TestServer;
  let support: Operator;
  let licensing: Operator;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { webhooks: { worker: false } } });
    await ensurePlan(s);
    support = await makeOperator(s, 'support@desk.example', 'support');
    licensing = await makeOperator(s, 'licensing@desk.example', 'licensing');
  });
  after(async () => {
    await s.close();
  });

  test('the support case: a mistyped code finds the customer, the phone is reset, a device slot is freed', async () => {
    const customer = await makeOperator(s, 'lan@customer.example', undefined, { totp: false });
    const { codes } = await mintCodes(s, 'pro', 3);
    const redeemed = await s.tessera.licensing.redeem({
      accountId: customer.accountId,
      input: codes[0]!,
      ip: '127.0.0.1',
    });
    assert.ok(redeemed.ok);
    for (const name of ['Lan laptop', 'Lan phone'])
      assert.equal(
        (await connectApp(s, { email: customer.email, password: PASSWORD, device: { name, platform: 'linux' } })).body
          .step,
        'done',
      );

    // The phone comes last: with it, connecting would ask for a second factor.
    await addPhone(s, customer.token, '+84901234567', PASSWORD);
    const client = await openConsole(s, support);
    const found = await client.get(`/console?q=${encodeURIComponent(misread(codes[0]!))}`);
    assert.equal(found.status, 200);
    assert.match(textOf(found), /lan@customer\.example/);
    assert.match(textOf(found), /one character differs/);
    const free = await client.get(`/console?q=${encodeURIComponent(codes[1]!.toLowerCase())}`);
    assert.match(textOf(free), /exists but nobody redeemed it/);

    const path = `/console/accounts/${customer.accountId}`;
    const page = await client.get(path);
    assert.equal(page.status, 200);
    assert.match(textOf(page), /\+84901234567/);
    assert.match(textOf(page), /Lan laptop/);
    assert.match(textOf(page), /2 of 2 (Lan laptop, Lan phone|Lan phone, Lan laptop) /, 'both seats held, and by whom');

    const reset = await act(client, page, `${path}/reset-factors`);
    assert.equal(reset.posted.status, 303);
    assert.match(textOf(reset.page), /The phone and authenticator were removed/);
    const after = (await s.tessera.services.accounts.get(customer.accountId))!;
    assert.equal(after.phoneE164, null);

    const devices = await s.tessera.services.devices.list(customer.accountId);
    const laptop = devices.find((d) => d.name === 'Lan laptop')!;
    const freed = await act(client, reset.page, `${path}/devices/${laptop.id}/disconnect`);
    assert.match(textOf(freed.page), /its seats are free/);
    const [sub] = await s.tessera.services.licensing.listForAccount(customer.accountId);
    assert.equal(sub!.seatsUsed, 1, 'the laptop’s seat is free for a new device');

    // Every action is audited with the operator who did it.
    const audited = await s.tessera.services.operator.events.search({ type: 'console.request' }, { limit: 50 });
    const mine = audited.filter((e) => e.details.operatorAccountId === support.accountId);
    assert.ok(
      mine.some((e) => e.details.method === 'GET' && e.details.route === '/console/accounts/:accountId'),
      'looking at a customer is audited too',
    );
    assert.ok(
      mine.some((e) => e.details.route === '/console/accounts/:accountId/reset-factors' && e.details.status === 303),
    );
    assert.ok(
      mine.every((e) => e.details.targetAccountId === customer.accountId || e.details.targetAccountId === undefined),
    );
    const trail = await s.tessera.services.audit.recent(customer.accountId, 20);
    const resetEvent = trail.find((e) => e.type === 'second_factors.reset');
    assert.equal(resetEvent?.details.operatorTokenId, `console:${support.accountId}`);
  });

  test('destructive actions need a proof from the last five minutes', async () => {
    const customer = await makeOperator(s, 'fresh@customer.example', undefined);
    const client = await openConsole(s, support);
    const path = `/console/accounts/${customer.accountId}`;
    const page = await client.get(path);
    s.clock.advance(6 * 60_000);
    const stale = await client.post(`${path}/disable`, formFields(page, `${path}/disable`));
    assert.equal(stale.status, 303);
    assert.equal(stale.location, `/console/confirm?next=${encodeURIComponent(path)}`);
    assert.equal((await s.tessera.services.accounts.get(customer.accountId))!.disabledAt, null, 'nothing was done');

    const confirm = await client.get(stale.location!);
    const confirmed = await client.submit(confirm, '/console/confirm', {
      password: PASSWORD,
      code: nextCode(s, support),
    });
    assert.equal(confirmed.location, path);
    const disabled = await act(client, await client.get(path), `${path}/disable`);
    assert.match(textOf(disabled.page), /The account is disabled/);
    const enabled = await act(client, disabled.page, `${path}/enable`);
    assert.match(textOf(enabled.page), /enabled again/);
    const signedOut = await act(client, enabled.page, `${path}/sign-out-everywhere`);
    assert.match(textOf(signedOut.page), /sessions ended/);
    const recovery = await act(client, signedOut.page, `${path}/start-recovery`);
    assert.match(textOf(recovery.page), /password reset link is on its way/);
    const trail = await s.tessera.services.audit.recent(customer.accountId, 30);
    assert.ok(trail.some((e) => e.type === 'recovery.started_by_operator'));
    const deleted = await act(client, recovery.page, `${path}/delete`);
    assert.match(textOf(deleted.page), /will be deleted on/);
    const kept = await act(client, deleted.page, `${path}/cancel-deletion`);
    assert.match(textOf(kept.page), /deletion was cancelled/);
  });

  test('licensing grants, extends and revokes; support may not, and the refusal names the roles that may', async () => {
    const customer = await makeOperator(s, 'buyer@customer.example', undefined, { totp: false });
    const path = `/console/accounts/${customer.accountId}`;
    const desk = await openConsole(s, licensing);
    const page = await desk.get(path);
    assert.doesNotMatch(page.body, /reset-factors/, 'licensing is offered no account actions');
    const granted = await act(desk, page, `${path}/subscriptions`, { planId: 'pro', termDays: '30' });
    assert.match(textOf(granted.page), /A pro subscription was granted/);
    const [sub] = await s.tessera.services.licensing.listForAccount(customer.accountId);
    const subPath = `${path}/subscriptions/${sub!.subscription.id}`;
    const extended = await act(desk, granted.page, `${subPath}/extend`, { days: '10' });
    assert.match(textOf(extended.page), /now ends on/);
    const badDays = await act(desk, extended.page, `${subPath}/extend`, { days: '-3' });
    assert.match(textOf(badDays.page), /Check what you entered/);
    const revoked = await act(desk, badDays.page, `${subPath}/revoke`);
    assert.match(textOf(revoked.page), /The subscription was revoked/);

    // The licensing desk may not reset factors; support may not grant: each refusal names the roles that may.
    const refusedReset = await desk.post(`${path}/reset-factors`, formFields(page, `${path}/subscriptions`));
    assert.equal(refusedReset.status, 403);
    assert.match(textOf(refusedReset), /This needs the support or admin role\. Your role is licensing\./);
    const helpdesk = await openConsole(s, support);
    const supportPage = await helpdesk.get(path);
    assert.doesNotMatch(supportPage.body, /action="[^"]*\/subscriptions"/, 'support is offered no grant form');
    const csrf = formFields(supportPage, '/console/sign-out')._csrf!;
    const refusedGrant = await helpdesk.post(`${path}/subscriptions`, { _csrf: csrf, planId: 'pro' });
    assert.equal(refusedGrant.status, 403);
    assert.match(textOf(refusedGrant), /This needs the licensing or admin role\. Your role is support\./);
    assert.equal((await s.tessera.services.licensing.listForAccount(customer.accountId)).length, 1, 'nothing granted');
  });

  test('a form without this browser’s CSRF token, or not a form, changes nothing', async () => {
    const customer = await makeOperator(s, 'csrf@customer.example', undefined);
    const path = `/console/accounts/${customer.accountId}`;
    const client = await openConsole(s, support);
    const missing = await client.post(`${path}/enable`, {});
    assert.equal(missing.status, 403);
    assert.match(textOf(missing), /This form has expired/);
    const forged = await client.post(`${path}/sign-out-everywhere`, { _csrf: 'x'.repeat(43) });
    assert.equal(forged.status, 403);
    const json = await client.request('POST', `${path}/sign-out-everywhere`, '{}', 'application/json');
    assert.equal(json.status, 415);
    assert.ok(
      (await s.tessera.services.sessions.list(customer.accountId)).length > 0,
      'the customer is still signed in',
    );
  });

  test('what customers typed is escaped: device names in search results and on the account page', async () => {
    const customer = await makeOperator(s, 'mallory@customer.example', undefined, { totp: false });
    const name = '<img src=x onerror=alert(1)>"&';
    await connectApp(s, { email: customer.email, password: PASSWORD, device: { name, platform: 'linux' } });
    const client = await openConsole(s, support);
    const found = await client.get(`/console?q=${encodeURIComponent('<img')}`);
    assert.match(textOf(found), /mallory@customer\.example/);
    assert.doesNotMatch(found.body, /<img src=x/);
    assert.match(found.body, /&lt;img src=x onerror=alert\(1\)>&quot;&amp;/);
    const page = await client.get(`/console/accounts/${customer.accountId}`);
    assert.doesNotMatch(page.body, /<img src=x/);
    const unknown = await client.get('/console/accounts/acc_nobody');
    assert.equal(unknown.status, 404);
    const weird = await client.get('/console/accounts/%3Cscript%3E');
    assert.equal(weird.status, 404);
    assert.doesNotMatch(weird.body, /<script>/);
  });

  test('the pages come in Vietnamese', async () => {
    const client = await openConsole(s, support, { acceptLanguage: 'vi' });
    const home = await client.get('/console');
    assert.match(home.body, /<html lang="vi"/);
    assert.match(textOf(home), /Tìm khách hàng/);
    const english = await client.get('/console?lang=en');
    assert.match(textOf(english), /Find a customer/);
  });
});
