// The portal's main journey in Debian's Chromium against the real server: sign up → verify → add a phone → sign out →
// sign in with the SMS code → redeem a code → a family member accepts in a second browser → disconnect a device →
// Vietnamese. axe-core checks every page; each page is screenshotted in both languages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { latestCode, signUp, startFlow, submit } from '../support/journey.js';
import {
  bothLanguages,
  browserSkip,
  checkPage,
  newPerson,
  press,
  screenshot,
  useLiveBrowser,
} from './browser-support.js';

const ANN = 'ann@example.com';
const BOB = 'bob@example.com';
const PASSWORD = 'lantern-harbour-42';
const PHONE = '+84912345678';

const skip = browserSkip();

describe('the portal in a browser: the whole journey', { skip }, () => {
  const env = useLiveBrowser();

  test('sign up, phone, SMS sign-in, redeem, family, disconnect, Vietnamese', async () => {
    const { s } = env.live;
    const ann = await newPerson(env.browser, env.live);
    const { page, problems } = ann;

    // Sign up with the emailed code.
    await page.goto('/sign-up');
    await checkPage(page, problems);
    await bothLanguages(page, problems, 'sign-up');
    await page.getByLabel('Email').fill(ANN);
    await page.getByLabel('Password').fill(PASSWORD);
    // A list, named in the page's language, preselected from the browser's en-GB; Ann lives in Viet Nam.
    assert.equal(await page.getByLabel('Country or region').inputValue(), 'GB');
    await page.getByLabel('Country or region').selectOption('VN');
    await press(page, 'Continue');
    assert.match((await page.textContent('main')) ?? '', /We sent a verification code to ann@example.com/);
    await bothLanguages(page, problems, 'sign-up-code');
    await page.getByLabel('Verification code').fill(await latestCode(s, ANN));
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.match((await page.textContent('main')) ?? '', /Your account is ready/);
    await checkPage(page, problems);

    // Add a phone for SMS verification: the password first, then the code (the code page in both languages).
    await page.goto('/account/security');
    await checkPage(page, problems);
    for (const lang of ['vi', 'en'] as const) {
      await page.goto(`/account/security?lang=${lang}`);
      await page.locator('#phone-number').fill(PHONE);
      // Only the first time: one confirmation covers the next few minutes of changes.
      assert.equal(await page.locator('#phone-password').count(), lang === 'vi' ? 1 : 0);
      if (lang === 'vi') await page.locator('#phone-password').fill(PASSWORD);
      await Promise.all([
        page.waitForNavigation(),
        page.locator('form[action="/account/security/phone"] button').click(),
      ]);
      await checkPage(page, problems);
      await screenshot(page, 'security-phone-code');
      s.clock.advance(61_000); // past the resend cooldown, so the second language can send again
    }
    await page.getByLabel('Code from the text message').fill(await latestCode(s, PHONE));
    await press(page, 'Confirm the number');
    assert.match((await page.textContent('main')) ?? '', /Text-message verification is on\. Codes go to \+84912345678/);
    await bothLanguages(page, problems, 'security');

    // Sign out, then sign in: the SMS step with its countdown and help.
    await press(page, 'Sign out');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.match((await page.textContent('main')) ?? '', /You are signed out/);
    await bothLanguages(page, problems, 'sign-in');
    await page.getByLabel('Email').fill(ANN);
    await page.getByLabel('Password').fill(PASSWORD);
    await press(page, 'Continue');
    assert.match((await page.textContent('main')) ?? '', /We sent a verification code to \+84•••••78/);
    const resend = page.getByRole('button', { name: /Get a new code/ });
    assert.equal(await resend.isDisabled(), true, 'the countdown holds "Get a new code" back');
    assert.match((await resend.textContent()) ?? '', /Get a new code \((\d+ seconds?|1 minute)\)/);
    assert.match(
      (await page.locator('#countdown').textContent()) ?? '',
      /You can ask for a new code in (\d+ seconds?|1 minute)/,
    );
    await bothLanguages(page, problems, 'sign-in-code');
    await press(page, "Didn't receive the code?");
    assert.match((await page.textContent('main')) ?? '', /the number ending in 5678 is still yours/);
    await bothLanguages(page, problems, 'sign-in-help');
    await page.getByLabel('Verification code').fill(await latestCode(s, PHONE));
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.match((await page.textContent('main')) ?? '', /You are signed in/);

    // Redeem an activation code: a typo is caught from the code alone; the real one is typed sloppily and accepted.
    const minted = await s.tessera.licensing.operator.mint({ planId: 'family', count: 1 });
    assert.ok(minted.ok);
    const code = minted.codes[0]!;
    const typo = code.slice(0, 3) + (code[3] === 'A' ? 'C' : 'A') + code.slice(4);
    await page.goto('/account/subscriptions');
    for (const lang of ['vi', 'en'] as const) {
      await page.goto(`/account/subscriptions?lang=${lang}`);
      await page.locator('#activation-code').fill(typo);
      await Promise.all([
        page.waitForNavigation(),
        page.locator('form[action="/account/subscriptions/redeem"] button').click(),
      ]);
      assert.equal(await page.locator('.error-summary').count(), 1);
      assert.equal(await page.locator('#activation-code').getAttribute('aria-invalid'), 'true');
      await checkPage(page, problems);
      await screenshot(page, 'subscriptions-typo');
    }
    assert.match((await page.textContent('.error-summary')) ?? '', /typing mistake/);
    await page.locator('#activation-code').fill(`  ${code.toLowerCase().replace(/-/g, ' ')} `);
    await press(page, 'Add to my account');
    assert.match((await page.textContent('main')) ?? '', /Code accepted: Family is now in your account/);
    await checkPage(page, problems);

    // Invite Bob, who accepts from the emailed link in his own browser after signing in.
    await page.getByLabel('Their email address').fill(BOB);
    await press(page, 'Send the invitation');
    assert.match((await page.textContent('main')) ?? '', /Invitation sent to bob@example.com/);
    await signUp(s, { email: BOB, password: PASSWORD });
    const invitation = (await s.tessera.stores.outbox.list({ limit: 10, to: BOB, channel: 'email' })).find(
      (m) => m.purpose === 'family_invitation',
    );
    const token = /\btin_[A-Za-z0-9_-]+/.exec(invitation?.body ?? '')?.[0];
    assert.ok(token, 'the invitation email carries its token');
    const bob = await newPerson(env.browser, env.live);
    await bob.page.goto(`/invitations/accept?token=${token}`);
    await checkPage(bob.page, bob.problems);
    await bothLanguages(bob.page, bob.problems, 'invitation');
    await Promise.all([
      bob.page.waitForNavigation(),
      bob.page.getByRole('link', { name: 'Sign in to accept' }).click(),
    ]);
    await bob.page.getByLabel('Email').fill(BOB);
    await bob.page.getByLabel('Password').fill(PASSWORD);
    await press(bob.page, 'Continue');
    assert.equal(new URL(bob.page.url()).pathname, '/invitations/accept', 'back at the invitation after signing in');
    assert.match((await bob.page.textContent('main')) ?? '', /You will accept it as bob@example.com/);
    assert.match(
      (await bob.page.textContent('main')) ?? '',
      /ann@example\.com invited bob@example\.com to share their Family subscription/,
    );
    await bothLanguages(bob.page, bob.problems, 'invitation-accept');
    await press(bob.page, 'Accept the invitation');
    assert.match((await bob.page.textContent('main')) ?? '', /You now share the Family subscription/);
    assert.match((await bob.page.textContent('main')) ?? '', /ann@example.com shares Family with you/);
    await checkPage(bob.page, bob.problems);
    await bob.context.close();

    await page.goto('/account/subscriptions');
    assert.match((await page.textContent('main')) ?? '', /bob@example.com/);
    await bothLanguages(page, problems, 'subscriptions');

    // Disconnect a device an app connected through the JSON API, after the confirmation step.
    const flow = await startFlow(s, {
      kind: 'connect',
      appId: 'app.secure',
      device: { name: 'Work laptop', platform: 'linux' },
    });
    const factor = await submit(s, flow.body.flow.id, { step: 'credentials', email: ANN, password: PASSWORD });
    assert.equal(factor.body.step, 'second_factor');
    const connected = await submit(s, flow.body.flow.id, {
      step: 'second_factor',
      action: 'verify',
      code: await latestCode(s, PHONE),
    });
    assert.equal(connected.body.step, 'done', JSON.stringify(connected.body));
    await page.goto('/account');
    assert.match((await page.textContent('main')) ?? '', /Work laptop/);
    assert.match((await page.textContent('main')) ?? '', /Family/, 'the plan in use');
    await bothLanguages(page, problems, 'overview');
    await page.goto('/account/devices');
    assert.match((await page.textContent('main')) ?? '', /app\.secure/);
    await bothLanguages(page, problems, 'devices');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: /Disconnect/ }).click()]);
    assert.match((await page.textContent('h1')) ?? '', /Disconnect Work laptop\?/);
    await bothLanguages(page, problems, 'device-disconnect');
    await press(page, 'Yes, disconnect');
    assert.match((await page.textContent('main')) ?? '', /Work laptop was disconnected/);
    await checkPage(page, problems);
    const [device] = await s.tessera.stores.devices.listDevices(connected.body.result!.account!.id);
    assert.notEqual(device!.disconnectedAt, null);

    // Switch to Vietnamese: the choice holds from page to page.
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Tiếng Việt' }).click()]);
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.match((await page.textContent('h1')) ?? '', /Thiết bị/);
    await page.getByRole('link', { name: 'Tổng quan' }).click();
    await page.waitForLoadState();
    assert.match((await page.textContent('h1')) ?? '', /Tài khoản của bạn/);
    assert.match((await page.textContent('main')) ?? '', /Gói đang dùng/);
    await checkPage(page, problems);
    await ann.context.close();
  });
});
