// Account pages under bad input: a tab signed out elsewhere, double submissions, forged invitations, odd names,
// wrong passwords: clear answers, and nothing changed twice.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { connectApp, signUp } from '../support/journey.js';
import { formFields, PortalClient, portalSignUp, textOf } from './portal-client.js';

const PASSWORD = 'lantern-harbour-42';

async function signedIn(s: TestServer, email: string): Promise<PortalClient> {
  const browser = new PortalClient(s);
  await portalSignUp(s, browser, email, PASSWORD);
  return browser;
}

describe('portal account pages under bad input', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite' });
  });
  after(async () => {
    await s.close();
  });

  test('a form from a tab that was signed out elsewhere says so and changes nothing', async () => {
    const browser = await signedIn(s, 'oanh@example.com');
    const security = await browser.get('/account/security');
    const otherTab = await browser.submit(await browser.get('/account'), '/sign-out');
    assert.equal(otherTab.location, '/sign-in');
    const late = await browser.submit(security, '/account/security/password', {
      current_password: PASSWORD,
      new_password: 'quiet-meadow-river-7',
    });
    assert.equal(late.status, 401);
    assert.match(textOf(late), /You are signed out/);
    assert.match(late.body, /href="\/sign-in\?next=%2Faccount%2Fsecurity"/);
    const check = new PortalClient(s);
    const done = await check.submit(await check.get('/sign-in'), '/sign-in', {
      email: 'oanh@example.com',
      password: PASSWORD,
    });
    assert.equal(done.status, 303, 'the password is unchanged');
    // Signing out again from the stale tab is harmless.
    assert.equal((await browser.submit(security, '/sign-out')).location, '/sign-in');
  });

  test('a redeem form sent twice redeems once; the used code is then refused', async () => {
    const browser = await signedIn(s, 'phuong@example.com');
    const minted = await s.tessera.licensing.operator.mint({ planId: 'personal', count: 1 });
    assert.ok(minted.ok);
    const page = await browser.get('/account/subscriptions');
    const fields = { code: minted.codes[0]!.toLowerCase() };
    const first = await browser.submit(page, '/account/subscriptions/redeem', fields);
    const second = await browser.submit(page, '/account/subscriptions/redeem', fields);
    assert.equal(first.status, 303);
    assert.equal(second.status, 303);
    assert.match(textOf(await browser.follow(second)), /That form had already been sent/);
    const account = await s.tessera.services.accounts.findByEmail('phuong@example.com');
    assert.equal((await s.tessera.licensing.listForAccount(account!.id)).length, 1);
    const again = await browser.submit(
      await browser.get('/account/subscriptions'),
      '/account/subscriptions/redeem',
      fields,
    );
    assert.equal(again.status, 400);
    assert.match(textOf(again), /cannot be used\. It may have been used already/);
    const nonsense = await browser.submit(again, '/account/subscriptions/redeem', { code: '<b>hi</b>' });
    assert.equal(nonsense.status, 400);
    assert.match(textOf(nonsense), /An activation code has 20 letters and digits/);
    assert.match(nonsense.body, /value="&lt;b>hi&lt;\/b>"/, 'what was typed comes back escaped');
  });

  test('forged, mangled and reused invitation links are refused plainly', async () => {
    const owner = await signedIn(s, 'quang@example.com');
    const minted = await s.tessera.licensing.operator.mint({ planId: 'family', count: 1 });
    assert.ok(minted.ok);
    await owner.submit(await owner.get('/account/subscriptions'), '/account/subscriptions/redeem', {
      code: minted.codes[0]!,
    });
    const page = await owner.get('/account/subscriptions');
    const invite = /action="(\/account\/subscriptions\/[^"]+\/invite)"/.exec(page.body)![1]!;
    assert.equal((await owner.submit(page, invite, { email: 'rin@example.com' })).status, 303);
    const email = (await s.tessera.stores.outbox.list({ limit: 5, to: 'rin@example.com' })).find(
      (m) => m.purpose === 'family_invitation',
    );
    const token = /\btin_[A-Za-z0-9_-]+/.exec(email!.body)![0];

    const guest = new PortalClient(s);
    for (const bad of ['', 'nonsense', 'tin_<script>', `${token}x%00`]) {
      const refused = await guest.get(`/invitations/accept?token=${bad}`);
      assert.equal(refused.status, 400, bad);
      assert.match(textOf(refused), /This invitation is not valid or has already been used/);
    }
    const signedOut = await guest.get(`/invitations/accept?token=${token}`);
    assert.equal(signedOut.status, 200);
    assert.match(
      signedOut.body,
      new RegExp(
        `href="/sign-in\\?next=${encodeURIComponent(`/invitations/accept?token=${token}`).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
      ),
    );

    const rin = await signedIn(s, 'rin@example.com');
    const forgedToken = `tin_${'A'.repeat(43)}`;
    const forgedPage = await rin.get(`/invitations/accept?token=${forgedToken}`);
    assert.equal(forgedPage.status, 400, 'a well-shaped token nobody issued is refused on sight');
    assert.match(textOf(forgedPage), /not valid or has already been used/);
    const forged = await rin.post('/invitations/accept', {
      ...formFields(await rin.get('/account/subscriptions'), '/sign-out'),
      token: forgedToken,
      _once: 'BBBBBBBBBBBBBBBBBBBBBB',
    });
    assert.equal(forged.status, 400);
    assert.match(textOf(forged), /not valid or has already been used/);

    const real = await rin.get(`/invitations/accept?token=${token}`);
    assert.match(textOf(real), /quang@example\.com invited rin@example\.com to share their Family subscription/);
    const otherTab = await rin.get(`/invitations/accept?token=${token}`);
    assert.equal((await rin.submit(real, '/invitations/accept')).status, 303);
    const twice = await rin.submit(otherTab, '/invitations/accept');
    assert.equal(twice.status, 400, 'the invitation was used by the first tab');
    const rinId = (await s.tessera.services.accounts.findByEmail('rin@example.com'))!.id;
    assert.equal((await s.tessera.licensing.listForAccount(rinId)).filter((x) => x.role === 'member').length, 1);
  });

  test("disconnecting from two tabs disconnects once; renaming refuses control characters; other accounts' devices are not found", async () => {
    const browser = await signedIn(s, 'son@example.com');
    const connected = await connectApp(s, {
      email: 'son@example.com',
      password: PASSWORD,
      device: { name: 'Desk', platform: 'windows' },
    });
    assert.equal(connected.body.step, 'done');
    const deviceId = connected.body.result!.device!.id;
    const confirmA = await browser.get(`/account/devices/${deviceId}/disconnect`);
    const confirmB = await browser.get(`/account/devices/${deviceId}/disconnect`);
    assert.equal(confirmA.status, 200);
    const first = await browser.submit(confirmA, `/account/devices/${deviceId}/disconnect`);
    assert.match(textOf(await browser.follow(first)), /Desk was disconnected/);
    const second = await browser.submit(confirmB, `/account/devices/${deviceId}/disconnect`);
    assert.match(textOf(await browser.follow(second)), /That device was already disconnected/);
    const events = await s.tessera.stores.audit.listForAccount(connected.body.result!.account!.id, { limit: 50 });
    assert.equal(events.filter((e) => e.type === 'device.disconnected').length, 1);
    assert.equal((await browser.get(`/account/devices/${deviceId}/disconnect`)).location, '/account/devices');

    const other = await connectApp(s, {
      email: 'son@example.com',
      password: PASSWORD,
      device: { name: 'Tablet', platform: 'android' },
    });
    const otherId = other.body.result!.device!.id;
    const devices = await browser.get('/account/devices');
    const renamed = await browser.submit(devices, `/account/devices/${otherId}/rename`, { name: 'Bad\u0007name' });
    assert.equal(renamed.status, 400);
    assert.match(textOf(renamed), /without control characters/);
    const blank = await browser.submit(renamed, `/account/devices/${otherId}/rename`, { name: '   ' });
    assert.equal(blank.status, 400);
    assert.match(textOf(blank), /Enter a name for the device/, 'only spaces is a name left out, said as such');
    assert.equal((await s.tessera.stores.devices.findDevice(otherId))!.name, 'Tablet');
    const ok = await browser.submit(blank, `/account/devices/${otherId}/rename`, { name: '  Kitchen tablet ' });
    assert.equal(ok.status, 303);
    assert.equal((await s.tessera.stores.devices.findDevice(otherId))!.name, 'Kitchen tablet');

    const stranger = await signedIn(s, 'tam@example.com');
    assert.equal((await stranger.get(`/account/devices/${otherId}/disconnect`)).status, 404);
    const strangerPage = await stranger.get('/account/devices');
    const forged = await stranger.post(`/account/devices/${otherId}/disconnect`, {
      _csrf: formFields(strangerPage, '/sign-out')._csrf!,
      _once: 'AAAAAAAAAAAAAAAAAAAAAA',
    });
    assert.equal(forged.status, 404);
    assert.equal((await s.tessera.stores.devices.findDevice(otherId))!.disconnectedAt, null);
  });

  test('security changes re-authenticate: wrong passwords and bad numbers are answered on the page', async () => {
    const browser = await signedIn(s, 'uyen@example.com');
    const page = await browser.get('/account/security');
    const wrong = await browser.submit(page, '/account/security/phone', {
      phone: '+84912345679',
      password: 'not-my-password',
    });
    assert.equal(wrong.status, 403);
    assert.match(wrong.body, /href="#phone-password"/);
    assert.match(wrong.body, /value="\+84912345679"/);
    const badNumber = await browser.submit(wrong, '/account/security/phone', { phone: '12', password: PASSWORD });
    assert.equal(badNumber.status, 400);
    assert.match(textOf(badNumber), /Enter a valid phone number with its country code/);
    // The right password a moment ago opened a short window: the next change asks for no password again (audited once).
    const security = await browser.get('/account/security');
    assert.match(textOf(security), /You confirmed your password a moment ago/);
    assert.doesNotMatch(security.body, /id="totp-password"/);
    const totp = await browser.submit(security, '/account/security/totp', {});
    assert.equal(totp.location, '/account/security/totp/verify');
    const uyen = (await s.tessera.services.accounts.findByEmail('uyen@example.com'))!.id;
    assert.equal(
      (await s.tessera.stores.audit.listForAccount(uyen, { limit: 50 })).filter((e) => e.type === 'password.confirmed')
        .length,
      1,
    );
    s.clock.advance(6 * 60_000);
    const later = await browser.get('/account/security');
    assert.match(later.body, /id="totp-password"/, 'once the window has passed, the password is asked again');
    const expired = await browser.submit(later, '/account/security/totp', { password: 'nope-nope-nope' });
    assert.equal(expired.status, 403);
    assert.match(textOf(expired), /The password is incorrect/);
    const { _csrf, _once } = formFields(expired, '/account/security/password');
    const noCode = await browser.post('/account/security/phone/verify', {
      _csrf: _csrf!,
      _once: _once!,
      code: '123456',
    });
    assert.equal(noCode.status, 409);
    assert.match(textOf(noCode), /There is nothing to confirm/);
  });

  test('delete my account: the password first, a grace period, signing in to keep it, then the purge', async () => {
    const browser = await signedIn(s, 'vinh@example.com');
    const privacy = await browser.get('/account/privacy');
    assert.match(textOf(privacy), /Your account is deleted 30 days after you ask/);
    const wrong = await browser.submit(privacy, '/account/privacy/delete', { password: 'wrong-password-here' });
    assert.equal(wrong.status, 403);
    assert.match(wrong.body, /href="#delete-password"/);
    const asked = await browser.submit(wrong, '/account/privacy/delete', { password: PASSWORD });
    assert.equal(asked.location, '/sign-in');
    assert.match(textOf(await browser.follow(asked)), /Your account will be deleted on 24 Dec 2026/);
    assert.equal((await browser.get('/account')).status, 303, 'signed out everywhere');

    const back = await browser.submit(await browser.get('/sign-in'), '/sign-in', {
      email: 'vinh@example.com',
      password: PASSWORD,
    });
    const overview = await browser.follow(back);
    assert.match(textOf(overview), /Your account will be deleted on 24 Dec 2026/);
    const kept = await browser.submit(overview, '/account/privacy/keep');
    assert.match(textOf(await browser.follow(kept)), /Your account will not be deleted/);
    assert.equal(await s.tessera.services.accountDeletion.purgeDue(), 0);

    const again = await browser.submit(await browser.get('/account/privacy'), '/account/privacy/delete', {
      password: PASSWORD,
    });
    assert.equal(again.location, '/sign-in');
    s.clock.advance(31 * 86_400_000);
    assert.equal(await s.tessera.services.accountDeletion.purgeDue(), 1);
    assert.equal(await s.tessera.services.accounts.findByEmail('vinh@example.com'), undefined);
    const gone = new PortalClient(s);
    const refused = await gone.submit(await gone.get('/sign-in'), '/sign-in', {
      email: 'vinh@example.com',
      password: PASSWORD,
    });
    assert.equal(refused.status, 400);
  });

  test('the data download is a JSON attachment with no secrets', async () => {
    const browser = await signedIn(s, 'xuan@example.com');
    const page = await browser.get('/account/privacy');
    const download = await browser.submit(page, '/account/privacy/export');
    assert.equal(download.status, 200);
    assert.match(
      String(download.headers['content-disposition']),
      /^attachment; filename="Tessera-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const data = JSON.parse(download.body) as { account: { email: string }; securityEvents: Array<{ type: string }> };
    assert.equal(data.account.email, 'xuan@example.com');
    assert.ok(data.securityEvents.some((e) => e.type === 'sign_up.completed'));
    assert.doesNotMatch(download.body, /argon2|passwordHash|tokenHash|tss_/);
  });
});

describe('portal outside development mode', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite', overrides: { dev: false } });
  });
  after(async () => {
    await s.close();
  });

  test('there is no outbox page and no outbox link', async () => {
    const browser = new PortalClient(s);
    assert.equal((await browser.get('/dev/outbox')).status, 404);
    assert.doesNotMatch((await browser.get('/sign-in')).body, /\/dev\/outbox|Development mode/);
    await signUp(s, { email: 'yen@example.com', password: PASSWORD });
  });
});
