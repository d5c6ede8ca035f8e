// Browser tests' support: Debian's Chromium through playwright-core against a real listening server, axe-core on
// every distinct page, console (CSP) errors caught, and screenshots into docs/screenshots when asked for.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before } from 'node:test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/test-server.js';

export const CHROMIUM = process.env.TESSERA_CHROMIUM ?? '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
// The committed gallery is refreshed on purpose (TESSERA_SCREENSHOTS=docs); TESSERA_SCREENSHOTS=tmp writes them to a
// temp folder. `npm test` takes none: nothing looks at them there, each costs a render and a PNG encoding, and the work
// tree stays as it was (captcha images and QR codes differ every run).
const SHOTS = process.env.TESSERA_SCREENSHOTS;
export const SCREENSHOTS: string | undefined =
  SHOTS === 'docs' ? `${ROOT}docs/screenshots` : SHOTS ? join(tmpdir(), 'tessera-screenshots') : undefined;
// Read once and evaluated through the DevTools protocol: addScriptTag would add an inline script, which the portal's
// CSP (rightly) refuses; evaluation leaves the CSP in force, so the pages' own CSP violations still show up.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Whether the browser suites run. Without Chromium they are skipped with a notice on a workstation, and fail in CI
 * (.ci/run installs it), so a missing browser can never pass there unnoticed.
 */
export function browserSkip(): string | false {
  if (existsSync(CHROMIUM)) return false;
  if (process.env.CI === 'true')
    throw new Error(
      `Chromium not found at ${CHROMIUM}: CI must run the browser tests (set TESSERA_CHROMIUM or install chromium)`,
    );
  process.stderr.write(
    `# notice: no Chromium at ${CHROMIUM}; the portal browser tests are skipped (install chromium or set TESSERA_CHROMIUM)\n`,
  );
  return `no Chromium at ${CHROMIUM}`;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

// One Chromium per test file, whatever its suites: launching one costs seconds of CPU, while a context per person
// (its own cookies and storage) isolates as well. Launched by the first suite that asks, closed after the file's last
// test (a root-level hook, registered when a test file imports this module).
let fileBrowserLaunch: Promise<Browser> | undefined;

/** The test file's Chromium (see above); suites never close it themselves. */
export function fileBrowser(): Promise<Browser> {
  if (!fileBrowserLaunch) {
    fileBrowserLaunch = launchBrowser();
    fileBrowserLaunch.catch(() => undefined); // a failed launch fails the suite that awaits it, not the process
  }
  return fileBrowserLaunch;
}

after(async () => {
  const browser = await fileBrowserLaunch?.catch(() => undefined);
  await browser?.close();
});

export interface LiveServer {
  s: TestServer;
  url: string;
  close(): Promise<void>;
}

/** A real Tessera listening on a local port (dev mode, so the outbox page exists). */
export async function startLiveServer(overrides?: Record<string, unknown>): Promise<LiveServer> {
  const s = await startTestServer({ db: 'sqlite', ...(overrides ? { overrides } : {}) });
  await s.tessera.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = s.tessera.app.server.address() as AddressInfo;
  return { s, url: `http://127.0.0.1:${port}`, close: () => s.close() };
}

export const VIEWPORT = { width: 1024, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** A browser context (its own cookies: a separate person) whose pages report console errors such as CSP refusals. */
export async function newPerson(
  browser: Browser,
  live: LiveServer,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
) {
  const context: BrowserContext = await browser.newContext({
    baseURL: live.url,
    viewport: options.viewport ?? VIEWPORT,
    locale: options.locale ?? 'en-GB',
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { context, page, problems };
}

/**
 * What makes a page distinct for axe, read in the page: its path and title, its styles, and every element's tag and
 * attributes (ids, classes, roles, ARIA, form state, inline styles) and whether it holds text of its own; not what
 * differs from visit to visit without changing what axe judges (typed values, links' and images' tokens, the text).
 */
function pageShape(): string {
  const VOLATILE = new Set(['value', 'href', 'src', 'action', 'content', 'nonce', 'datetime']);
  const parts: string[] = [location.pathname, document.title ? 'titled' : 'untitled'];
  // A flat loop in document order, depth included (no inner named functions: the test loader would wrap them in a
  // helper the page does not have).
  for (const element of Array.from(document.querySelectorAll('*'))) {
    let depth = 0;
    for (let up = element.parentElement; up; up = up.parentElement) depth += 1;
    const attributes = Array.from(element.attributes)
      .map((a) => (VOLATILE.has(a.name) ? `${a.name}${a.value ? '+' : '-'}` : `${a.name}=${a.value}`))
      .sort();
    const text = Array.from(element.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');
    parts.push(`${depth} ${element.tagName} ${attributes.join(' ')}${text ? ' #' : ''}`);
    if (element.tagName === 'STYLE') parts.push(element.textContent ?? '');
  }
  return parts.join('\n');
}

// The shapes axe has passed in this test file: a page seen again as it was (the same form after another wrong code,
// the language switched back) is not audited twice. Console errors are checked on every visit all the same.
const audited = new Set<string>();

/**
 * axe-core on the page as it stands (once per distinct page in a test file: see `pageShape`): any serious or critical
 * violation fails the test, and so does a console error.
 */
export async function checkPage(page: Page, problems: string[]): Promise<void> {
  const shape = createHash('sha256')
    .update(await page.evaluate(pageShape))
    .digest('hex');
  if (!audited.has(shape)) {
    await audit(page);
    audited.add(shape);
  }
  // A page answering a refused form with its 4xx status is logged by Chromium; a missing asset (404) is not excused.
  const errors = problems.filter(
    (p) => !/^Failed to load resource: the server responded with a status of 4(?:0[0-39]|1\d|29)\b/.test(p),
  );
  assert.deepEqual(errors, [], `console errors on ${page.url()}`);
}

async function audit(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious, [], `axe on ${page.url()}: ${JSON.stringify(serious, null, 1)}`);
}

/**
 * A screenshot of the viewport into docs/screenshots/<name>.<lang>.png (the page's language, from <html lang>), when
 * TESSERA_SCREENSHOTS asks for them.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  const lang = await page.getAttribute('html', 'lang');
  // Long pages are taken whole, up to two screens, so sections below the fold show too; PNGs stay small.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const viewport = page.viewportSize()!;
  const clip = { x: 0, y: 0, width: viewport.width, height: Math.min(height, viewport.height * 2) };
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.${lang}.png`, fullPage: height > viewport.height, clip });
}

/** The current page in both languages: checked with axe and screenshotted (if asked) in each, ending in `back`'s. */
export async function bothLanguages(
  page: Page,
  problems: string[],
  name: string,
  back: 'en' | 'vi' = 'en',
): Promise<void> {
  for (const lang of back === 'en' ? ['vi', 'en'] : ['en', 'vi']) {
    await page.locator(`nav.langs a[lang="${lang}"]`).click();
    await page.waitForLoadState();
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await checkPage(page, problems);
    await screenshot(page, name);
  }
}

/** Clicks a submit button and waits for the page the post leads to. */
export async function press(page: Page, name: string | RegExp): Promise<void> {
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name, exact: typeof name === 'string' }).click(),
  ]);
}

/**
 * A live server for the enclosing suite, started in its `before` and closed in its `after`, and the file's browser.
 * Call it inside `describe`; read `live` and `browser` in the tests (they exist once `before` has run).
 */
export function useLiveBrowser(overrides?: Record<string, unknown>): {
  readonly live: LiveServer;
  readonly browser: Browser;
} {
  let live: LiveServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    const launching = fileBrowser();
    live = await startLiveServer(overrides);
    browser = await launching;
  });
  after(async () => {
    await live?.close();
  });
  return {
    get live() {
      assert.ok(live, 'the live server starts in before()');
      return live;
    },
    get browser() {
      assert.ok(browser, 'the browser starts in before()');
      return browser;
    },
  };
}

/**
 * A virtual platform authenticator in this page's browser (the DevTools protocol's WebAuthn domain): resident keys,
 * user verification that always succeeds, presence simulated. Returns how to list the credentials it holds.
 */
export async function addVirtualAuthenticator(
  context: BrowserContext,
  page: Page,
): Promise<{ credentials: () => Promise<Array<{ credentialId: string }>> }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
  };
}
