// The check-in cache on its own: answers kept until their end or a notice naming what they depend on, the race rule
// (a read that overlapped a notice naming what it depends on is not kept), oldest-first eviction, and nothing served
// while disabled; and the advice when a full cache would not fit the heap.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cacheHeapAdvice, createCheckInCache, checkInTags as tags } from '../../src/devices/index.js';

const T0 = 1_000_000;

function filled(maxEntries = 10) {
  const cache = createCheckInCache<string>({ maxEntries });
  const put = (hash: string, value: string, tagList: string[], validUntil = T0 + 1000) =>
    cache.set(hash, { value, tags: tagList, validUntil, seenNotedAt: T0 }, cache.epoch());
  // Two apps of one device on one account, and a third app on another device of the same account.
  put('h1', 'notes', [tags.connection('c1'), tags.device('d1'), tags.account('a1')]);
  put('h2', 'photos', [tags.connection('c2'), tags.device('d1'), tags.account('a1'), tags.subscription('s1')]);
  put('h3', 'music', [tags.connection('c3'), tags.device('d2'), tags.account('a1')], T0 + 10);
  return { cache, put };
}

test('an answer is served until its end, then gone', () => {
  const { cache } = filled();
  assert.equal(cache.get('h3', T0 + 9)?.value, 'music');
  assert.equal(cache.get('h3', T0 + 10)?.value, undefined);
  assert.equal(cache.size, 2);
  assert.deepEqual(cache.stats(), { hits: 1, misses: 1, size: 2 });
});

test('a notice drops exactly the answers carrying one of its tags, whether a tag names one answer or several', () => {
  const { cache } = filled();
  cache.invalidate([tags.connection('c1')]);
  assert.deepEqual(
    ['h1', 'h2', 'h3'].map((h) => cache.get(h, T0)?.value),
    [undefined, 'photos', 'music'],
  );
  cache.invalidate([tags.device('d1')]);
  assert.deepEqual(
    ['h2', 'h3'].map((h) => cache.get(h, T0)?.value),
    [undefined, 'music'],
  );
  cache.invalidate([tags.subscription('s9'), tags.account('a1')]);
  assert.equal(cache.size, 0);
});

test('a tag shared by several answers still drops the last one after the others were removed', () => {
  const { cache, put } = filled();
  cache.invalidate([tags.connection('c1'), tags.connection('c2')]);
  // d1 named two answers, both gone; a new answer on d1 must be reachable by it again.
  put('h4', 'maps', [tags.connection('c4'), tags.device('d1')]);
  cache.invalidate([tags.device('d1')]);
  assert.equal(cache.get('h4', T0)?.value, undefined);
  assert.equal(cache.get('h3', T0)?.value, 'music');
});

test('an answer replaced under the same hash loses its old tags', () => {
  const { cache, put } = filled();
  put('h2', 'photos, re-read', [tags.connection('c2'), tags.device('d1')]);
  cache.invalidate([tags.subscription('s1')]);
  assert.equal(cache.get('h2', T0)?.value, 'photos, re-read');
});

test("'*' drops everything", () => {
  const { cache } = filled();
  cache.invalidate([tags.all]);
  assert.equal(cache.size, 0);
});

test('a read that overlapped a notice naming one of its tags is not kept; one about something else is', () => {
  const cache = createCheckInCache<string>({ maxEntries: 10 });
  const keep = (hash: string, tag: string, epoch: number) =>
    cache.set(
      hash,
      { value: hash, tags: [tags.connection(tag), tags.account('a1')], validUntil: T0 + 1000, seenNotedAt: T0 },
      epoch,
    );
  const epoch = cache.epoch();
  cache.invalidate([tags.connection('elsewhere')]);
  cache.invalidate([tags.account('a1')]);
  keep('h1', 'c1', epoch);
  assert.equal(cache.get('h1', T0)?.value, undefined, 'the account changed during the read');
  const later = cache.epoch();
  cache.invalidate([tags.connection('elsewhere'), tags.subscription('s1')]);
  keep('h2', 'c2', later);
  assert.equal(cache.get('h2', T0)?.value, 'h2', 'notices about other things do not stop it');
  assert.equal(cache.changedSince([tags.subscription('s1')], later), true);
  assert.equal(cache.changedSince([tags.subscription('s1')], cache.epoch()), false);
});

test("a read that overlapped '*', or notices too many to remember, is not kept", () => {
  const cache = createCheckInCache<string>({ maxEntries: 10 });
  const keep = (hash: string, epoch: number) =>
    cache.set(hash, { value: hash, tags: [tags.connection(hash)], validUntil: T0 + 1000, seenNotedAt: T0 }, epoch);
  const before = cache.epoch();
  cache.invalidate([tags.all]);
  keep('h1', before);
  assert.equal(cache.get('h1', T0)?.value, undefined);
  const read = cache.epoch();
  // A notice per connection of a large fleet: the oldest are forgotten, and with them any read that began before.
  for (let i = 0; i < 25_000; i++) cache.invalidate([tags.connection(`other-${i}`)]);
  keep('h2', read);
  assert.equal(cache.get('h2', T0)?.value, undefined);
  const recent = cache.epoch();
  cache.invalidate([tags.connection('other-0')]);
  keep('h3', recent);
  assert.equal(cache.get('h3', T0)?.value, 'h3');
});

test("a credential's key is a digest under the cache's own key: the same within a cache, unlike another's", () => {
  const credential = 'tdc_d6KCdKKrj4Y3_juqrrHBaqUODep9_9lqSX3jfTW5Qyw';
  const cache = createCheckInCache<string>({ maxEntries: 10 });
  const key = cache.keyOf(credential);
  assert.match(key, /^[A-Za-z0-9_-]{43}$/, '256 bits, base64url');
  assert.equal(cache.keyOf(credential), key);
  assert.notEqual(cache.keyOf(`${credential}x`), key);
  // Another process (here, another cache) keys with another secret: a digest says nothing outside its process.
  assert.notEqual(createCheckInCache<string>({ maxEntries: 10 }).keyOf(credential), key);
  assert.ok(!key.includes(credential.slice(4, 12)));
});

test('the oldest answer goes first when the cache is full', () => {
  const { cache, put } = filled(3);
  put('h4', 'maps', [tags.connection('c4')]);
  assert.equal(cache.size, 3);
  assert.equal(cache.get('h1', T0)?.value, undefined);
  assert.equal(cache.get('h4', T0)?.value, 'maps');
  // The evicted answer's tags are gone with it: a notice for them touches nothing else.
  cache.invalidate([tags.connection('c1')]);
  assert.equal(cache.size, 3);
});

test('while disabled (the change feed is down) nothing is kept or served; enabling starts empty', () => {
  const { cache, put } = filled();
  cache.setEnabled(false);
  assert.equal(cache.get('h1', T0)?.value, undefined);
  put('h5', 'kept?', [tags.connection('c5')]);
  cache.setEnabled(true);
  assert.equal(cache.size, 0);
  assert.equal(cache.get('h5', T0)?.value, undefined);
  assert.equal(createCheckInCache<string>({ maxEntries: 0 }).get('h1', T0), undefined);
});

test("a cache that would fill more than half of the process's heap limit is told at start, with the flag to set", () => {
  const GB = 1024 ** 3;
  assert.equal(cacheHeapAdvice(100_000, 4 * GB), undefined, 'the default fits');
  const advice = cacheHeapAdvice(5_000_000, 4 * GB);
  assert.match(advice ?? '', /checkIn\.cacheEntries \(5000000\) holds ~3815 MB/);
  const flag = Number(/--max-old-space-size=(\d+)/.exec(advice ?? '')?.[1]);
  assert.ok(cacheHeapAdvice(5_000_000, flag * 1024 ** 2) === undefined, 'the suggested limit is enough');
  // Or the memory to give a container: Node takes half of it for the heap.
  assert.match(advice ?? '', new RegExp(`memory limit of at least ${flag * 2} MB`));
});
