// Helpers for the operator API suites: tokens with chosen scopes, calls to /admin/v1, a plan and accounts to act on.
import assert from 'node:assert/strict';
import type { OperatorScope } from '../../src/operators/index.js';
import type { TestServer } from '../support/test-server.js';

/** A fresh operator token with exactly these scopes. */
export async function operatorToken(s: TestServer, scopes: readonly OperatorScope[], name = 'test'): Promise<string> {
  const created = await s.tessera.operatorTokens.create({ name, scopes });
  assert.ok(created.ok, created.ok ? '' : created.problem);
  return created.token;
}

export interface AdminReply<T = any> {
  status: number;
  body: T;
  headers: Record<string, unknown>;
  raw: string;
}

export async function admin<T = any>(
  s: TestServer,
  token: string | undefined,
  method: string,
  url: string,
  payload?: unknown,
): Promise<AdminReply<T>> {
  const res = await s.tessera.app.inject({
    method: method as 'GET',
    url,
    ...(payload !== undefined ? { payload: payload as object } : {}),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  let body: unknown;
  try {
    body = res.body ? JSON.parse(res.body) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, body: body as T, headers: res.headers, raw: res.body };
}

export const PRO = {
  id: 'pro',
  name: 'Pro',
  deviceLimit: 2,
  memberLimit: 1,
  termDays: 30,
  features: ['sync'],
};

export async function ensurePlan(s: TestServer, plan = PRO) {
  const existing = await s.tessera.licensing.operator.listPlans();
  if (!existing.some((p) => p.id === plan.id)) assert.ok((await s.tessera.licensing.operator.createPlan(plan)).ok);
}

/** The outbox's events of one type for one account (what webhooks will send). */
export async function outboxEvents(s: TestServer, type: string, accountId: string) {
  return s.tessera.database.db
    .selectFrom('webhook_events')
    .selectAll()
    .where('type', '=', type)
    .where('account_id', '=', accountId)
    .execute();
}
