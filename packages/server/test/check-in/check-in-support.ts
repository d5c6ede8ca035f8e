// Helpers for the check-in suites: a person with a session and connected apps, check-ins that keep the credential
// chain, activation codes redeemed over HTTP, and waiting for what another instance or a timer does.
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TestServer } from '../support/test-server.js';
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
  return { credential: done.body.result!.deviceCredential!, deviceId: done.body.result!.device!.id };
}

/** Checks in and keeps the chain: the app's credential becomes the one the answer gave. */
export async function checkIn(s: TestServer, app: App): Promise<Reply> {
  const reply = await call(s, 'POST', '/v1/check-in', { credential: app.credential });
  if (reply.status === 200) app.credential = reply.body.deviceCredential;
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
