// Change notices: whoever changes what a check-in answer depends on says so here; the local cache drops the
// affected answers at once and again once the change commits, and the other instances hear of it through the
// feed (PostgreSQL LISTEN/NOTIFY, or Redis pub/sub when Redis is configured; none for a lone SQLite server).
import { inFlight } from '../common/index.js';

/** How notices travel between instances (implemented in storage). */
export interface ChangeFeed {
  /** Sends the tags to every instance (this one included); called after the change committed. */
  publish(tags: readonly string[]): Promise<void>;
  /**
   * Starts listening. `onLost`/`onBack` bracket a time the feed could not be trusted (the connection dropped):
   * the cache stays off in between, since notices sent then are lost.
   */
  start(handlers: { onTags(tags: string[]): void; onLost(): void; onBack(): void }): Promise<void>;
  close(): Promise<void>;
}

export interface ChangeNotices {
  /** Some of what check-in reads changed (or is changing inside the open transaction). */
  changed(tags: readonly string[]): void;
  /**
   * Once every notice of a committed change has gone out on the feed: a closing server waits for it, so that the
   * other instances hear of its last changes before it stops.
   */
  idle(): Promise<void>;
}

export function createChangeNotices(deps: {
  invalidate(tags: readonly string[]): void;
  /** Runs `fn` once the open transaction ends (at once when there is none). */
  afterCommit(fn: () => void): void;
  feed?: ChangeFeed;
  onError(error: unknown): void;
}): ChangeNotices {
  const sending = inFlight();
  return {
    changed(tags) {
      if (tags.length === 0) return;
      deps.invalidate(tags);
      deps.afterCommit(() => {
        deps.invalidate(tags);
        if (deps.feed) sending.track(deps.feed.publish(tags).catch(deps.onError));
      });
    },
    idle: () => sending.idle(),
  };
}
