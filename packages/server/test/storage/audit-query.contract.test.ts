// Contract tests for AuditQuery, run on every database kind: operators' search across accounts, newest first,
// filtered by type, account and time, in keyset pages that neither skip nor repeat an event.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent, AuditQuery } from '../../src/audit/index.js';
import { T0, databaseKinds, sampleAccount, useStores, type OpenStores } from './store-harness.js';

function auditQueryContract(open: () => OpenStores) {
  const query = (): AuditQuery => open().stores.auditQuery;

  /** 25 events over two accounts and two types; several share a time, so pages must order by id as well. */
  async function seed(): Promise<{ a: string; b: string; events: AuditEvent[] }> {
    const [a, b] = [sampleAccount(), sampleAccount()];
    await open().stores.accounts.create(a);
    await open().stores.accounts.create(b);
    const events: AuditEvent[] = Array.from({ length: 25 }, (_, i) => ({
      id: `aud_q_${String(i).padStart(2, '0')}`,
      accountId: i % 2 ? a.id : b.id,
      type: i % 3 ? 'sign_in.succeeded' : 'sign_in.failed',
      ip: '203.0.113.7',
      userAgent: null,
      details: { i },
      createdAt: T0 + Math.floor(i / 4) * 1000,
    }));
    for (const e of events) await open().stores.audit.append(e);
    return { a: a.id, b: b.id, events };
  }

  const newestFirst = (events: AuditEvent[]) =>
    [...events].sort((x, y) => y.createdAt - x.createdAt || y.id.localeCompare(x.id)).map((e) => e.id);

  test('pages of 7 walk every event once, newest first', async () => {
    const { events } = await seed();
    const seen: string[] = [];
    let after: { createdAt: number; id: string } | undefined;
    for (;;) {
      const page = await query().search({}, { limit: 7, ...(after ? { after } : {}) });
      seen.push(...page.map((e) => e.id));
      if (page.length < 7) break;
      const last = page[page.length - 1]!;
      after = { createdAt: last.createdAt, id: last.id };
    }
    assert.deepEqual(seen, newestFirst(events));
  });

  test('filters by type, account and time window combine', async () => {
    const { a, events } = await seed();
    const from = T0 + 1000;
    const to = T0 + 4000;
    const got = await query().search({ type: 'sign_in.failed', accountId: a, from, to }, { limit: 100 });
    const want = events.filter(
      (e) => e.type === 'sign_in.failed' && e.accountId === a && e.createdAt >= from && e.createdAt < to,
    );
    assert.deepEqual(
      got.map((e) => e.id),
      newestFirst(want),
    );
    assert.deepEqual(got[0]?.details, want.find((e) => e.id === got[0]?.id)?.details);
  });
}

for (const kind of databaseKinds()) {
  describe(`AuditQuery on ${kind}`, () => {
    auditQueryContract(useStores(kind));
  });
}
