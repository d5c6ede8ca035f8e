// /activate in Chromium: a TV asks for a device code; the person opens verification_uri_complete signed out, signs in,
// accepts the data statement, chooses a subscription and approves; the TV's poll is connected on that plan. axe
// checks every page; the request and approve pages are screenshotted in both languages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { call, signUp } from '../support/journey.js';
import { mintCodes } from '../licensing/licensing-support.js';
import {
  bothLanguages,
  browserSkip,
  checkPage,
  newPerson,
  press,
  screenshot,
  useLiveBrowser,
} from './browser-support.js';

const EMAIL = 'hoa@example.com';
const PASSWORD = 'lantern-harbour-42';
const skip = browserSkip();

describe('the portal in a browser: connecting a device without a keyboard', { skip }, () => {
  const env = useLiveBrowser();

  test('open the link signed out, sign in, statement, subscription, approve → the device is connected', async () => {
    const { s } = env.live;
    const { token } = await signUp(s, { email: EMAIL, password: PASSWORD, country: 'VN' });
    for (const plan of ['personal', 'family']) {
      const { codes } = await mintCodes(s, plan, 1);
      assert.equal((await call(s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token })).status, 201);
    }
    await s.tessera.services.consent.publish({
      region: 'VN',
      locale: 'en',
      title: 'Statement on the provision of data',
      body: 'What we keep and why.',
    });
    const tv = await call(s, 'POST', '/v1/device/code', {
      appId: 'app.tv',
      device: { name: 'Living-room TV', platform: 'tvos' },
    });
    assert.equal(tv.status, 200);
    const { device_code: deviceCode, verification_uri_complete: link } = tv.body;
    assert.ok(link.startsWith(env.live.url));

    const { page, problems } = await newPerson(env.browser, env.live);
    await page.goto(link);
    const main = async () => (await page.textContent('main')) ?? '';
    assert.match(await main(), /app\.tv on “Living-room TV” \(tvos\) asks to connect/);
    await checkPage(page, problems);
    await bothLanguages(page, problems, 'activate-request');

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Sign in to continue' }).click()]);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await press(page, 'Continue');
    assert.equal(new URL(page.url()).pathname, '/activate');
    assert.match(await main(), /Approving connects it to hoa@example\.com/);
    await checkPage(page, problems);
    await press(page, `Continue as ${EMAIL}`);

    assert.match(await main(), /Statement on the provision of data/);
    await checkPage(page, problems);
    await press(page, 'Accept and connect');
    assert.match(await main(), /Choose the subscription this device uses/);
    await checkPage(page, problems);
    await press(page, /^Family/);
    assert.match(await main(), /Approving connects it to hoa@example\.com/);
    await checkPage(page, problems);
    await bothLanguages(page, problems, 'activate-approve');
    await press(page, 'Approve');
    assert.match(await main(), /The device is connected/);
    await checkPage(page, problems);
    await screenshot(page, 'activate-done');

    s.clock.advance(5_000);
    const answer = await call(s, 'POST', '/v1/device/token', { device_code: deviceCode });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.result.license.plan, 'family');
    assert.equal(answer.body.result.account.email, EMAIL);
  });
});
