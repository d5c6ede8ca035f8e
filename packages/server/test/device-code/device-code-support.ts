// Helpers for the RFC 8628 suites: a device that asks and polls, and a person who signs in and answers on /activate.
import assert from 'node:assert/strict';
import type { DeviceCodeView } from '@tessera/protocol';
import { call, type Reply } from '../support/journey.js';
import type { TestServer } from '../support/test-server.js';
import { PortalClient, textOf, type Page } from '../portal/portal-client.js';

export const PASSWORD = 'lantern-harbour-42';
export const TV = { name: 'Living-room TV', platform: 'tvos' };

export async function askForCode(s: TestServer, ip = '203.0.113.7'): Promise<DeviceCodeView> {
  const r = await call<DeviceCodeView>(s, 'POST', '/v1/device/code', { appId: 'app.tv', device: TV }, { ip });
  assert.equal(r.status, 200, JSON.stringify(r.body));
  return r.body;
}

export const poll = (s: TestServer, deviceCode: string): Promise<Reply> =>
  call(s, 'POST', '/v1/device/token', { device_code: deviceCode });

/** A poll after the interval, as a well-behaved device makes it. */
export async function pollLater(s: TestServer, code: DeviceCodeView): Promise<Reply> {
  s.clock.advance(code.interval * 1000);
  return poll(s, code.device_code);
}

/** A browser signed in to the portal with `email` (no second factor on these accounts). */
export async function signedInBrowser(s: TestServer, email: string, ip = '198.51.100.20'): Promise<PortalClient> {
  const browser = new PortalClient(s, { ip });
  const page = await browser.get('/sign-in');
  const done = await browser.submit(page, '/sign-in', { email, password: PASSWORD });
  assert.equal(done.status, 303, textOf(done));
  return browser;
}

/** Opens /activate with the code as a person would type it, continues as the signed-in account: the flow's first step. */
export async function continueOnActivate(browser: PortalClient, typed: string): Promise<Page> {
  const request = await browser.get(`/activate?code=${encodeURIComponent(typed)}`);
  assert.equal(request.status, 200, textOf(request));
  const started = await browser.submit(request, '/activate');
  assert.equal(started.status, 303, textOf(started));
  assert.equal(started.location, '/activate/flow');
  return browser.follow(started);
}

/** The person's whole answer on /activate for `email` (signed in first): what the SDK and CLI tests drive. */
export async function answerDeviceCode(
  s: TestServer,
  userCode: string,
  email: string,
  action: 'approve' | 'deny',
): Promise<Page> {
  const browser = await signedInBrowser(s, email);
  const step = await continueOnActivate(browser, userCode);
  const answered = await browser.submit(step, '/activate/flow', { action });
  return browser.follow(answered);
}
