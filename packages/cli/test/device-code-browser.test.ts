// The end-to-end: `tessera connect --device-code` waits while a real Chromium opens verification_uri_complete,
// signs in (an image code after wrong passwords, then the SMS code), accepts the statement, chooses a subscription
// and approves; the CLI ends connected on that plan. An unanswered code ends the CLI with exit 6.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  addPhone,
  browserSkip,
  call,
  checkPage,
  fileBrowser,
  latestCode,
  mintCodes,
  newPerson,
  press,
  signUp,
} from '@tessera/server/testing';
import type { Browser } from 'playwright-core';
import { newHome, serve, type Served } from './support/harness.js';
import { runDeviceCode } from './support/device-code.js';

const EMAIL = 'khanh@example.com';
const PASSWORD = 'lantern-harbour-42';
const PHONE = '+12015550142';
const skip = browserSkip();

describe('tessera connect --device-code with the person in Chromium', { skip }, () => {
  let served: Served;
  let browser: Browser;
  let ticking: NodeJS.Timeout;
  before(async () => {
    // The file's Chromium (closed after its last test) starts while the server does.
    const launching = fileBrowser();
    // The CLI polls every second of real time; the server's clock runs ahead so each poll keeps the interval.
    served = await serve({ deviceCode: { intervalSeconds: 1, lifetimeSeconds: 120 } });
    ticking = setInterval(() => served.s.clock.advance(1000), 250);
    browser = await launching;
    const { s } = served;
    const { token } = await signUp(s, { email: EMAIL, password: PASSWORD, country: 'VN' });
    await addPhone(s, token, PHONE, PASSWORD);
    for (const plan of ['personal', 'family']) {
      const { codes } = await mintCodes(s, plan, 1);
      assert.equal((await call(s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token })).status, 201);
    }
    await s.tessera.services.consent.publish({ region: 'VN', locale: 'en', title: 'Data statement', body: 'Why.' });
  });
  after(async () => {
    clearInterval(ticking);
    await served?.close();
  });

  test('image code, SMS, statement, subscription, approve → the CLI is connected on Family', async () => {
    const { s } = served;
    const ran = await runDeviceCode(served, newHome(), async (event) => {
      const { page, problems } = await newPerson(browser, served);
      await page.goto(event.verificationUriComplete);
      await checkPage(page, problems);
      await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Sign in to continue' }).click()]);
      for (let i = 0; i < 3; i++) {
        await page.getByLabel('Email').fill(EMAIL);
        await page.getByLabel('Password').fill(`not-the-password-${i}`);
        await press(page, 'Continue');
      }
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.locator('#field-captcha_answer').fill(s.captchaCodes.at(-1)!);
      await press(page, 'Continue');
      await page.getByLabel('Verification code').fill(await latestCode(s, PHONE));
      await press(page, 'Continue');
      assert.equal(new URL(page.url()).pathname, '/activate');
      await press(page, `Continue as ${EMAIL}`);
      await press(page, 'Accept and connect');
      await press(page, /^Family/);
      await checkPage(page, problems);
      await press(page, 'Approve');
      assert.match((await page.textContent('main')) ?? '', /The device is connected/);
      await page.context().close();
    });
    assert.equal(ran.code, 0, JSON.stringify(ran.result) + ran.err);
    assert.equal(ran.result.status.state, 'connected');
    assert.equal(ran.result.status.plan, 'family');
  });

  test('nobody answers: the code expires and the CLI exits 6', async () => {
    // Nobody is waited for here: the server's clock runs 120× real time, so the 120 s code lapses in about a second.
    clearInterval(ticking);
    ticking = setInterval(() => served.s.clock.advance(30_000), 250);
    const ran = await runDeviceCode(served, newHome(), async () => undefined);
    assert.equal(ran.code, 6, JSON.stringify(ran.result));
    assert.equal(ran.result.code, 'DEVICE_CODE_EXPIRED');
  });
});
