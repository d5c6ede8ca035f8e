// Helpers for the check-in suites: a person with a session and connected apps, check-ins that keep the credential
// chain, activation codes redeemed over HTTP, and waiting for what another instance or a timer does.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestServer } from '../support/test-server.js';
import { LICENSE_HELD_HEADER, licenseFingerprint } from '@tessera/protocol';
import { call, connectApp, signUp, type Reply } from '../support/journey.js';
import { mintCodes } from '../licensing/licensing-support.js';

export const PASSWORD = 'lantern-harbour-42';

/** Until `done()` holds, checked every 5 ms for 10 s at most (an event that never comes fails the test). */
export async function until(done: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000 && !done(); i++) await sleep(5);
  assert.ok(done(), what);
}

let people = 0;

export interface App {
  credential: string;
  deviceId: string;
  /** The license token the last answer in full handed over. */
  token?: string;
}

export interface Person {
  email: string;
  token: string;
  accountId: string;
}

export async function person(s: TestServer, prefix = 'ci'): Promise<Person> {
  people += 1;
  const email = `${prefix}${people}-${Date.now() % 100_000}@example.com`;
  const { token, accountId } = await signUp(s, { email, password: PASSWORD });
  return { email, token, accountId };
}

/** A new device with one app connected (on Free while the account has no subscription). */
export async function connected(s: TestServer, p: Person, name = 'Laptop'): Promise<App> {
  const done = await connectApp(s, { email: p.email, password: PASSWORD, device: { name, platform: 'linux' } });
  assert.equal(done.body.step, 'done', JSON.stringify(done.body));
  const result = done.body.result!;
  return {
    credential: result.deviceCredential!,
    deviceId: result.device!.id,
    ...(result.license ? { token: result.license.token } : {}),
  };
}

/** The header naming the token `app` holds, as the SDK sends it (none before its first answer in full). */
export const naming = (app: App): Record<string, string> =>
  app.token ? { [LICENSE_HELD_HEADER]: licenseFingerprint(app.token) } : {};

/**
 * Checks in and keeps the chain: the app's credential and token become the ones an answer in full gave. By default as
 * an older app does, naming no token (every answer in full); `{ naming: true }` as the SDK does.
 */
export async function checkIn(s: TestServer, app: App, options: { naming?: boolean } = {}): Promise<Reply> {
  const res = await s.tessera.app.inject({
    method: 'POST',
    url: '/v1/check-in',
    payload: { credential: app.credential },
    headers: options.naming ? naming(app) : {},
  });
  const reply: Reply = { status: res.statusCode, body: JSON.parse(res.body), headers: res.headers };
  if (reply.status === 200 && reply.body.unchanged !== true) {
    app.credential = reply.body.deviceCredential;
    app.token = reply.body.license.token;
  }
  return reply;
}

export async function redeem(s: TestServer, p: Person, planId: string): Promise<string> {
  const { codes } = await mintCodes(s, planId, 1);
  const reply = await call(s, 'POST', '/v1/subscriptions/redeem', { code: codes[0] }, { token: p.token });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body.subscription.id as string;
}

export async function seatsUsed(s: TestServer, subscriptionId: string): Promise<number> {
  const row = await s.tessera.database.db
    .selectFrom('subscriptions')
    .select('seats_used')
    .where('id', '=', subscriptionId)
    .executeTakeFirstOrThrow();
  return Number(row.seats_used);
}

/** A series' value in `s`'s /metrics (the first line `line` matches; 0 when none does). */
export async function metric(s: TestServer, line: RegExp): Promise<number> {
  const text = (await s.tessera.app.inject({ method: 'GET', url: '/metrics' })).body;
  return Number(
    text
      .split('\n')
      .find((l) => line.test(l))
      ?.split(' ')
      .pop() ?? 0,
  );
}
