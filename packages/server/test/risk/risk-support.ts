// What the attack tests share: the backends they run on, an account with an authenticator, racing submissions.
import assert from 'node:assert/strict';
import { totpCode } from '../../src/identity/index.js';
import { databaseKinds, redisUrl, type DbKind } from '../support/databases.js';
import type { TestServer } from '../support/test-server.js';
import { call, signUp, startFlow, submit } from '../support/journey.js';

export const PASSWORD = 'lantern-harbour-42';

/** SQLite and PostgreSQL with counters in the database, and SQLite with counters in Redis. */
export function backends(): Array<{ db: DbKind; redis: boolean; name: string }> {
  const list: Array<{ db: DbKind; redis: boolean; name: string }> = databaseKinds().map((db) => ({
    db,
    redis: false,
    name: db,
  }));
  if (redisUrl()) list.push({ db: 'sqlite', redis: true, name: 'sqlite + redis counters' });
  return list;
}

/** A distinct client address for attempt `i`. */
export const addressOf = (i: number) => `10.${100 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;

/** An account with an authenticator app; the clock is moved past the enrolment's time step. */
export async function ownerWithTotp(s: TestServer, email: string): Promise<{ accountId: string; secret: string }> {
  const { token, accountId } = await signUp(s, { email, password: PASSWORD });
  const setup = await call(s, 'POST', '/v1/account/totp', { password: PASSWORD }, { token });
  assert.equal(setup.status, 200, JSON.stringify(setup.body));
  const secret = setup.body.totp.secret as string;
  assert.equal(
    (await call(s, 'POST', '/v1/account/totp/verify', { code: totpCode(secret, s.clock.now()) }, { token })).status,
    200,
  );
  s.clock.advance(60_000);
  return { accountId, secret };
}

/** A code the authenticator shows at none of the accepted steps around now. */
export function wrongTotp(secret: string, now: number): string {
  const valid = new Set([-1, 0, 1].map((d) => totpCode(secret, now + d * 30_000)));
  for (let n = 0; ; n++) {
    const code = String((n * 7919) % 1_000_000).padStart(6, '0');
    if (!valid.has(code)) return code;
  }
}

/** Starts one sign-in flow per address, then submits all of `bodies` at once. */
export async function racingFlows(s: TestServer, bodies: object[], ipOf: (i: number) => string) {
  const flows = await Promise.all(
    bodies.map(async (_, i) => (await startFlow(s, { kind: 'sign_in' }, { ip: ipOf(i) })).body.flow.id as string),
  );
  return Promise.all(flows.map((id, i) => submit(s, id, bodies[i]!, { ip: ipOf(i) })));
}

/** Audit events of `type` for an account (each second factor or password the server actually checked and refused). */
export async function auditCount(s: TestServer, accountId: string, type: string, reason?: string): Promise<number> {
  const events = await s.tessera.stores.audit.listForAccount(accountId, { limit: 1000 });
  return events.filter(
    (e) => e.type === type && (reason === undefined || (e.details as { reason?: string }).reason === reason),
  ).length;
}

export const codesOf = (replies: Array<{ body: { error?: { code: string } } }>) => {
  const counts: Record<string, number> = {};
  for (const r of replies) counts[r.body.error?.code ?? 'ok'] = (counts[r.body.error?.code ?? 'ok'] ?? 0) + 1;
  return counts;
};
