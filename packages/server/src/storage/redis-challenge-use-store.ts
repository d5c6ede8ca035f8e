// Solved captcha challenges in Redis for fleets of instances: SET NX lets exactly one claim win.
import type { Redis } from 'ioredis';
import type { ChallengeUseStore } from '../captcha/index.js';

export function redisChallengeUseStore(redis: Redis, prefix = 'tessera:'): ChallengeUseStore {
  return {
    async claim(id, keepUntil, now) {
      return (await redis.set(`${prefix}captcha-used:${id}`, '1', 'PX', Math.max(1, keepUntil - now), 'NX')) === 'OK';
    },
  };
}
