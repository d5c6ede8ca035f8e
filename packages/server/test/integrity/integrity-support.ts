// Helpers for the integrity suites: a listening server, sessions without sign-in journeys, JSON over real HTTP,
// concurrent starts, and the doctor's checks (the same SQL the operator's `admin doctor` runs).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { createDoctor, type Finding } from '../../src/integrity/index.js';
import { newToken } from '../../src/common/index.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import type { DbKind } from '../support/databases.js';
import { createAccounts } from '../licensing/licensing-support.js';

export const RACERS = 200;

/** Limits out of the way of what a race suite measures (request and attempt rates are not under test). */
export const UNLIMITED_RATES = {
  requestsPerMinute: 1_000_000,
  licensing: { redeemPerAccountHour: 1_000_000, redeemPerIpHour: 1_000_000, invitationsPerAccountHour: 10_000 },
};

export const DEVICE_LIMIT = 5;
export const SUBSCRIPTION_LIMIT = 5;

/**
 * A server for the race suites: the account limits under test set low, rates out of the way, and plans with five
 * seats (`five`), five member places (`fam`) and seats to spare (`wide`); with its racing accounts.
 */
export async function startRaceServer(db: DbKind): Promise<{ s: TestServer; racers: string[] }> {
  const s = await startTestServer({
    db,
    overrides: {
      ...UNLIMITED_RATES,
      licensing: {
        ...UNLIMITED_RATES.licensing,
        maxDevicesPerAccount: DEVICE_LIMIT,
        maxSubscriptionsPerAccount: SUBSCRIPTION_LIMIT,
      },
    },
  });
  for (const plan of [
    { id: 'five', name: 'Five seats', deviceLimit: 5, memberLimit: 1, features: ['basic'], termDays: 30 },
    { id: 'fam', name: 'Family of six', deviceLimit: 10, memberLimit: 6, features: ['basic'], termDays: 30 },
    { id: 'wide', name: 'Wide', deviceLimit: 1000, memberLimit: 1, features: ['basic'], termDays: 30 },
  ])
    assert.ok((await s.tessera.licensing.operator.createPlan(plan)).ok);
  return { s, racers: await createAccounts(s, RACERS) };
}

/** The server listening on a loopback port, for clients that race over real sockets. */
export async function listen(s: TestServer): Promise<string> {
  await s.tessera.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(s.tessera.app.server.address() as AddressInfo).port}`;
}

/** A session token per account, made directly (what a finished sign-in gives), so races skip argon2. */
export async function sessionsFor(s: TestServer, accountIds: readonly string[]): Promise<string[]> {
  const tokens: string[] = [];
  for (const accountId of accountIds)
    tokens.push((await s.tessera.services.sessions.create({ accountId, ip: null, userAgent: null })).token);
  return tokens;
}

export interface Reply {
  status: number;
  body: any;
}

export async function request(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  bearer?: string,
  extra: Record<string, string> = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...extra };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: await response.json() };
}

/** Runs every task at once, released together, and waits for all of them. */
export async function atOnce<T>(tasks: Array<() => Promise<T>>): Promise<T[]> {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const running = tasks.map(async (task) => {
    await gate;
    return task();
  });
  release();
  return Promise.all(running);
}

export const connectBody = (appId = 'app.race', name = 'Racer') => ({
  kind: 'connect',
  appId,
  device: { name, platform: 'linux' },
});

/** What `admin doctor` would report; the suites require it to be empty. */
export async function findings(s: TestServer): Promise<Finding[]> {
  return createDoctor({ store: s.tessera.stores.integrity, clock: s.clock }).examine();
}

export async function assertHealthy(s: TestServer, when: string): Promise<void> {
  assert.deepEqual(await findings(s), [], `${when}: the doctor finds nothing`);
}

/** Family invitations stored directly (the emailing is not under test), with the tokens to accept them by. */
export async function invitations(
  s: TestServer,
  subscriptionId: string,
  invitedBy: string,
  invitees: string[],
  keyedHash: (purpose: string, v: string) => string,
): Promise<string[]> {
  const now = s.clock.now();
  const tokens = invitees.map(() => newToken('tin'));
  // Each invitation names its invitee's address (createAccounts' `${id}@example.vn`): only that account may accept it.
  await s.tessera.database.db
    .insertInto('subscription_invitations')
    .values(
      tokens.map((token, i) => ({
        id: `inv_${i}_${token.slice(4, 20)}`,
        subscription_id: subscriptionId,
        email: `${invitees[i]}@example.vn`,
        token_hash: keyedHash('family-invitation', token),
        invited_by: invitedBy,
        created_at: now,
        expires_at: now + 86_400_000,
        accepted_at: null,
        accepted_by: null,
      })),
    )
    .execute();
  return tokens;
}

/**
 * `n` connect flows of the account waiting at select_subscription, stored as the engine leaves them after a
 * session-started connect (so a trial spends its time on the race, not on setting it up); their ids.
 */
export async function flowsAtSelectSubscription(s: TestServer, accountId: string, n: number): Promise<string[]> {
  const now = s.clock.now();
  const ids = Array.from({ length: n }, () => `flw_${newToken('r').slice(2, 22)}`);
  await s.tessera.database.db
    .insertInto('flows')
    .values(
      ids.map((id, i) => ({
        id,
        kind: 'connect',
        step: 'select_subscription',
        version: 0,
        created_at: now,
        expires_at: now + 600_000,
        completed_at: null,
        result_sealed: null,
        result_expires_at: null,
        state: JSON.stringify({
          locale: 'en',
          origin: { ip: '127.0.0.1', userAgent: null },
          notices: [],
          accountId,
          authenticatedBy: 'session',
          connect: { appId: 'app.race', device: { name: `Racer ${i}`, platform: 'linux' } },
        }),
      })),
    )
    .execute();
  return ids;
}

export async function connectedDevices(s: TestServer, accountId: string): Promise<number> {
  return (await s.tessera.stores.devices.listDevices(accountId)).filter((d) => d.disconnectedAt === null).length;
}
