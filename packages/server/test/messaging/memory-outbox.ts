// An in-memory OutboxStore for tests; storage provides the SQL one.

import type { OutboxEntry, OutboxStore } from '../../src/messaging/index.js';

export function memoryOutbox(): OutboxStore & { entries: OutboxEntry[] } {
  const entries: OutboxEntry[] = [];
  return {
    entries,
    async append(entry) {
      entries.push({ ...entry });
    },
    async list({ limit, channel, to }) {
      return entries
        .filter((e) => (channel === undefined || e.channel === channel) && (to === undefined || e.to === to))
        .reverse()
        .slice(0, limit);
    },
  };
}
