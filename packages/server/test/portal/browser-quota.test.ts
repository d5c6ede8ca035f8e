// A spent SMS quota in Chromium: "Get a new code" is disabled with the wait in words, the refusal names it, in both
// languages; without JavaScript the button is disabled all the same (the server renders it so).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { addPhone, signUp } from '../support/journey.js';
import { browserSkip, checkPage, newPerson, press, screenshot, useLiveBrowser } from './browser-support.js';

const PASSWORD = 'lantern-harbour-42';
const EMAIL = 'quota@example.com';
const skip = browserSkip();

async function signIn(page: Page, lang: 'en' | 'vi') {
  await page.goto(`/sign-in?lang=${lang}`);
  await page.locator('#field-email').fill(EMAIL);
  await page.locator('#field-password').fill(PASSWORD);
  await press(page, lang === 'en' ? 'Continue' : 'Tiếp tục');
}

describe('a spent SMS quota in a browser', { skip }, () => {
  const env = useLiveBrowser({ sms: { perNumberHour: 2 } });

  test('the resend button is disabled with the wait; a refused sign-in says when to try again', async () => {
    const { s } = env.live;
    const { token } = await signUp(s, { email: EMAIL, password: PASSWORD });
    await addPhone(s, token, '+12015550188', PASSWORD); // one of the hour's two

    const { page, problems, context } = await newPerson(env.browser, env.live);
    await signIn(page, 'en'); // the second: the hour is spent now
    const resend = page.getByRole('button', { name: /^Get a new code/ });
    assert.equal(await resend.isDisabled(), true, 'not offered: it would be refused');
    assert.match((await resend.textContent()) ?? '', /^Get a new code \((1 hour|60 minutes)\)$/);
    assert.match((await page.textContent('#countdown')) ?? '', /^You can ask for a new code in (1 hour|60 minutes)\.$/);
    await checkPage(page, problems);
    await screenshot(page, 'second-factor-quota-spent');
    await context.close();

    const refused = await newPerson(env.browser, env.live, { locale: 'vi' });
    await signIn(refused.page, 'vi');
    assert.match(
      (await refused.page.textContent('main')) ?? '',
      /Đã gửi quá nhiều mã\. Hãy thử lại sau (1 giờ|60 phút)\./,
    );
    const again = refused.page.getByRole('button', { name: /^Nhận mã mới/ });
    assert.equal(await again.isDisabled(), true);
    assert.match((await refused.page.textContent('#countdown')) ?? '', /sau (1 giờ|60 phút)\.$/);
    await checkPage(refused.page, refused.problems);
    await screenshot(refused.page, 'second-factor-quota-refused');
    await refused.context.close();

    const noScript = await env.browser.newContext({ baseURL: env.live.url, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await signIn(plain, 'en');
    assert.equal(await plain.getByRole('button', { name: 'Get a new code' }).isDisabled(), true);
    assert.match((await plain.textContent('#countdown')) ?? '', /in 1 hour\./);
    await noScript.close();
  });
});
