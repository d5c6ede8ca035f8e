// The overview service over a fake store: check-ins spread into per-minute slots, totals, and the UTC day of SMS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ManualClock } from '../../src/common/index.js';
import { createOverview, utcDay, type OverviewStore } from '../../src/overview/index.js';

function fakeStore(overrides: Partial<OverviewStore> = {}): OverviewStore & { asked: Record<string, unknown> } {
  const asked: Record<string, unknown> = {};
  return {
    asked,
    countAccounts: async () => 7,
    activeSubscriptionsByPlan: async (now) => {
      asked.activeAt = now;
      return [
        { planId: 'personal', planName: 'Personal', count: 4 },
        { planId: 'family', planName: 'Family', count: 2 },
      ];
    },
    countDevicesSeenSince: async (since) => {
      asked.since = since;
      return 3;
    },
    checkInsByMinute: async (from) => {
      asked.fromMinute = from;
      return [];
    },
    addSms: async () => undefined,
    smsOn: async (day) => {
      asked.day = day;
      return [
        { country: 'VN', sent: 5, failed: 1, refused: 2 },
        { country: 'US', sent: 1, failed: 0, refused: 0 },
      ];
    },
    ...overrides,
  };
}

test('figures: totals, the day before now for devices, and today (UTC) for SMS', async () => {
  const clock = new ManualClock(Date.UTC(2026, 11, 2, 23, 59, 30));
  const store = fakeStore();
  const f = await createOverview({ store, clock }).figures();
  assert.equal(f.accounts, 7);
  assert.equal(f.activeSubscriptions.total, 6);
  assert.equal(f.devicesSeenLastDay, 3);
  assert.equal(store.asked.since, clock.now() - 86_400_000);
  assert.equal(store.asked.activeAt, clock.now());
  assert.equal(f.smsToday.day, '2026-12-02');
  assert.deepEqual([f.smsToday.sent, f.smsToday.failed, f.smsToday.refused], [6, 1, 2]);
  assert.equal(utcDay(Date.UTC(2026, 0, 1, 0, 0, 0)), '2026-01-01');
});

test('check-ins fill one slot per whole minute of the window, oldest first, the unfinished minute left out', async () => {
  const clock = new ManualClock(Date.UTC(2026, 11, 2, 10, 30, 20));
  const now = Math.floor(clock.now() / 60_000);
  const store = fakeStore({
    checkInsByMinute: async () => [
      { minute: now - 10, count: 4 },
      { minute: now - 1, count: 6 },
      // The current minute and anything before the window are not part of it.
      { minute: now, count: 100 },
      { minute: now - 11, count: 100 },
    ],
  });
  const f = await createOverview({ store, clock, checkInWindowMinutes: 10 }).figures();
  assert.deepEqual(f.checkIns.perMinute, [4, 0, 0, 0, 0, 0, 0, 0, 0, 6]);
  assert.equal(f.checkIns.averagePerMinute, 1);
});
