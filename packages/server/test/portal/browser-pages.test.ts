// The rest of the portal in Chromium: the image code after wrong passwords, recovery, the authenticator QR code,
// privacy (statements, data download), the outbox, a stale form, and the phone-sized layout; axe on every page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { totpCode } from '../../src/identity/index.js';
import { latestCode, signUp, solveCaptcha, startFlow, submit } from '../support/journey.js';
import {
  bothLanguages,
  browserSkip,
  checkPage,
  newPerson,
  PHONE,
  press,
  screenshot,
  useLiveBrowser,
} from './browser-support.js';

const PASSWORD = 'lantern-harbour-42';
const skip = browserSkip();

async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await press(page, 'Continue');
}

describe('the portal in a browser: every other page', { skip }, () => {
  const env = useLiveBrowser();

  test('the image code appears after wrong passwords; with its answer the right password signs in', async () => {
    const { s } = env.live;
    await signUp(s, { email: 'carol@example.com', password: PASSWORD });
    const { page, problems, context } = await newPerson(env.browser, env.live);
    await page.goto('/sign-in');
    assert.equal(await page.locator('img.captcha').count(), 0, 'no image code at first');
    for (let i = 0; i < 3; i++) {
      await page.getByLabel('Email').fill('carol@example.com');
      await page.getByLabel('Password').fill('not-the-password');
      await press(page, 'Continue');
      assert.match((await page.textContent('.error-summary')) ?? '', /The email or password is incorrect/);
      await checkPage(page, problems);
    }
    assert.equal(await page.locator('img.captcha').count(), 1, 'the image code after three failures');
    assert.match((await page.locator('img.captcha').getAttribute('src')) ?? '', /^data:image\/png;base64,/);
    await bothLanguages(page, problems, 'sign-in-captcha');

    await page.getByLabel('Email').fill('carol@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Code from the image').fill('XXXXX');
    await press(page, 'Continue');
    assert.match((await page.textContent('.error-summary')) ?? '', /The code from the image is incorrect/);
    assert.equal(await page.locator('#field-captcha_answer').getAttribute('aria-invalid'), 'true');
    await checkPage(page, problems);
    await screenshot(page, 'sign-in-captcha-wrong');

    const flowId = await page.locator('input[name="flow"]').getAttribute('value');
    await page.getByLabel('Email').fill('carol@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Code from the image').fill((await solveCaptcha(s, flowId!)).toLowerCase());
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');
    await context.close();
  });

  test('recovery, authenticator set-up, privacy, outbox, a stale form and the phone layout', async () => {
    const { s } = env.live;
    const email = 'dave@example.com';
    const newPassword = 'quiet-meadow-river-7';
    await signUp(s, { email, password: PASSWORD });
    // A regional statement accepted while connecting an app, so the privacy page has something to show.
    await s.tessera.services.consent.publish({
      region: 'VN',
      locale: 'en',
      title: 'Statement on the provision of data',
      body: 'What the app sends.',
    });
    await s.tessera.services.consent.publish({
      region: 'VN',
      locale: 'vi',
      title: 'Tuyên bố về cung cấp dữ liệu',
      body: 'Ứng dụng gửi gì.',
      version: 1,
    });
    const flow = await startFlow(s, {
      kind: 'connect',
      appId: 'app.vpn',
      device: { name: 'Phone', platform: 'android' },
    });
    const consent = await submit(s, flow.body.flow.id, { step: 'credentials', email, password: PASSWORD });
    assert.equal(consent.body.step, 'consent');
    assert.equal(
      (await submit(s, flow.body.flow.id, { step: 'consent', action: 'accept', version: 1 })).body.step,
      'done',
    );

    const { page, problems, context } = await newPerson(env.browser, env.live);

    // Recovery: the emailed code, then a new password.
    await page.goto('/recovery');
    await checkPage(page, problems);
    await bothLanguages(page, problems, 'recovery');
    await page.getByLabel('Email').fill(email);
    await press(page, 'Continue');
    await bothLanguages(page, problems, 'recovery-code');
    await page.getByLabel('Verification code').fill(await latestCode(s, email));
    await press(page, 'Continue');
    await bothLanguages(page, problems, 'recovery-new-password');
    await page.getByLabel('New password').fill(newPassword);
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.match((await page.textContent('main')) ?? '', /Your password has been changed/);

    // The authenticator: the QR code page in both languages (each start makes a new secret), then the first code.
    let secret = '';
    for (const lang of ['vi', 'en'] as const) {
      await page.goto(`/account/security?lang=${lang}`);
      // The password once: the confirmation covers the second start too.
      if (lang === 'vi') await page.locator('#totp-password').fill(newPassword);
      await Promise.all([
        page.waitForNavigation(),
        page.locator('form[action="/account/security/totp"] button').click(),
      ]);
      assert.equal(new URL(page.url()).pathname, '/account/security/totp/verify');
      assert.match((await page.locator('img.qr').getAttribute('src')) ?? '', /^data:image\/svg\+xml;base64,/);
      secret = (await page.textContent('#totp-secret'))!.trim();
      await checkPage(page, problems);
      await screenshot(page, 'security-totp');
    }
    await page.getByLabel('Code from the app').fill(totpCode(secret, s.clock.now()));
    await press(page, 'Turn on');
    assert.match((await page.textContent('main')) ?? '', /Your authenticator app is set up/);

    // Privacy: the accepted statement with its version, date and device; the data download.
    await page.goto('/account/privacy');
    const statements = (await page.textContent('main')) ?? '';
    assert.match(statements, /Statement on the provision of data/);
    assert.match(statements, /Phone · app\.vpn/);
    await bothLanguages(page, problems, 'privacy');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my data' }).click(),
    ]);
    const data = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      account: { email: string };
      statementsAccepted: unknown[];
    };
    assert.equal(data.account.email, email);
    assert.equal(data.statementsAccepted.length, 1);
    assert.doesNotMatch(JSON.stringify(data), /argon2|passwordHash|totpSecret|credentialHash/);

    // The development outbox.
    await page.goto('/dev/outbox');
    assert.match((await page.textContent('main')) ?? '', /dave@example.com/);
    await bothLanguages(page, problems, 'outbox');

    // A form whose browser binding is gone (another browser, cleared cookies): the friendly stale-form page.
    for (const lang of ['vi', 'en'] as const) {
      await page.goto(`/account/security?lang=${lang}`);
      await context.clearCookies({ name: '__Host-tessera_browser' });
      await page.locator('#current-password').fill(newPassword);
      await page.locator('#new-password').fill('another-long-passphrase-9');
      await Promise.all([
        page.waitForNavigation(),
        page.locator('form[action="/account/security/password"] button').click(),
      ]);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await checkPage(page, problems);
      await screenshot(page, 'form-expired');
    }
    assert.match((await page.textContent('main')) ?? '', /Nothing was changed/);
    await context.close();

    // A phone-sized screen.
    const phone = await newPerson(env.browser, env.live, { viewport: PHONE });
    await phone.page.goto('/sign-in');
    await bothLanguages(phone.page, phone.problems, 'phone-sign-in');
    await signIn(phone.page, email, newPassword);
    await phone.page.getByLabel('Code from your authenticator app').fill(totpCode(secret, s.clock.now() + 30_000));
    s.clock.advance(30_000);
    await press(phone.page, 'Continue');
    assert.equal(new URL(phone.page.url()).pathname, '/account');
    await bothLanguages(phone.page, phone.problems, 'phone-overview');
    await phone.context.close();
  });

  test('/docs renders under its CSP (no violation) and refuses to be framed', async () => {
    const { page, problems, context } = await newPerson(env.browser, env.live);
    const response = await page.goto('/docs/');
    assert.match(String(response?.headers()['content-security-policy']), /frame-ancestors 'none'/);
    assert.equal(response?.headers()['x-frame-options'], 'DENY');
    await page.getByText('Tessera API').first().waitFor();
    await page.locator('.opblock').first().waitFor();
    assert.deepEqual(problems, [], 'the docs page needs nothing its CSP refuses');
    await context.close();
  });
});
