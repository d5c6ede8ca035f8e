// The pen test's open redirect: no spelling of `next` (encoded, dot segments, backslashes, control characters) leaves the site.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { safeNext } from '../../src/portal/safe-next.js';
import { PortalClient, portalSignUp } from '../portal/portal-client.js';

const PASSWORD = 'lantern-harbour-42';

/** Every way the pen test and its usual variants spell "another origin" once a browser has read the Location. */
const HOSTILE = [
  '/.//evil.example',
  '/..//evil.example',
  '/././/evil.example',
  '/a/../..//evil.example',
  '/%2e//evil.example',
  '/%2e%2e//evil.example',
  '/%2E%2E/%2E%2E//evil.example',
  '/./%2f/evil.example',
  '/%2F%2Fevil.example',
  '/%252F%252Fevil.example',
  '/%25252F%25252Fevil.example',
  '//evil.example',
  '///evil.example',
  '/\\evil.example',
  '/%5Cevil.example',
  '/%5C%5Cevil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/%09/evil.example',
  '/%0a//evil.example',
  '/%0D%0A//evil.example',
  '/%00//evil.example',
  '/\u007f/evil.example',
  'https://evil.example',
  'https:/evil.example',
  'HTTPS://evil.example',
  'javascript:alert(1)',
  'data:text/html,x',
  ' /account',
  '%2F%2Fevil.example',
  './/evil.example',
  'evil.example',
  '',
  '/%',
  '/%E0%A4%A',
];

const FINE: Array<[string, string]> = [
  ['/account/devices', '/account/devices'],
  ['/account/privacy?lang=en', '/account/privacy?lang=en'],
  ['/invitations/accept?token=tin_abc#frag', '/invitations/accept?token=tin_abc'],
  ['/account/./devices', '/account/devices'],
  ['/account/x/../devices', '/account/devices'],
];

describe('return addresses (next)', () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer({ db: 'sqlite' });
  });
  after(async () => {
    await s.close();
  });

  test('safeNext refuses every hostile spelling and keeps same-site paths, normalised', () => {
    for (const bad of HOSTILE) assert.equal(safeNext(bad), undefined, JSON.stringify(bad));
    for (const [good, expected] of FINE) assert.equal(safeNext(good), expected, good);
  });

  test('a signed-in person visiting /sign-in or /sign-up with a hostile next stays on the site', async () => {
    const browser = new PortalClient(s);
    await portalSignUp(s, browser, 'nadia@example.com', PASSWORD);
    for (const path of ['/sign-in', '/sign-up']) {
      for (const bad of HOSTILE) {
        const page = await browser.get(`${path}?next=${encodeURIComponent(bad)}`);
        assert.equal(page.status, 303, `${path} ${JSON.stringify(bad)}`);
        assert.equal(page.location, '/account', `${path} ${JSON.stringify(bad)}`);
      }
      // The pen test's exact URL, as it sent it.
      assert.equal((await browser.get(`${path}?next=%2F.%2F%2Fevil.example`)).location, '/account');
      assert.equal((await browser.get(`${path}?next=%2Faccount%2Fdevices`)).location, '/account/devices');
    }
  });

  test('a posted next is held to the same rule when the sign-in finishes', async () => {
    const owner = new PortalClient(s);
    await portalSignUp(s, owner, 'omar@example.com', PASSWORD);
    for (const [next, expected] of [
      ['/.//evil.example', '/account'],
      ['/%2e%2e//evil.example', '/account'],
      ['/account/devices', '/account/devices'],
    ] as const) {
      const browser = new PortalClient(s);
      const page = await browser.get('/sign-in');
      const done = await browser.submit(page, '/sign-in', { email: 'omar@example.com', password: PASSWORD, next });
      assert.equal(done.status, 303, next);
      assert.equal(done.location, expected, next);
    }
  });
});
