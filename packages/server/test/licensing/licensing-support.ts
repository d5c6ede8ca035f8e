// Helpers for the licensing suites: many accounts at once (straight into the store), codes minted through the operator.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { TestServer } from '../support/test-server.js';

/** `n` accounts created directly in the store: races need many accounts, not many sign-up journeys. */
export async function createAccounts(s: TestServer, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `acc_${randomBytes(8).toString('hex')}`;
    // The address family tests invite: `${id}@example.vn`.
    const email = `${id}@example.vn`;
    const now = s.clock.now();
    const created = await s.tessera.stores.accounts.create({
      id,
      email,
      emailNormalized: email,
      passwordHash: 'x',
      country: 'VN',
      locale: 'en',
      emailVerifiedAt: now,
      passwordChangedAt: now,
      createdAt: now,
    });
    assert.ok(created.created);
    ids.push(id);
  }
  return ids;
}

export async function mintCodes(s: TestServer, planId: string, count: number, termDays?: number) {
  const minted = await s.tessera.licensing.operator.mint({
    planId,
    count,
    ...(termDays !== undefined ? { termDays } : {}),
  });
  assert.ok(minted.ok, minted.ok ? '' : minted.problem);
  return { batchId: minted.batch.id, codes: minted.codes };
}

export async function countRows(
  s: TestServer,
  table: 'subscriptions' | 'seats' | 'subscription_members',
  where: Record<string, string>,
) {
  let query = s.tessera.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
  for (const [column, value] of Object.entries(where)) query = query.where(column as never, '=', value as never);
  return Number((await query.executeTakeFirstOrThrow()).n);
}
