// The rest of the desk in Chromium as an admin: overview with its charts, plans, webhooks with the delivery log and
// one delivery, tokens with one just created; axe on each page in both languages, and their screenshots.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { utcDay } from '../../src/overview/index.js';
import { connectApp, signUp } from '../support/journey.js';
import { bothLanguages, browserSkip, checkPage, useLiveBrowser } from '../portal/browser-support.js';
import { makeOperator } from './console-support.js';
import { consoleBrowser, submitForm } from './browser-desk-support.js';

const skip = browserSkip();

describe('the console in a browser: overview, plans, webhooks and tokens', { skip }, () => {
  const env = useLiveBrowser({ webhooks: { worker: false } });

  test('every desk page passes axe in English and Vietnamese', async () => {
    const { s } = env.live;
    const admin = await makeOperator(s, 'gallery-admin@example.com', 'admin');
    const hooks = await s.tessera.services.operator.webhooks.create({
      url: 'https://crm.example.com/hooks',
      eventTypes: ['account.created', 'code.redeemed'],
      description: 'CRM',
    });
    assert.ok(hooks.ok);
    // Customers with subscriptions of two plans, their apps connecting a few minutes apart (the check-in chart).
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const person = { email: `customer${n}@example.com`, password: 'correct-horse-battery-9' };
      const { accountId } = await signUp(s, person);
      const granted = await s.tessera.licensing.operator.grant({ accountId, planId: n % 3 ? 'personal' : 'family' });
      assert.ok(granted.ok);
      s.clock.advance((n % 2 ? 3 : 1) * 60_000);
      assert.equal((await connectApp(s, person)).body.step, 'done');
    }
    const day = utcDay(s.clock.now());
    for (const [country, outcome] of [
      ['VN', 'sent'],
      ['VN', 'sent'],
      ['VN', 'refused'],
      ['US', 'sent'],
    ] as const)
      await s.tessera.stores.overview.addSms(day, country, outcome);

    const { page, problems } = await consoleBrowser(env, admin, 'en');
    await page.goto('/console/overview');
    const charts = await page
      .locator('svg[role="img"]')
      .evaluateAll((svgs) => svgs.map((e) => e.getAttribute('aria-labelledby')));
    assert.equal(charts.length, 3, `${charts.join(', ')}: ${await page.textContent('main')}`);
    await bothLanguages(page, problems, 'console-overview');

    await page.goto('/console/plans');
    await bothLanguages(page, problems, 'console-plans');

    await page.goto('/console/webhooks');
    await bothLanguages(page, problems, 'console-webhooks');
    await page.goto(`/console/webhooks/${hooks.endpoint.id}`);
    await bothLanguages(page, problems, 'console-deliveries');
    await page.locator('main table a').first().click();
    await page.waitForLoadState();
    assert.match(new URL(page.url()).pathname, /\/deliveries\/dlv_/);
    await bothLanguages(page, problems, 'console-delivery');

    await page.goto('/console/tokens');
    await page.locator('#token-name').fill('web shop');
    await page.locator('input[name="scopes"][value="subscriptions:write"]').check();
    await submitForm(page, '/console/tokens');
    assert.match((await page.textContent('main')) ?? '', /tsk_/);
    await checkPage(page, problems);
    await page.goto('/console/tokens');
    await bothLanguages(page, problems, 'console-tokens');
  });
});
