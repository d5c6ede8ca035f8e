// The Redis connection behind the shared counters and challenge claims: fails fast while Redis is down, says so once
// (and once when it is back), answers 503.
import { Redis } from 'ioredis';
import { AppError } from '../errors/index.js';
import type { CounterStore } from '../risk/index.js';
import type { ChallengeUseStore } from '../captcha/index.js';
import { redisCounterStore } from './redis-counter-store.js';
import { redisChallengeUseStore } from './redis-challenge-use-store.js';

export interface RedisLog {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

export interface RedisConnection {
  /** The counters; while Redis is unreachable every call throws `AppError('UNAVAILABLE')` at once. */
  counters: CounterStore;
  /** Solved challenges, each passing once; unavailable like the counters while Redis is down. */
  challengeUses: ChallengeUseStore;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 2000;

/** host:port only: the URL may carry a password. */
function whereOf(url: string): string {
  try {
    const { hostname, port } = new URL(url);
    return `${hostname}:${port || '6379'}`;
  } catch {
    return 'the configured address';
  }
}

export async function connectRedis(options: {
  url: string;
  keyPrefix: string;
  log: RedisLog;
}): Promise<RedisConnection> {
  const { log } = options;
  const where = whereOf(options.url);
  const redis = new Redis(options.url, {
    // No offline queue and one retry: a request that needs Redis while it is down is answered now, not in a minute.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // No per-command timeout: under a burst (hundreds of racing sign-ins) a busy but healthy Redis would turn into 503s.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  let closing = false;
  const markDown = (reason: string) => {
    if (down || closing) return;
    down = true;
    log.error(
      { setting: 'TESSERA_REDIS_URL', redis: where, reason },
      `Redis at ${where} (TESSERA_REDIS_URL) is unreachable: ${reason}. Readiness fails and requests that need the counters answer 503 until it is back.`,
    );
  };
  // A listener also keeps ioredis from printing "Unhandled error event" at every reconnection attempt.
  redis.on('error', (err: Error & { code?: string }) => markDown(err.code ?? err.message));
  redis.on('close', () => markDown('the connection was closed'));
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    log.info({ setting: 'TESSERA_REDIS_URL', redis: where }, `Redis at ${where} is reachable again.`);
  });
  // Start with the connection settled (or known to be down), so the first requests do not fail for nothing.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, CONNECT_TIMEOUT_MS);
    const settle = () => {
      clearTimeout(timer);
      redis.off('ready', settle);
      redis.off('error', settle);
      resolve();
    };
    redis.once('ready', settle);
    redis.once('error', settle);
  });

  const guarded = <T extends object>(store: T): T =>
    Object.fromEntries(
      Object.entries(store).map(([name, method]) => [
        name,
        async (...args: unknown[]) => {
          try {
            return await (method as (...a: unknown[]) => Promise<unknown>)(...args);
          } catch (err) {
            if (!down) log.error({ err, redis: where }, 'Redis command failed');
            throw new AppError('UNAVAILABLE');
          }
        },
      ]),
    ) as T;

  return {
    counters: guarded(redisCounterStore(redis, options.keyPrefix)),
    challengeUses: guarded(redisChallengeUseStore(redis, options.keyPrefix)),
    async ping() {
      await redis.ping();
    },
    async close() {
      closing = true;
      // quit() waits for replies to pending commands; a Redis that is down has none to give.
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
