// Check-in change notices for a SQLite server: another process writing the same file (the admin CLI beside a running
// server) cannot reach this one's cache, so the server watches the file's data version and drops every cached answer
// when someone else committed. Its own writes send their notices in process, as before.
import type { ChangeFeed } from '../devices/index.js';

/**
 * `dataVersion` is SQLite's `PRAGMA data_version` on the server's writing connection: it moves only when another
 * connection commits, and the server's other connection (the read-only one of the check-in read) never writes. So it
 * moves for the CLI's writes and not for the server's own, and costs a pragma, not a query, per look.
 */
export function sqliteChangeFeed(options: { dataVersion: () => number; intervalMs: number }): ChangeFeed {
  let timer: NodeJS.Timeout | undefined;
  return {
    // Another process's cache, if any, is that process's business: nothing travels from here.
    publish: async () => undefined,
    async start(handlers) {
      let seen = options.dataVersion();
      let watching = true;
      timer = setInterval(() => {
        let now: number;
        try {
          now = options.dataVersion();
        } catch {
          // A look that fails may have missed a write: the cache is off until a look succeeds (and starts empty).
          if (watching) handlers.onLost();
          watching = false;
          return;
        }
        if (!watching) {
          watching = true;
          seen = now;
          return handlers.onBack();
        }
        if (now === seen) return;
        seen = now;
        // Which answers the other writer changed is not known here: all of them go.
        handlers.onTags(['*']);
      }, options.intervalMs);
      timer.unref();
      handlers.onBack();
    },
    async close() {
      clearInterval(timer);
    },
  };
}
