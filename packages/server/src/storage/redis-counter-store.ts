// Sliding-window counters and attempt slots in Redis (sorted sets, updated by Lua scripts) for fleets of instances.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { CounterStore, Limit, Reservation } from '../risk/index.js';

// ZADD + trim + count in one atomic script, so concurrent hits from any instance are all counted.
// Events are kept for the hit's window or the widest window a count has asked of the key (KEYS[2]), whichever is
// longer: hourly hits counted over a day must last a day, while a key only ever hit keeps just its own window.
const HIT = `
local keep = math.max(tonumber(ARGV[2]), tonumber(redis.call('GET', KEYS[2]) or '0'))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1] - keep)
redis.call('PEXPIRE', KEYS[1], keep)
return redis.call('ZCOUNT', KEYS[1], '(' .. (ARGV[1] - ARGV[2]), '+inf')`;
const COUNT = `
local widest = tonumber(redis.call('GET', KEYS[2]) or '0')
if tonumber(ARGV[2]) >= widest then redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[2]) end
return redis.call('ZCOUNT', KEYS[1], '(' .. (ARGV[1] - ARGV[2]), '+inf')`;
// Per key: count, then add only when under its limit, all in one script: racing reservations from any instance queue
// in Redis, and a caller needing several independent slots pays one round trip. KEYS: events and widest key per
// limit, in pairs. ARGV: now, then per limit its window, limit and new member. Answers per limit {slot, '0'} or
// {0, the oldest event in the window} (now when a limit of 0 has none: a nil would cut the answer short).
const RESERVE_EACH = `
local now = tonumber(ARGV[1])
local out = {}
for i = 1, #KEYS / 2 do
  local events = KEYS[2 * i - 1]
  local window, limit = tonumber(ARGV[3 * i - 1]), tonumber(ARGV[3 * i])
  local keep = math.max(window, tonumber(redis.call('GET', KEYS[2 * i]) or '0'))
  redis.call('ZREMRANGEBYSCORE', events, '-inf', now - keep)
  local from = '(' .. (now - window)
  local taken = redis.call('ZCOUNT', events, from, '+inf')
  if taken >= limit then
    out[2 * i - 1] = 0
    out[2 * i] = redis.call('ZRANGEBYSCORE', events, from, '+inf', 'WITHSCORES', 'LIMIT', 0, 1)[2] or ARGV[1]
  else
    redis.call('ZADD', events, now, ARGV[3 * i + 1])
    redis.call('PEXPIRE', events, keep)
    out[2 * i - 1] = taken + 1
    out[2 * i] = '0'
  end
end
return out`;
// Every limit checked, then one event per key added only when all have room, in one script: all or nothing.
// KEYS: events and widest key per distinct key, in pairs. ARGV: now, then per key its keep and new member, then per
// limit its key's index, window and limit. Answers {1, spentUntil} or {0, freeAt}; the (taken - limit + 1)-th oldest
// event in a window is the one whose leaving makes room.
const RESERVE_ALL = `
local now = tonumber(ARGV[1])
local nkeys = #KEYS / 2
local keeps = {}
for i = 1, nkeys do
  keeps[i] = math.max(tonumber(ARGV[2 * i]), tonumber(redis.call('GET', KEYS[2 * i]) or '0'))
  redis.call('ZREMRANGEBYSCORE', KEYS[2 * i - 1], '-inf', now - keeps[i])
end
local base = 2 + 2 * nkeys
local function roomAt(events, window, taken, limit)
  local from = '(' .. (now - window)
  local oldest = redis.call('ZRANGEBYSCORE', events, from, '+inf', 'WITHSCORES', 'LIMIT', math.max(0, taken - limit), 1)[2]
  return (tonumber(oldest) or now) + window
end
local taken, freeAt = {}, 0
for j = 0, (#ARGV - base) / 3 do
  local k = tonumber(ARGV[base + 3 * j])
  if k then
    local window, limit = tonumber(ARGV[base + 3 * j + 1]), tonumber(ARGV[base + 3 * j + 2])
    taken[j] = redis.call('ZCOUNT', KEYS[2 * k - 1], '(' .. (now - window), '+inf')
    if taken[j] >= limit then freeAt = math.max(freeAt, roomAt(KEYS[2 * k - 1], window, taken[j], limit)) end
  end
end
if freeAt > 0 then return {0, freeAt} end
for i = 1, nkeys do
  redis.call('ZADD', KEYS[2 * i - 1], now, ARGV[2 * i + 1])
  redis.call('PEXPIRE', KEYS[2 * i - 1], keeps[i])
end
local spentUntil = 0
for j, n in pairs(taken) do
  local k = tonumber(ARGV[base + 3 * j])
  local window, limit = tonumber(ARGV[base + 3 * j + 1]), tonumber(ARGV[base + 3 * j + 2])
  if n + 1 >= limit then spentUntil = math.max(spentUntil, roomAt(KEYS[2 * k - 1], window, n + 1, limit)) end
end
return {1, spentUntil}`;
// A later block never shortens an earlier one. The TTL only bounds memory: expiry is judged against
// the injected clock, not Redis's, so tests can move time.
const BLOCK = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local untilMs = tonumber(ARGV[1])
if untilMs > current then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
end
return 1`;
const TAKE_TURN = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current > tonumber(ARGV[1]) then return current end
redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
return 0`;

const BLOCK_TTL_MS = 8 * 24 * 3600 * 1000;

export function redisCounterStore(redis: Redis, prefix = 'tessera:'): CounterStore {
  const eventsKey = (key: string) => `${prefix}c:${key}`;
  const blockKey = (key: string) => `${prefix}b:${key}`;
  const widestKey = (key: string) => `${prefix}w:${key}`;
  const reserveEach: CounterStore['reserveEach'] = async (limits, now) => {
    if (limits.length === 0) return [];
    if (new Set(limits.map((l) => l.key)).size !== limits.length) throw new Error('reserveEach needs distinct keys');
    const ids = limits.map(() => `${now}:${randomBytes(9).toString('base64url')}`);
    const answers = (await redis.eval(
      RESERVE_EACH,
      limits.length * 2,
      ...limits.flatMap((l) => [eventsKey(l.key), widestKey(l.key)]),
      now,
      ...limits.flatMap((l, i) => [l.windowMs, l.limit, ids[i]!]),
    )) as Array<number | string>;
    return limits.map(({ windowMs }, i): Reservation => {
      const slot = Number(answers[2 * i]);
      return slot > 0 ? { ok: true, slot, id: ids[i]! } : { ok: false, freeAt: Number(answers[2 * i + 1]) + windowMs };
    });
  };
  return {
    async hit(key, windowMs, now) {
      const member = `${now}:${randomBytes(6).toString('base64url')}`;
      return Number(await redis.eval(HIT, 2, eventsKey(key), widestKey(key), now, windowMs, member));
    },
    async count(key, windowMs, now) {
      return Number(await redis.eval(COUNT, 2, eventsKey(key), widestKey(key), now, windowMs));
    },
    reserve: async (key, limit, windowMs, now) => (await reserveEach([{ key, limit, windowMs }], now))[0]!,
    reserveEach,
    async reserveAll(limits, now) {
      if (limits.length === 0) return { ok: true, ids: [], spentUntil: 0 };
      const keys = [...new Set(limits.map((l) => l.key))];
      const keep = (key: string) => Math.max(...limits.filter((l) => l.key === key).map((l) => l.windowMs));
      const ids = keys.map((key) => [key, `${now}:${randomBytes(9).toString('base64url')}`] as const);
      const args = [
        now,
        ...ids.flatMap(([key, id]) => [keep(key), id]),
        ...limits.flatMap((l: Limit) => [keys.indexOf(l.key) + 1, l.windowMs, l.limit]),
      ];
      const [ok, at] = (await redis.eval(
        RESERVE_ALL,
        keys.length * 2,
        ...keys.flatMap((key) => [eventsKey(key), widestKey(key)]),
        ...args,
      )) as [number, number];
      return ok === 1 ? { ok: true, ids, spentUntil: Number(at) } : { ok: false, freeAt: Number(at) };
    },
    async forget({ events = [], keys = [] }) {
      if (events.length === 0 && keys.length === 0) return;
      const batch = redis.multi();
      for (const [key, id] of events) batch.zrem(eventsKey(key), id);
      if (keys.length > 0) batch.del(...keys.map(eventsKey));
      const answers = (await batch.exec()) ?? [];
      const failed = answers.find(([error]) => error);
      if (failed) throw failed[0];
    },
    async block(key, until) {
      await redis.eval(BLOCK, 1, blockKey(key), until, BLOCK_TTL_MS);
    },
    async takeTurn(key, now, until) {
      return Number(await redis.eval(TAKE_TURN, 1, blockKey(key), now, until, BLOCK_TTL_MS));
    },
    async blockedUntil(key, now) {
      const value = Number((await redis.get(blockKey(key))) ?? 0);
      return value > now ? value : 0;
    },
    async unblock(key) {
      await redis.del(blockKey(key));
    },
  };
}
