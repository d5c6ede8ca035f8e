// What a newcomer tripped over in the first hour, in Chromium: the country list, Back after a form, two tabs on one
// sign-in, invitations (who, which plan, waiting in the account, declined, withdrawn), the notice after being signed
// out by a reset, the security page's single password confirmation, and an operator's branding. axe on every page.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

const PASSWORD = 'lantern-harbour-42';
const skip = browserSkip();

async function signIn(page: Page, email: string) {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await press(page, 'Continue');
}

describe('the portal in a browser: the first hour', { skip }, () => {
  const env = useLiveBrowser();

  test('sign-up offers countries by name in the page language, guessed from the browser; Back never re-posts', async () => {
    const { s } = env.live;
    const { page, problems, context } = await newPerson(env.browser, env.live, { locale: 'vi' });
    await page.goto('/sign-up');
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    const country = page.locator('select#field-country');
    assert.equal(await country.inputValue(), 'VN', 'Vietnamese without a region: Viet Nam');
    assert.match((await country.locator('option[value="VN"]').textContent()) ?? '', /Việt Nam/);
    assert.match((await country.locator('option[value="VI"]').textContent()) ?? '', /Quần đảo Virgin thuộc/);
    await checkPage(page, problems);
    await page.getByLabel('Email').fill('lan@example.com');
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await press(page, 'Tiếp tục');
    assert.match((await page.textContent('main')) ?? '', /lan@example\.com/);
    // Post, redirect, get: Back shows the attempt as it stands, never "Confirm Form Resubmission".
    await page.goBack();
    await page.waitForLoadState();
    assert.equal(await page.locator('#field-code').count(), 1, 'the page Back leads to is the current step');
    await page.reload();
    assert.equal(await page.locator('#field-code').count(), 1);
    await page.getByLabel('Mã xác minh').fill(await latestCode(s, 'lan@example.com'));
    await press(page, 'Tiếp tục');
    assert.equal(new URL(page.url()).pathname, '/account');
    assert.equal((await s.tessera.services.accounts.findByEmail('lan@example.com'))!.country, 'VN');
    await context.close();

    const british = await newPerson(env.browser, env.live, { locale: 'en-GB' });
    await british.page.goto('/sign-up?lang=en');
    assert.equal(await british.page.locator('select#field-country').inputValue(), 'GB');
    await british.context.close();
  });

  test('two tabs on one sign-in: the second sees where the attempt really is, said once', async () => {
    const { s } = env.live;
    await signUp(s, { email: 'tab@example.com', password: PASSWORD });
    const { page, problems, context } = await newPerson(env.browser, env.live);
    await page.goto('/sign-in');
    const other = await context.newPage();
    await other.goto('/sign-in');
    await page.getByLabel('Email').fill('tab@example.com');
    await page.getByLabel('Password').fill('not-the-password');
    await press(page, 'Continue');
    await page.getByLabel('Email').fill('tab@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');
    // The older tab posts its stale form: this browser is signed in by now, so it simply lands on the account.
    await other.getByLabel('Email').fill('tab@example.com');
    await other.getByLabel('Password').fill(PASSWORD);
    await press(other, 'Continue');
    assert.equal(new URL(other.url()).pathname, '/account');
    assert.equal(await other.locator('.error-summary').count(), 0);
    await checkPage(page, problems);
    await context.close();
  });

  test('invitations: the link always, who and which plan, waiting in the account, declined and withdrawn', async () => {
    const { s } = env.live;
    const owner = await signUp(s, { email: 'hoa@example.com', password: PASSWORD });
    await signUp(s, { email: 'khanh@example.com', password: PASSWORD });
    const minted = await s.tessera.licensing.operator.mint({ planId: 'family', count: 1 });
    assert.ok(minted.ok);
    assert.ok(
      (await s.tessera.licensing.redeem({ accountId: owner.accountId, input: minted.codes[0]!, ip: '127.0.0.1' })).ok,
    );
    const [sub] = await s.tessera.licensing.listForAccount(owner.accountId);

    const hoa = await newPerson(env.browser, env.live);
    await signIn(hoa.page, 'hoa@example.com');
    await hoa.page.goto('/account/subscriptions');
    for (const email of ['khanh@example.com', 'minh@example.com']) {
      await hoa.page.getByLabel('Their email address').fill(email);
      await press(hoa.page, 'Send the invitation');
    }
    const email = (await s.tessera.stores.outbox.list({ limit: 10, to: 'khanh@example.com', channel: 'email' })).find(
      (m) => m.purpose === 'family_invitation',
    );
    assert.match(
      email!.body,
      new RegExp(`${env.live.url.replace(/[.]/g, '\\.')}/invitations/accept\\?token=tin_`),
      'a link without TESSERA_BASE_URL: the listen address',
    );
    const token = /\btin_[A-Za-z0-9_-]+/.exec(email!.body)![0];

    // The owner withdraws the invitation nobody answered; it is audited.
    await press(hoa.page, 'Withdraw minh@example.com');
    assert.match((await hoa.page.textContent('main')) ?? '', /The invitation to minh@example\.com was withdrawn/);
    assert.doesNotMatch((await hoa.page.textContent('main')) ?? '', /minh@example\.com expires/);
    await checkPage(hoa.page, hoa.problems);
    const events = await s.tessera.stores.audit.listForAccount(owner.accountId, { limit: 50 });
    assert.equal(events.filter((e) => e.type === 'family.withdrawn').length, 1);

    // The invitee sees it in their account, with who invited them to which plan, and the link's page says the same.
    const khanh = await newPerson(env.browser, env.live);
    await signIn(khanh.page, 'khanh@example.com');
    assert.match(
      (await khanh.page.textContent('main')) ?? '',
      /hoa@example\.com invited khanh@example\.com to share their Family subscription/,
    );
    await bothLanguages(khanh.page, khanh.problems, 'overview-invitation');
    await khanh.page.goto(`/invitations/accept?token=${token}`);
    assert.match((await khanh.page.textContent('main')) ?? '', /hoa@example\.com invited khanh@example\.com/);
    await khanh.page.goto('/account/subscriptions');
    await press(khanh.page, 'Decline');
    assert.match((await khanh.page.textContent('main')) ?? '', /You declined the invitation/);
    assert.doesNotMatch((await khanh.page.textContent('main')) ?? '', /Invitations for you/);
    await checkPage(khanh.page, khanh.problems);
    assert.equal(
      (await s.tessera.licensing.people({ accountId: owner.accountId, email: 'hoa@example.com' }, sub!.subscription.id))
        .ok,
      true,
    );
    await khanh.page.goto(`/invitations/accept?token=${token}`);
    assert.match((await khanh.page.textContent('main')) ?? '', /not valid or has already been used/);
    await hoa.context.close();
    await khanh.context.close();
  });

  test('security: one password confirmation for a few minutes; signed out by a reset elsewhere is explained', async () => {
    const { s } = env.live;
    await signUp(s, { email: 'phuong@example.com', password: PASSWORD });
    const { page, problems, context } = await newPerson(env.browser, env.live);
    await signIn(page, 'phuong@example.com');
    await page.goto('/account/security');
    await page.locator('#phone-number').fill('+84912345670');
    await page.locator('#phone-password').fill(PASSWORD);
    await Promise.all([
      page.waitForNavigation(),
      page.locator('form[action="/account/security/phone"] button').click(),
    ]);
    assert.equal(new URL(page.url()).pathname, '/account/security/phone/verify');
    await page.getByLabel('Code from the text message').fill('000000');
    await press(page, 'Confirm the number');
    assert.match(
      (await page.textContent('main')) ?? '',
      /We sent a code to \+84912345670/,
      'the number stays after a wrong code',
    );
    await page.goto('/account/security');
    assert.equal(await page.locator('#totp-password').count(), 0, 'no second password within the window');
    assert.match((await page.textContent('main')) ?? '', /You confirmed your password a moment ago/);
    await bothLanguages(page, problems, 'security-confirmed');

    // A password reset in another browser signs this one out; the sign-in page says why.
    const recovery = await startFlow(s, { kind: 'recovery' });
    await submit(s, recovery.body.flow.id, { step: 'identify', email: 'phuong@example.com' });
    await submit(s, recovery.body.flow.id, {
      step: 'verify_code',
      action: 'verify',
      code: await latestCode(s, 'phuong@example.com'),
    });
    assert.equal(
      (await submit(s, recovery.body.flow.id, { step: 'new_password', password: 'quiet-meadow-river-7' })).body.step,
      'done',
    );
    await page.goto('/account/security');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    assert.match(
      (await page.textContent('main')) ?? '',
      /You were signed out: your session ended, or the password was changed/,
    );
    await bothLanguages(page, problems, 'sign-in-session-ended');
    await context.close();
  });
});

describe("the portal in a browser: an operator's branding", { skip }, () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'tessera-brand-'));
  writeFileSync(
    join(dataDir, 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" rx="14" fill="#0f766e"/><path d="M18 20h28v7H36v19h-8V27H18z" fill="#fff"/></svg>',
  );
  const env = useLiveBrowser({
    productName: 'Lotus VPN',
    dataDir,
    branding: {
      logoFile: 'logo.svg',
      primaryColor: '#0f766e',
      supportUrl: 'mailto:help@lotus.example',
      privacyUrl: 'https://lotus.example/privacy',
      termsUrl: 'https://lotus.example/terms',
    },
  });

  test('logo, colour and footer links from the config', async () => {
    const { page, problems, context } = await newPerson(env.browser, env.live);
    await page.goto('/sign-in');
    assert.equal(await page.locator('.brand').textContent(), 'Lotus VPN');
    assert.equal(
      await page.locator('.brand img.logo').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      true,
    );
    assert.equal(
      await page
        .locator('button[type=submit]')
        .first()
        .evaluate((b) => getComputedStyle(b).backgroundColor),
      'rgb(15, 118, 110)',
    );
    assert.equal(
      await page.getByRole('link', { name: 'Privacy policy' }).getAttribute('href'),
      'https://lotus.example/privacy',
    );
    assert.equal(await page.getByRole('link', { name: 'Help' }).getAttribute('href'), 'mailto:help@lotus.example');
    await bothLanguages(page, problems, 'branded-sign-in');
    await context.close();
  });
});
