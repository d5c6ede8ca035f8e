// Contract tests for CounterStore on SQLite, PostgreSQL and Redis: sliding windows, slots, blocks and exact counts under concurrency.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CounterStore } from '../../src/risk/index.js';
import { redisCounterStore, sqlCounterStore } from '../../src/storage/index.js';
import { T0, databaseKinds, redisUrl, together, useRedis, useStores } from './store-harness.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `store()` gives a new store object over the same backend each call (so per-instance state starts afresh). */
function counterStoreContract(store: () => CounterStore) {
  test('hit records and returns the count in the window, this hit included; count does not record', async () => {
    const s = store();
    assert.equal(await s.count('k', MINUTE, T0), 0);
    assert.equal(await s.hit('k', MINUTE, T0), 1);
    assert.equal(await s.hit('k', MINUTE, T0 + 1), 2);
    assert.equal(await s.hit('k', MINUTE, T0 + 1), 3, 'two events at the same millisecond both count');
    assert.equal(await s.count('k', MINUTE, T0 + 2), 3);
    assert.equal(await s.count('k', MINUTE, T0 + 2), 3);
    assert.equal(typeof (await s.count('k', MINUTE, T0 + 2)), 'number');
  });

  test('the window is (now - windowMs, now]: an event exactly windowMs old is out', async () => {
    const s = store();
    await s.hit('edge', MINUTE, T0);
    await s.hit('edge', MINUTE, T0 + 10);
    assert.equal(await s.count('edge', MINUTE, T0 + MINUTE - 1), 2);
    assert.equal(await s.count('edge', MINUTE, T0 + MINUTE), 1);
    assert.equal(await s.count('edge', MINUTE, T0 + MINUTE + 10), 0);
    assert.equal(await s.hit('edge', MINUTE, T0 + MINUTE + 10), 1, 'a hit counts only what is still in its window');
  });

  test('keys are independent', async () => {
    const s = store();
    await s.hit('a', MINUTE, T0);
    await s.hit('a', MINUTE, T0);
    await s.hit('b', MINUTE, T0);
    assert.equal(await s.count('a', MINUTE, T0), 2);
    assert.equal(await s.count('b', MINUTE, T0), 1);
    assert.equal(await s.count('c', MINUTE, T0), 0);
  });

  test('a key counted over a wider window than its hits keeps its events for that window (hourly hits, daily quota)', async () => {
    const s = store();
    await s.hit('quota', HOUR, T0);
    assert.equal(await s.count('quota', DAY, T0), 1);
    await s.hit('quota', HOUR, T0 + 2 * HOUR);
    assert.equal(await s.count('quota', DAY, T0 + 2 * HOUR), 2);
    assert.equal(await s.hit('quota', HOUR, T0 + 5 * HOUR), 1, 'hit still answers for its own window');
    assert.equal(await s.count('quota', HOUR, T0 + 5 * HOUR), 1);
    assert.equal(await s.count('quota', DAY, T0 + 5 * HOUR), 3);
    assert.equal(await s.count('quota', DAY, T0 + DAY), 2);
  });

  test('events stay counted for the whole of a 30-day window, however busy the store is meanwhile', async () => {
    const s = store();
    await s.hit('slow', 30 * DAY, T0);
    const later = T0 + 3 * DAY;
    for (let batch = 0; batch < 55; batch++) await together(20, () => s.hit('busy', MINUTE, later)); // past any prune cadence
    assert.equal(await s.count('slow', 30 * DAY, later), 1);
    assert.equal(await s.hit('slow', 30 * DAY, later), 2);
  });

  test('forget of keys forgets every event of those keys only', async () => {
    const s = store();
    await s.hit('gone', MINUTE, T0);
    await s.hit('gone', DAY, T0);
    await s.hit('gone too', MINUTE, T0);
    await s.hit('kept', MINUTE, T0);
    await s.forget({ keys: ['gone', 'gone too'] });
    assert.equal(await s.count('gone', DAY, T0), 0);
    assert.equal(await s.count('gone too', DAY, T0), 0);
    assert.equal(await s.count('kept', MINUTE, T0), 1);
    assert.equal(await s.hit('gone', MINUTE, T0), 1);
    await s.forget({ keys: ['never-seen'] });
    await s.forget({});
  });

  test('500 concurrent hits on one key leave the count at exactly 500', async () => {
    const s = store();
    const returned = await together(500, (i) => s.hit('flood', HOUR, T0 + (i % 7)));
    assert.equal(await s.count('flood', HOUR, T0 + 10), 500);
    assert.equal(Math.max(...returned), 500, 'the last hit to land saw all of them');
    for (const r of returned) assert.ok(r >= 1 && r <= 500, String(r));
  });

  test('500 concurrent hits through separate store objects (as separate instances would) are all counted', async () => {
    await together(500, () => store().hit('fleet', HOUR, T0));
    assert.equal(await store().count('fleet', HOUR, T0), 500);
  });

  test('reserve takes slots up to the limit, refuses past it without recording, and says when one frees', async () => {
    const s = store();
    const first = await s.reserve('r', 2, MINUTE, T0);
    assert.ok(first.ok && first.slot === 1);
    assert.deepEqual(await s.reserve('r', 2, MINUTE, T0 + 10).then((r) => r.ok && r.slot), 2);
    assert.deepEqual(await s.reserve('r', 2, MINUTE, T0 + 20), { ok: false, freeAt: T0 + MINUTE });
    assert.equal(await s.count('r', MINUTE, T0 + 20), 2, 'a refusal records nothing');
    const later = await s.reserve('r', 2, MINUTE, T0 + MINUTE);
    assert.ok(later.ok && later.slot === 2, 'the oldest left the window, so one slot is free again');
  });

  test('forget of events gives back exactly the reserved events, with whole keys forgotten in the same step', async () => {
    const s = store();
    const a = await s.reserve('rel', 3, MINUTE, T0);
    await s.reserve('rel', 3, MINUTE, T0);
    await s.hit('rel', MINUTE, T0);
    const b = await s.reserve('rel:other', 3, MINUTE, T0);
    await s.reserve('rel:other', 3, MINUTE, T0);
    await s.hit('rel:reset', MINUTE, T0);
    assert.ok(a.ok && b.ok);
    await s.forget({
      events: [
        ['rel', a.id],
        ['rel:other', b.id],
      ],
      keys: ['rel:reset'],
    });
    await s.forget({ events: [['rel', a.id]] });
    assert.equal(await s.count('rel', MINUTE, T0), 2);
    assert.equal(await s.count('rel:other', MINUTE, T0), 1);
    assert.equal(await s.count('rel:reset', MINUTE, T0), 0);
    await s.forget({ events: [['never-seen', 'nothing']] });
  });

  test('500 concurrent reservations of 7 slots: exactly 7 succeed, slots 1..7, through separate store objects too', async () => {
    const results = await together(500, (i) => (i % 2 ? store() : store()).reserve('race', 7, HOUR, T0 + (i % 5)));
    const slots = results.flatMap((r) => (r.ok ? [r.slot] : [])).sort((a, b) => a - b);
    assert.deepEqual(slots, [1, 2, 3, 4, 5, 6, 7]);
    assert.equal(await store().count('race', HOUR, T0 + 10), 7);
  });

  test('reserveEach decides each key on its own, in the order given: a refused one records nothing, the rest take their slot', async () => {
    const s = store();
    await s.hit('each:full', HOUR, T0);
    const limits = [
      { key: 'each:open', limit: 2, windowMs: MINUTE },
      { key: 'each:full', limit: 1, windowMs: HOUR },
      { key: 'each:long', limit: 5, windowMs: DAY },
    ];
    const [open, full, long] = await s.reserveEach(limits, T0 + 10);
    assert.ok(open?.ok && open.slot === 1 && long?.ok && long.slot === 1);
    assert.deepEqual(full, { ok: false, freeAt: T0 + HOUR });
    assert.equal(await s.count('each:full', HOUR, T0 + 10), 1, 'the refusal recorded nothing');
    const again = await s.reserveEach(limits, T0 + 20);
    assert.deepEqual(
      again.map((r) => r.ok && r.slot),
      [2, false, 2],
    );
    assert.equal((await s.reserveEach(limits, T0 + 30))[0]?.ok, false, 'each limit holds');
    assert.ok(open.ok);
    await s.forget({ events: [['each:open', open.id]] });
    assert.equal(await s.count('each:open', MINUTE, T0 + 30), 1, 'an id releases its own event');
    assert.deepEqual(await s.reserveEach([], T0), []);
    await assert.rejects(s.reserveEach([limits[0]!, limits[0]!], T0), 'one key twice is a caller error');
  });

  test('300 concurrent reserveEach over shared keys in any order, beside single reserves: each limit holds exactly', async () => {
    const results = await together(300, (i) => {
      const shared = { key: 'many:account', limit: 9, windowMs: HOUR };
      const own = { key: `many:ip:${i % 3}`, limit: 4, windowMs: HOUR };
      if (i % 5 === 0)
        return store()
          .reserve(shared.key, shared.limit, shared.windowMs, T0)
          .then((r) => [r]);
      // Half list the keys the other way round: the locks must still be taken in one order (no deadlock).
      return store().reserveEach(i % 2 ? [shared, own] : [own, shared], T0 + (i % 4));
    });
    const slotsOf = (key: string) =>
      results
        .flatMap((rs, i) => {
          if (i % 5 === 0) return key === 'many:account' ? rs : [];
          const order = i % 2 ? ['many:account', `many:ip:${i % 3}`] : [`many:ip:${i % 3}`, 'many:account'];
          return rs.filter((_, j) => order[j] === key);
        })
        .flatMap((r) => (r.ok ? [r.slot] : []))
        .sort((a, b) => a - b);
    assert.deepEqual(slotsOf('many:account'), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const ip of [0, 1, 2]) assert.deepEqual(slotsOf(`many:ip:${ip}`), [1, 2, 3, 4]);
    assert.equal(await store().count('many:account', HOUR, T0 + 10), 9);
  });

  test('reserveAll records one event per key counted in each of its windows, and refuses all or nothing', async () => {
    const s = store();
    const caps = [
      { key: 'to', limit: 2, windowMs: HOUR },
      { key: 'to', limit: 3, windowMs: DAY },
      { key: 'ip', limit: 5, windowMs: HOUR },
    ];
    const first = await s.reserveAll(caps, T0);
    assert.ok(first.ok && first.spentUntil === 0 && first.ids.length === 2);
    const second = await s.reserveAll(caps, T0 + MINUTE);
    assert.deepEqual(
      second.ok && second.spentUntil,
      T0 + HOUR,
      'the second fills the hourly cap until the first leaves',
    );
    assert.deepEqual(await s.reserveAll(caps, T0 + 2 * MINUTE), { ok: false, freeAt: T0 + HOUR });
    assert.equal(await s.count('to', DAY, T0 + 2 * MINUTE), 2, 'one event per key, none for a refusal');
    assert.equal(await s.count('ip', HOUR, T0 + 2 * MINUTE), 2, 'a refusal records on no key');
    const third = await s.reserveAll(caps, T0 + HOUR);
    assert.deepEqual(third.ok && third.spentUntil, T0 + DAY, 'the third fills the daily cap');
    assert.deepEqual(
      await s.reserveAll(caps, T0 + HOUR + MINUTE + 1),
      { ok: false, freeAt: T0 + DAY },
      'with both caps spent, the wait is the later of the two',
    );
  });

  test('reserveAll names the wait when more events than the limit lie in the window, and releases by id', async () => {
    const s = store();
    for (let i = 0; i < 4; i++) await s.hit('over', HOUR, T0 + i * MINUTE);
    assert.deepEqual(await s.reserveAll([{ key: 'over', limit: 2, windowMs: HOUR }], T0 + 5 * MINUTE), {
      ok: false,
      freeAt: T0 + 2 * MINUTE + HOUR,
    });
    const one = await s.reserveAll([{ key: 'free', limit: 1, windowMs: MINUTE }], T0);
    assert.ok(one.ok);
    assert.equal(one.spentUntil, T0 + MINUTE);
    await s.forget({ events: one.ids });
    assert.equal(await s.count('free', MINUTE, T0), 0);
    assert.deepEqual(await s.reserveAll([], T0), { ok: true, ids: [], spentUntil: 0 });
  });

  test('200 concurrent reserveAll on overlapping keys: exactly the limit succeed, the rest learn when one frees', async () => {
    const results = await together(200, (i) =>
      store().reserveAll(
        [
          { key: `dest`, limit: 6, windowMs: HOUR },
          { key: `dest`, limit: 50, windowMs: DAY },
          { key: `ip:${i % 3}`, limit: 100, windowMs: HOUR },
        ],
        T0 + (i % 4),
      ),
    );
    assert.equal(results.filter((r) => r.ok).length, 6);
    for (const r of results)
      if (!r.ok) assert.ok(r.freeAt > T0 + HOUR - 10 && r.freeAt <= T0 + HOUR + 3, String(r.freeAt));
    assert.equal(await store().count('dest', DAY, T0 + 10), 6);
  });

  test('takeTurn: one racer takes a free turn, the rest learn when it ends; the turn is free again after', async () => {
    const s = store();
    const answers = await together(50, () => s.takeTurn('turn', T0, T0 + MINUTE));
    assert.equal(answers.filter((a) => a === 0).length, 1);
    for (const a of answers) assert.ok(a === 0 || a === T0 + MINUTE, String(a));
    assert.equal(await s.takeTurn('turn', T0 + MINUTE - 1, T0 + HOUR), T0 + MINUTE);
    assert.equal(await s.takeTurn('turn', T0 + MINUTE, T0 + 2 * MINUTE), 0);
    assert.equal(await s.blockedUntil('turn', T0 + MINUTE), T0 + 2 * MINUTE);
  });

  test('block, blockedUntil, and 0 once the block is over', async () => {
    const s = store();
    assert.equal(await s.blockedUntil('b', T0), 0);
    await s.block('b', T0 + MINUTE);
    assert.equal(await s.blockedUntil('b', T0), T0 + MINUTE);
    assert.equal(await s.blockedUntil('b', T0 + MINUTE - 1), T0 + MINUTE);
    assert.equal(await s.blockedUntil('b', T0 + MINUTE), 0, 'the block ends at its time');
    assert.equal(await s.blockedUntil('b', T0 + HOUR), 0);
    assert.equal(await s.blockedUntil('other', T0), 0);
  });

  test('a later block never shortens an earlier one, but lengthens it', async () => {
    const s = store();
    await s.block('b', T0 + HOUR);
    await s.block('b', T0 + MINUTE);
    assert.equal(await s.blockedUntil('b', T0), T0 + HOUR);
    await s.block('b', T0 + DAY);
    assert.equal(await s.blockedUntil('b', T0), T0 + DAY);
  });

  test('concurrent blocks leave the longest', async () => {
    const s = store();
    await together(20, (i) => s.block('b', T0 + ((i * 7) % 20) * MINUTE));
    assert.equal(await s.blockedUntil('b', T0), T0 + 19 * MINUTE);
  });

  test('unblock lifts the block so a shorter one can follow', async () => {
    const s = store();
    await s.block('b', T0 + DAY);
    await s.unblock('b');
    assert.equal(await s.blockedUntil('b', T0), 0);
    await s.block('b', T0 + MINUTE);
    assert.equal(await s.blockedUntil('b', T0), T0 + MINUTE);
    await s.unblock('never-blocked');
  });

  test('blocks and events do not share keys', async () => {
    const s = store();
    await s.block('same', T0 + DAY);
    await s.hit('same', MINUTE, T0);
    await s.forget({ keys: ['same'] });
    assert.equal(await s.blockedUntil('same', T0), T0 + DAY);
    await s.hit('same', MINUTE, T0);
    await s.unblock('same');
    assert.equal(await s.count('same', MINUTE, T0), 1);
  });
}

for (const kind of databaseKinds()) {
  describe(`CounterStore on ${kind}`, () => {
    const open = useStores(kind);
    counterStoreContract(() => sqlCounterStore(open().handle.db));
  });
}

if (redisUrl()) {
  describe('CounterStore on redis', () => {
    const connection = useRedis();
    counterStoreContract(() => {
      const { redis, prefix } = connection();
      return redisCounterStore(redis, prefix);
    });
  });
}
