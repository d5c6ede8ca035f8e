// The desk's browser suites: an operator's browser signed in to the portal and through the console's own sign-in,
// and submitting a form by its action (the same in both languages).
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { checkPage, newPerson, type LiveServer } from '../portal/browser-support.js';
import { nextCode, PASSWORD, PORTAL_SESSION, type Operator } from './console-support.js';

/** The operator's browser: signed in to the portal (its session cookie), then through the console's own sign-in. */
export async function consoleBrowser(
  env: { live: LiveServer; browser: Browser },
  operator: Operator,
  locale: 'en' | 'vi',
) {
  const person = await newPerson(env.browser, env.live, { locale: locale === 'vi' ? 'vi-VN' : 'en-GB' });
  const host = new URL(env.live.url).hostname;
  await person.context.addCookies([
    {
      name: PORTAL_SESSION,
      value: operator.token,
      domain: host,
      path: '/',
      secure: true,
      httpOnly: true,
      sameSite: 'Lax',
    },
  ]);
  const { page } = person;
  await page.goto(`/console/sign-in?lang=${locale}`);
  await checkPage(page, person.problems);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('input[name="code"]').fill(nextCode(env.live.s, operator));
  await Promise.all([
    page.waitForNavigation(),
    page.locator('form[action="/console/sign-in"] button[type="submit"]').click(),
  ]);
  assert.match(new URL(page.url()).pathname, /^\/console/);
  return person;
}

/** Submits the form posting to `action` and waits for the page it leads to. */
export async function submitForm(page: Page, action: string) {
  await Promise.all([page.waitForNavigation(), page.locator(`form[action="${action}"] button[type="submit"]`).click()]);
}
