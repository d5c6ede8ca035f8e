// Recording events: each change a vendor's systems care about writes its event to the outbox inside the change's own
// transaction (call `record` inside the unit of work), so an event exists exactly when its change committed.
import { newId, type Clock } from '../common/index.js';
import type { WebhookEventData, WebhookEventType } from './event-types.js';
import type { WebhookStore } from './webhook-store.js';

export interface EventRecorder {
  /**
   * Writes the event and its pending deliveries. `once` names an event that must be told once however many times the
   * change is seen (a subscription ending is noticed by every app on it).
   */
  record<T extends WebhookEventType>(type: T, data: WebhookEventData[T], options?: { once?: string }): Promise<void>;
}

/** For wiring that emits nothing (unit tests of a domain). */
export const noEvents: EventRecorder = { record: async () => {} };

export function createEventRecorder(deps: { store: Pick<WebhookStore, 'appendEvent'>; clock: Clock }): EventRecorder {
  return {
    async record(type, data, options = {}) {
      const now = deps.clock.now();
      const id = newId('msg');
      // The body is fixed here, so every delivery and redelivery of the event sends the same bytes.
      const payload = JSON.stringify({ type, timestamp: new Date(now).toISOString(), data });
      await deps.store.appendEvent(
        { id, type, accountId: data.accountId, payload, onceKey: options.once ?? null, createdAt: now },
        () => newId('dlv'),
      );
    },
  };
}
