// The development outbox as the dev-mode pages and API read it: the latest messages, newest first.
import type { OutboxEntry, OutboxQuery, OutboxStore } from './types.js';

export interface DevOutbox {
  recent(query: OutboxQuery): Promise<OutboxEntry[]>;
}

export function createDevOutbox(deps: { store: OutboxStore }): DevOutbox {
  return { recent: (query) => deps.store.list(query) };
}
