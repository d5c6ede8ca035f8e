// Flow pages in-process: expired attempts start over kindly, double submissions run once, an attempt belongs to its browser.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { addPhone, outboxCount, signUp } from '../support/journey.js';
import { formFields, PortalClient, textOf } from './portal-client.js';

const PASSWORD = 'lantern-harbour-42';
const PHONE = '+12015550188';

describe('portal flow pages', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite' });
    const { token } = await signUp(s, { email: 'mai@example.com', password: PASSWORD });
    await addPhone(s, token, PHONE, PASSWORD);
    await signUp(s, { email: 'nam@example.com', password: PASSWORD });
  });
  after(async () => {
    await s.close();
  });

  test('an expired attempt gets a friendly page that has already started over', async () => {
    const browser = new PortalClient(s);
    const page = await browser.get('/sign-in');
    const oldFlow = formFields(page, '/sign-in').flow;
    s.clock.advance(31 * 60_000);
    const expired = await browser.submit(page, '/sign-in', { email: 'nam@example.com', password: PASSWORD });
    assert.equal(expired.status, 410);
    assert.match(textOf(expired), /That attempt had expired, so we started a new one/);
    const fresh = formFields(expired, '/sign-in').flow;
    assert.notEqual(fresh, oldFlow);
    assert.equal(browser.cookies.get('__Host-tessera_flow_sign_in'), fresh);
    const done = await browser.submit(expired, '/sign-in', { email: 'nam@example.com', password: PASSWORD });
    assert.equal(done.status, 303);

    const later = new PortalClient(s);
    await later.get('/sign-up');
    s.clock.advance(31 * 60_000);
    const again = await later.get('/sign-up');
    assert.equal(again.status, 200);
    assert.match(textOf(again), /That attempt had expired/);
  });

  test('the same credentials posted twice send one SMS and show the current step', async () => {
    const browser = new PortalClient(s);
    const page = await browser.get('/sign-in');
    const before = await outboxCount(s, PHONE);
    const fields = { email: 'mai@example.com', password: PASSWORD };
    const [firstPost, secondPost] = [
      await browser.submit(page, '/sign-in', fields),
      await browser.submit(page, '/sign-in', fields),
    ];
    // Post, redirect, get: each answer is a redirect to the page, which shows the attempt as it stands.
    assert.equal(firstPost.status, 303);
    assert.equal(firstPost.location, '/sign-in');
    assert.equal(secondPost.status, 303);
    const second = await browser.follow(secondPost);
    assert.equal(formFields(second, '/sign-in').step, 'second_factor');
    assert.match(textOf(second), /went on in another tab or window/);
    assert.match(textOf(second), /We sent a verification code to/);
    assert.doesNotMatch(textOf(second), /no longer current/, 'one message, not two that contradict each other');
    assert.equal(await outboxCount(s, PHONE), before + 1);

    // "Get a new code" during the countdown: refused with the wait, and nothing sent.
    const early = await browser.submit(second, '/sign-in', { action: 'resend', code: '' });
    assert.equal(early.status, 429);
    assert.match(textOf(early), /Wait (\d+ seconds|1 minute) before asking for a new code/);
    assert.match(early.body, /data-available-in="\d+"/);
    assert.equal(await outboxCount(s, PHONE), before + 1);

    // The last step posted twice: one session; the repeat lands on the account, not on an error.
    const [message] = await s.tessera.stores.outbox.list({ limit: 1, to: PHONE });
    const code = /\b(\d{6})\b/.exec(message!.body)![1]!;
    const sessionsBefore = (
      await s.tessera.stores.sessions.listForAccount(
        (await s.tessera.services.accounts.findByEmail('mai@example.com'))!.id,
        s.clock.now(),
      )
    ).length;
    const lost = new PortalClient(s);
    for (const [k, v] of browser.cookies) lost.cookies.set(k, v);
    const done = await browser.submit(early, '/sign-in', { action: 'verify', code });
    assert.equal(done.status, 303);
    assert.equal(done.location, '/account');
    const repeat = await browser.submit(early, '/sign-in', { action: 'verify', code });
    assert.equal(repeat.status, 303, 'signed in by the first: the repeat just goes to the account');
    // A browser that lost the first answer (its cookie never arrived) is told the attempt is complete, on a fresh form.
    const orphan = await lost.submit(early, '/sign-in', { action: 'verify', code });
    assert.equal(orphan.status, 409);
    assert.match(textOf(orphan), /This attempt is already complete/);
    assert.equal(formFields(orphan, '/sign-in').step, 'credentials');
    const sessionsAfter = (
      await s.tessera.stores.sessions.listForAccount(
        (await s.tessera.services.accounts.findByEmail('mai@example.com'))!.id,
        s.clock.now(),
      )
    ).length;
    assert.equal(sessionsAfter, sessionsBefore + 1);
  });

  test('an attempt belongs to the browser that started it', async () => {
    const alice = new PortalClient(s);
    const mallory = new PortalClient(s, { ip: '10.9.9.9' });
    const alicePage = await alice.get('/sign-in');
    const aliceFlow = formFields(alicePage, '/sign-in').flow!;
    const malloryPage = await mallory.get('/sign-in');
    const hijack = await mallory.post('/sign-in', {
      ...formFields(malloryPage, '/sign-in'),
      flow: aliceFlow,
      email: 'nam@example.com',
      password: PASSWORD,
    });
    assert.equal(hijack.status, 303);
    assert.notEqual(
      formFields(await mallory.follow(hijack), '/sign-in').flow,
      aliceFlow,
      "shown their own attempt, not Alice's",
    );
    const stranger = new PortalClient(s);
    const strangerPage = await stranger.get('/sign-up');
    const noCookie = await stranger.post('/sign-in', {
      _csrf: formFields(strangerPage, '/sign-up')._csrf!,
      flow: aliceFlow,
      step: 'credentials',
      email: 'nam@example.com',
      password: PASSWORD,
    });
    assert.equal(noCookie.status, 410);
    assert.equal((await s.tessera.stores.flows.get(aliceFlow))!.step, 'credentials', "Alice's attempt did not move");
  });

  test('bad input in a flow form is answered on the same step', async () => {
    const browser = new PortalClient(s);
    const page = await browser.get('/sign-up');
    const bad = await browser.submit(page, '/sign-up', { email: 'not-an-address', password: PASSWORD, country: 'VN' });
    assert.equal(bad.status, 400);
    assert.match(textOf(bad), /Enter a valid email address/);
    assert.match(bad.body, /href="#field-email"/);
    assert.match(bad.body, /value="not-an-address"/, 'what was typed stays, the password does not');
    assert.doesNotMatch(bad.body, new RegExp(PASSWORD));
    const country = await browser.submit(bad, '/sign-up', {
      email: 'ok@example.com',
      password: PASSWORD,
      country: 'Vietnam',
    });
    assert.equal(country.status, 400);
    assert.match(textOf(country), /Check what you entered/);
    // Two letters that name no country (the old box kept "Vi" of "Viet Nam") are refused by the step itself.
    const unknown = await browser.submit(bad, '/sign-up', {
      email: 'ok@example.com',
      password: PASSWORD,
      country: 'XZ',
    });
    assert.equal(unknown.status, 400);
    assert.match(textOf(unknown), /Choose a country or region from the list/);
    assert.match(unknown.body, /href="#field-country"/);
    const unknownStep = await browser.submit(bad, '/sign-up', { step: 'select_subscription', subscriptionId: 'sub_x' });
    assert.equal(
      unknownStep.status,
      303,
      'a step the attempt is not at is refused by the engine; the page shows where it is',
    );
    const weak = await browser.submit(bad, '/sign-up', {
      email: 'ok@example.com',
      password: 'password123',
      country: 'vn',
    });
    assert.equal(weak.status, 400);
    assert.match(textOf(weak), /This password is too common/);
    assert.match(weak.body, /href="#field-password"/);
  });

  test('signed in, the sign-in page sends you on; recovery stays available', async () => {
    const browser = new PortalClient(s);
    const page = await browser.get('/sign-in?next=%2Faccount%2Fdevices');
    const done = await browser.submit(page, '/sign-in', { email: 'nam@example.com', password: PASSWORD });
    assert.equal(done.location, '/account/devices');
    assert.equal((await browser.get('/sign-in')).location, '/account');
    assert.equal((await browser.get('/sign-up?next=%2Faccount%2Fprivacy')).location, '/account/privacy');
    assert.equal((await browser.get('/recovery')).status, 200);
  });
});
