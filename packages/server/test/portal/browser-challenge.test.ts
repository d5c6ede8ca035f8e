// The sign-in challenge in Chromium with `image+pow`: the page's script solves the proof of work under the portal's
// CSP; with JavaScript off the image stays, and "Show a new image" replaces it without counting as a failure.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { signUp, solveCaptcha } from '../support/journey.js';
import { browserSkip, checkPage, newPerson, press, screenshot, useLiveBrowser } from './browser-support.js';

const PASSWORD = 'lantern-harbour-42';
const skip = browserSkip();

async function failOnce(page: Page, email: string) {
  await page.goto('/sign-in?lang=en');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('not-the-password');
  await press(page, 'Continue');
  assert.match((await page.textContent('.error-summary')) ?? '', /The email or password is incorrect/);
}

describe('the sign-in challenge in a browser', { skip }, () => {
  const env = useLiveBrowser({
    risk: { captchaAfterEmailFailures: 1 },
    captcha: { kind: 'image+pow', maxNumber: 5000 },
  });

  test('the page solves the proof of work itself: no code to type, and the right password signs in', async () => {
    await signUp(env.live.s, { email: 'dana@example.com', password: PASSWORD });
    const { page, problems, context } = await newPerson(env.browser, env.live);
    await failOnce(page, 'dana@example.com');
    await page.locator('[data-pow][data-solved="true"]').waitFor();
    assert.match((await page.textContent('[data-pow]')) ?? '', /Check complete/);
    assert.equal(await page.locator('img.captcha').isVisible(), false, 'the image is hidden once solved');
    assert.equal(await page.locator('#field-captcha_answer').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Show a new image' }).isVisible(), false);
    await checkPage(page, problems);
    await screenshot(page, 'sign-in-proof-of-work');
    await page.getByLabel('Email').fill('dana@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');
    await context.close();
  });

  test('without JavaScript: the image, a new image on request, and its code signs in', async () => {
    const { s } = env.live;
    await signUp(s, { email: 'eli@example.com', password: PASSWORD });
    const context = await env.browser.newContext({ baseURL: env.live.url, javaScriptEnabled: false, locale: 'en-GB' });
    const page = await context.newPage();
    await failOnce(page, 'eli@example.com');
    assert.equal(await page.locator('[data-pow]').isVisible(), false, 'no script, no proof of work shown');
    const first = await page.locator('img.captcha').getAttribute('src');
    await press(page, 'Show a new image');
    assert.equal(await page.locator('.error-summary').count(), 0, 'a new image is no failure');
    const second = await page.locator('img.captcha').getAttribute('src');
    assert.ok(second && second !== first, 'another image');
    const flowId = await page.locator('input[name="flow"]').getAttribute('value');
    await page.getByLabel('Email').fill('eli@example.com');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Code from the image').fill(await solveCaptcha(s, flowId!));
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/account');
    await context.close();
  });
});
