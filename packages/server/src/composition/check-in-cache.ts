// Part of the composition root: the per-instance cache of check-in answers, the change notices that keep it true, and
// the feed that carries them between instances (Redis pub/sub when configured, else PostgreSQL LISTEN/NOTIFY; on
// SQLite, the file's data version, which tells of writes by another process such as the admin CLI).
import { getHeapStatistics } from 'node:v8';
import type { Logger } from 'pino';
import type { Config } from '../config/index.js';
import {
  cacheHeapAdvice,
  checkInTags as tags,
  createChangeNotices,
  createCheckInCache,
  type ChangeFeed,
  type UnchangedAnswer,
  type CheckInCache,
  type ChangeNotices,
} from '../devices/index.js';
import { afterCommit, pgChangeFeed, redisChangeFeed, sqliteChangeFeed, type DatabaseHandle } from '../storage/index.js';

export async function startCheckInCache(deps: {
  config: Config;
  database: Pick<DatabaseHandle, 'db' | 'dataVersion'>;
  logger: Logger;
}): Promise<{
  checkInCache: CheckInCache<UnchangedAnswer>;
  changeFeed: ChangeFeed | undefined;
  notices: ChangeNotices;
  /** Every instance drops its answers (`admin check-in-cache clear`); false on SQLite, which needs no telling. */
  dropCheckInAnswers(): Promise<boolean>;
}> {
  const { config, logger, database } = deps;
  const checkInCache = createCheckInCache<UnchangedAnswer>({ maxEntries: config.checkIn.cacheEntries });
  const advice = cacheHeapAdvice(config.checkIn.cacheEntries, getHeapStatistics().heap_size_limit);
  if (advice) logger.warn(advice);
  const changeFeed: ChangeFeed | undefined = config.redisUrl
    ? await redisChangeFeed({ url: config.redisUrl, keyPrefix: config.redisKeyPrefix })
    : config.databaseUrl
      ? pgChangeFeed({ url: config.databaseUrl, db: database.db })
      : database.dataVersion
        ? sqliteChangeFeed({ dataVersion: database.dataVersion, intervalMs: config.checkIn.sqliteWatchMilliseconds })
        : undefined;
  const notices = createChangeNotices({
    invalidate: (tags) => checkInCache.invalidate(tags),
    afterCommit,
    ...(changeFeed ? { feed: changeFeed } : {}),
    onError: (err) => logger.error({ err }, 'check-in change notice failed'),
  });
  if (changeFeed) {
    // Off until the feed listens: a notice sent before would be missed.
    checkInCache.setEnabled(false);
    await changeFeed
      .start({
        onTags: (tags) => checkInCache.invalidate(tags),
        onLost: () => {
          checkInCache.setEnabled(false);
          logger.warn('check-in change feed lost: check-in answers are read from the database until it is back');
        },
        onBack: () => checkInCache.setEnabled(true),
      })
      .catch((err: unknown) => logger.error({ err }, 'check-in change feed could not start'));
  }
  async function dropCheckInAnswers() {
    checkInCache.invalidate([tags.all]);
    // Awaited, not sent after a commit as a write's notices are: an admin command exits right after.
    if (!config.databaseUrl) return false;
    await changeFeed?.publish([tags.all]);
    return true;
  }
  return { checkInCache, changeFeed, notices, dropCheckInAnswers };
}
