// The licensing case in Chromium, in English and in Vietnamese: a licensing operator opens the console, mints 1,000
// codes (the page follows the mint by itself) and downloads the CSV once, publishes a new statement version and sees
// it asked at the customer's next connect; a role refusal. axe checks every page; screenshots of each.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parseActivationCode } from '../../src/licensing/index.js';
import { connectApp, signUp } from '../support/journey.js';
import { browserSkip, checkPage, screenshot, useLiveBrowser } from '../portal/browser-support.js';
import { makeOperator } from './console-support.js';
import { consoleBrowser, submitForm } from './browser-desk-support.js';

const skip = browserSkip();

const TEXTS = {
  en: {
    ready: /of 1,000 codes is ready/,
    title: 'How we keep your data',
    body: 'We keep what the app needs.\n\nNothing more.',
  },
  vi: {
    ready: /gồm 1\.000 mã đã sẵn sàng/,
    title: 'Cách chúng tôi giữ dữ liệu',
    body: 'Chúng tôi chỉ giữ những gì ứng dụng cần.',
  },
} as const;

describe('the console in a browser: the licensing case', { skip }, () => {
  const env = useLiveBrowser({ webhooks: { worker: false } });

  for (const lang of ['en', 'vi'] as const) {
    test(`mint 1,000 codes and download them once, publish a statement, asked at the next connect (${lang})`, async () => {
      const { s } = env.live;
      const operator = await makeOperator(s, `licensing-${lang}@example.com`, 'licensing');
      const { page, problems, context } = await consoleBrowser(env, operator, lang);

      await page.goto('/console/codes');
      await checkPage(page, problems);
      await page.locator('#mint-plan').selectOption('personal');
      await page.locator('#mint-count').fill('1000');
      await page.locator('#mint-note').fill(`browser ${lang}`);
      await submitForm(page, '/console/codes/mint');
      assert.match(new URL(page.url()).pathname, /^\/console\/codes\/mints\/mnt_/);
      // A running mint's page reloads itself (Refresh header) until the batch is stored.
      await page.locator('main').getByText(TEXTS[lang].ready).waitFor({ timeout: 60_000 });
      await checkPage(page, problems);
      await screenshot(page, 'console-mint');

      const csvAction = `${new URL(page.url()).pathname}/csv`;
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`form[action="${csvAction}"] button[type="submit"]`).click(),
      ]);
      const lines = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\r\n');
      assert.equal(lines.length, 1001);
      assert.ok(lines.slice(1).every((l) => parseActivationCode(l.split(',')[0]!).ok));
      await page.reload();
      assert.equal(await page.locator(`form[action="${csvAction}"]`).count(), 0, 'the download is offered once');
      await checkPage(page, problems);
      await page.goto('/console/codes');
      assert.match((await page.textContent('main')) ?? '', new RegExp(`browser ${lang}`));
      await screenshot(page, 'console-codes');

      // The customer whose next connect must ask for the new version.
      const customer = { email: `customer-${lang}@example.com`, password: 'correct-horse-battery-9' };
      await signUp(s, customer);

      await page.goto('/console/statements');
      await checkPage(page, problems);
      await screenshot(page, 'console-statements');
      await page.locator('#statement-region').fill('VN');
      await page.locator('#statement-locale').selectOption(lang);
      await page.locator('#statement-title').fill(TEXTS[lang].title);
      await page.locator('#statement-body').fill(TEXTS[lang].body);
      await submitForm(page, '/console/statements');
      assert.match(new URL(page.url()).pathname, /^\/console\/statements\/VN\/\d+$/);
      assert.match((await page.textContent('main')) ?? '', new RegExp(TEXTS[lang].title));
      await checkPage(page, problems);
      await screenshot(page, 'console-statement');

      const connect = await connectApp(s, customer);
      assert.equal(connect.body.step, 'consent', JSON.stringify(connect.body));
      assert.ok(JSON.stringify(connect.body.ui).includes(TEXTS[lang].title), 'the new version is the one asked');

      // Tokens belong to the admin role: the refusal says so.
      const refused = await page.goto('/console/tokens');
      assert.equal(refused?.status(), 403);
      assert.match((await page.textContent('main')) ?? '', /admin/);
      await checkPage(page, problems);
      await context.close();
    });
  }
});
