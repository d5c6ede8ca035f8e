// The console in Chromium, in English and Vietnamese: the support case (a customer found by a mistyped activation
// code, their phone reset, a device slot freed) and a role refusal; axe on every page, screenshots when asked for
// (TESSERA_SCREENSHOTS=docs writes docs/screenshots/console-*.png).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { CONSOLE_EN } from '../../src/console/catalog-en.js';
import { CONSOLE_VI } from '../../src/console/catalog-vi.js';
import { addPhone, connectApp } from '../support/journey.js';
import type { TestServer } from '../support/test-server.js';
import { ensurePlan } from '../admin/admin-support.js';
import { mintCodes } from '../licensing/licensing-support.js';
import { browserSkip, checkPage, newPerson, press, screenshot, useLiveBrowser } from '../portal/browser-support.js';
import { makeOperator, nextCode, PASSWORD, type Operator } from './console-support.js';

const skip = browserSkip();
const TEXTS = { en: CONSOLE_EN, vi: CONSOLE_VI } as const;

/** A customer with two connected devices on a redeemed code, and a phone: who calls the support desk. */
async function customer(s: TestServer, email: string) {
  const op = await makeOperator(s, email, undefined, { totp: false });
  const { codes } = await mintCodes(s, 'pro', 1);
  assert.ok((await s.tessera.licensing.redeem({ accountId: op.accountId, input: codes[0]!, ip: '127.0.0.1' })).ok);
  for (const name of ['Lan laptop', 'Lan phone'])
    await connectApp(s, { email, password: PASSWORD, device: { name, platform: 'linux' } });
  await addPhone(s, op.token, '+84901234567', PASSWORD);
  return { ...op, code: codes[0]! };
}

/** The code as read out over the phone: lower case, in groups, one character misheard. */
function misread(code: string): string {
  const chars = code.replace(/-/g, '').split('');
  chars[11] = chars[11] === 'K' ? 'M' : 'K';
  return chars
    .join('')
    .toLowerCase()
    .replace(/(.{5})/g, '$1 ')
    .trim();
}

/**
 * The portal's own sign-in (email, password, authenticator code), which the console sends the browser to and which
 * leads back to the console's sign-in; the form fields are found by name, the portal's texts are not this suite's.
 */
async function portalSignIn(s: TestServer, page: Page, operator: Operator) {
  await page.goto('/console');
  assert.match(new URL(page.url()).pathname, /^\/sign-in$/);
  await page.locator('input[name="email"]').fill(operator.email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await Promise.all([page.waitForNavigation(), page.locator('button[value="continue"]').click()]);
  await page.locator('input[name="code"]').fill(nextCode(s, operator));
  await Promise.all([page.waitForNavigation(), page.locator('button[value="verify"]').click()]);
  assert.match(new URL(page.url()).pathname, /^\/console\/sign-in$/);
}

describe('the console in a browser', { skip }, () => {
  const env = useLiveBrowser({ webhooks: { worker: false } });

  for (const lang of ['en', 'vi'] as const) {
    test(`the support case, in ${lang}`, async () => {
      const { s } = env.live;
      const t = TEXTS[lang];
      await ensurePlan(s);
      const support = await makeOperator(s, `support.${lang}@vendor.example`, 'support');
      const lan = await customer(s, `lan.${lang}@customer.example`);
      const { context, page, problems } = await newPerson(env.browser, env.live, {
        locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
      });
      await portalSignIn(s, page, support);
      assert.equal(await page.getAttribute('html', 'lang'), lang);
      await checkPage(page, problems);
      await screenshot(page, 'console-sign-in');
      await page.getByLabel(t['signIn.password']).fill(PASSWORD);
      await page.getByLabel(t['signIn.code'], { exact: true }).fill(nextCode(s, support));
      await press(page, t['signIn.submit']);
      assert.match(page.url(), /\/console$/);
      await checkPage(page, problems);

      await page.getByLabel(t['search.label']).fill(misread(lan.code));
      await press(page, t['search.submit']);
      await checkPage(page, problems);
      await screenshot(page, 'console-search');
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: lan.email }).click()]);
      assert.match(page.url(), new RegExp(`/console/accounts/${lan.accountId}$`));
      assert.match((await page.textContent('main')) ?? '', /\+84901234567/);
      await checkPage(page, problems);
      await screenshot(page, 'console-account');

      // Six minutes on the phone with the customer: the reset asks for a fresh proof first, then is pressed again.
      s.clock.advance(6 * 60_000);
      await press(page, t['action.resetFactors']);
      assert.match(page.url(), /\/console\/confirm\?next=/);
      await checkPage(page, problems);
      await screenshot(page, 'console-confirm');
      await page.getByLabel(t['signIn.password']).fill(PASSWORD);
      await page.getByLabel(t['signIn.code'], { exact: true }).fill(nextCode(s, support));
      await press(page, t['confirm.submit']);
      assert.match(page.url(), new RegExp(`/console/accounts/${lan.accountId}$`));
      await press(page, t['action.resetFactors']);
      assert.match((await page.textContent('.notice')) ?? '', new RegExp(t['flash.factorsReset'].slice(0, 20)));
      await checkPage(page, problems);
      assert.equal((await s.tessera.services.accounts.get(lan.accountId))!.phoneE164, null);

      await press(page, t['action.disconnect'].replace('{name}', 'Lan laptop'));
      assert.match((await page.textContent('.notice')) ?? '', new RegExp(t['flash.deviceDisconnected'].slice(0, 20)));
      await checkPage(page, problems);
      await screenshot(page, 'console-account-after');
      const [sub] = await s.tessera.services.licensing.listForAccount(lan.accountId);
      assert.equal(sub!.seatsUsed, 1, 'the laptop’s seat is free');
      await context.close();
    });

    test(`a role refusal names the roles that may, in ${lang}`, async () => {
      const { s } = env.live;
      const t = TEXTS[lang];
      const operator = await makeOperator(s, `moved.${lang}@vendor.example`, 'support');
      const target = await makeOperator(s, `target.${lang}@customer.example`, undefined, { totp: false });
      const { context, page, problems } = await newPerson(env.browser, env.live, {
        locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
      });
      await portalSignIn(s, page, operator);
      await page.getByLabel(t['signIn.password']).fill(PASSWORD);
      await page.getByLabel(t['signIn.code'], { exact: true }).fill(nextCode(s, operator));
      await press(page, t['signIn.submit']);
      await page.goto(`/console/accounts/${target.accountId}`);
      // Meanwhile an administrator moves the operator to the licensing desk; the open page's button is now refused.
      const moved = await s.tessera.services.operator.consoleOperators.grant({
        email: operator.email,
        role: 'licensing',
      });
      assert.ok(moved.ok);
      await press(page, t['action.signOutAll']);
      const body = (await page.textContent('main')) ?? '';
      assert.match(body, new RegExp(t['refusal.title']));
      assert.ok(body.includes(`${t['role.support']}${t['list.or']}${t['role.admin']}`), body);
      await checkPage(page, problems);
      await screenshot(page, 'console-refusal');
      await context.close();
    });
  }
});
