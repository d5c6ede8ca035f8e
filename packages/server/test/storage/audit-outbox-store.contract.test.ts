// Contract tests for AuditStore and OutboxStore, run on every database kind: round-trips, newest-first order and filters.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuditEvent, AuditStore } from '../../src/audit/index.js';
import type { OutboxEntry, OutboxStore } from '../../src/messaging/index.js';
import { T0, databaseKinds, useStores } from './store-harness.js';

let n = 0;
function auditEvent(accountId: string | null, createdAt: number, overrides: Partial<AuditEvent> = {}): AuditEvent {
  n += 1;
  return {
    id: `aud_${String(n).padStart(4, '0')}`,
    accountId,
    type: 'sign_in.succeeded',
    ip: '203.0.113.9',
    userAgent: 'curl/8.5',
    details: { method: 'password', factors: ['password', 'totp'], nested: { ok: true, n: 1.5 } },
    createdAt,
    ...overrides,
  };
}

function auditStoreContract(store: () => AuditStore) {
  test('append then list returns every field, details as the same JSON, times as numbers', async () => {
    const e = auditEvent('acc_a', T0);
    const bare = auditEvent('acc_a', T0 + 1, { type: 'password.changed', ip: null, userAgent: null, details: {} });
    await store().append(e);
    await store().append(bare);
    const listed = await store().listForAccount('acc_a', { limit: 10 });
    assert.deepEqual(listed, [bare, e]);
    assert.equal(typeof listed[0]?.createdAt, 'number');
  });

  test('listForAccount is newest first, limited, and only that account', async () => {
    const events = [T0 + 30, T0 + 10, T0 + 40, T0 + 20].map((t) => auditEvent('acc_a', t));
    for (const e of events) await store().append(e);
    await store().append(auditEvent('acc_b', T0 + 50));
    await store().append(auditEvent(null, T0 + 60, { type: 'sign_in.failed' }));
    const listed = await store().listForAccount('acc_a', { limit: 10 });
    assert.deepEqual(
      listed.map((e) => e.createdAt),
      [T0 + 40, T0 + 30, T0 + 20, T0 + 10],
    );
    assert.deepEqual(
      (await store().listForAccount('acc_a', { limit: 2 })).map((e) => e.createdAt),
      [T0 + 40, T0 + 30],
    );
    assert.deepEqual(
      (await store().listForAccount('acc_b', { limit: 10 })).map((e) => e.createdAt),
      [T0 + 50],
    );
    assert.deepEqual(await store().listForAccount('acc_none', { limit: 10 }), []);
  });

  test('before pages strictly older events', async () => {
    for (const t of [T0 + 10, T0 + 20, T0 + 30, T0 + 40]) await store().append(auditEvent('acc_a', t));
    const page = await store().listForAccount('acc_a', { limit: 2, before: T0 + 30 });
    assert.deepEqual(
      page.map((e) => e.createdAt),
      [T0 + 20, T0 + 10],
    );
    assert.deepEqual(await store().listForAccount('acc_a', { limit: 2, before: T0 + 10 }), []);
    assert.equal((await store().listForAccount('acc_a', { limit: 10, before: T0 + 41 })).length, 4);
  });

  test('events at the same millisecond are all listed, in a stable order', async () => {
    for (let i = 0; i < 5; i++) await store().append(auditEvent('acc_a', T0));
    const first = await store().listForAccount('acc_a', { limit: 10 });
    assert.equal(first.length, 5);
    assert.deepEqual(await store().listForAccount('acc_a', { limit: 10 }), first);
  });
}

function outboxEntry(createdAt: number, overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  n += 1;
  return {
    id: `msg_${String(n).padStart(4, '0')}`,
    channel: 'email',
    to: 'a@example.com',
    subject: 'Your code',
    body: 'Your code is 123456.\nIt expires in 10 minutes.',
    purpose: 'email_verification',
    createdAt,
    ...overrides,
  };
}

function outboxStoreContract(store: () => OutboxStore) {
  test('append then list returns every field, times as numbers', async () => {
    const email = outboxEntry(T0);
    const sms = outboxEntry(T0 + 1, {
      channel: 'sms',
      to: '+84912345678',
      subject: null,
      body: '123456 là mã của bạn',
      purpose: 'second_factor',
    });
    await store().append(email);
    await store().append(sms);
    const listed = await store().list({ limit: 10 });
    assert.deepEqual(listed, [sms, email]);
    assert.equal(typeof listed[0]?.createdAt, 'number');
  });

  test('list is newest first and limited', async () => {
    for (const t of [T0 + 2, T0 + 4, T0 + 1, T0 + 3]) await store().append(outboxEntry(t));
    assert.deepEqual(
      (await store().list({ limit: 10 })).map((e) => e.createdAt),
      [T0 + 4, T0 + 3, T0 + 2, T0 + 1],
    );
    assert.deepEqual(
      (await store().list({ limit: 3 })).map((e) => e.createdAt),
      [T0 + 4, T0 + 3, T0 + 2],
    );
    assert.deepEqual(await store().list({ limit: 0 }), []);
  });

  test('list filters by channel, by recipient, and by both', async () => {
    const a1 = outboxEntry(T0 + 1, { to: 'a@example.com' });
    const b1 = outboxEntry(T0 + 2, { to: 'b@example.com' });
    const s1 = outboxEntry(T0 + 3, { channel: 'sms', to: '+84912345678', subject: null });
    const a2 = outboxEntry(T0 + 4, { to: 'a@example.com', purpose: 'recovery' });
    const s2 = outboxEntry(T0 + 5, { channel: 'sms', to: '+14155550100', subject: null });
    for (const e of [a1, b1, s1, a2, s2]) await store().append(e);
    assert.deepEqual(await store().list({ limit: 10, channel: 'sms' }), [s2, s1]);
    assert.deepEqual(await store().list({ limit: 10, channel: 'email' }), [a2, b1, a1]);
    assert.deepEqual(await store().list({ limit: 10, to: 'a@example.com' }), [a2, a1]);
    assert.deepEqual(await store().list({ limit: 1, to: 'a@example.com' }), [a2]);
    assert.deepEqual(await store().list({ limit: 10, channel: 'sms', to: '+84912345678' }), [s1]);
    assert.deepEqual(await store().list({ limit: 10, channel: 'sms', to: 'a@example.com' }), []);
    assert.deepEqual(await store().list({ limit: 10, to: 'nobody@example.com' }), []);
  });
}

for (const kind of databaseKinds()) {
  describe(`AuditStore on ${kind}`, () => {
    const open = useStores(kind);
    auditStoreContract(() => open().stores.audit);
  });
  describe(`OutboxStore on ${kind}`, () => {
    const open = useStores(kind);
    outboxStoreContract(() => open().stores.outbox);
  });
}
