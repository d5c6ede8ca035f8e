// Webhook endpoints as an operator manages them: create (secret shown once), list, delete, enable, the delivery log
// and manual redelivery. Creations, deletions and re-enabling are audited.
import { newId, type Clock, type Secrets, type UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import { parseEventTypes, type WebhookEventType } from './event-types.js';
import { newWebhookSecret } from './signature.js';
import { checkWebhookUrl } from './url-policy.js';
import type { DeliveryRecord, DeliveryStatus, WebhookEndpointRecord, WebhookStore } from './webhook-store.js';

export type WebhookResult<T extends object> = ({ ok: true } & T) | { ok: false; problem: string };

/** An endpoint as listed: never its secret. */
export interface WebhookEndpointSummary {
  id: string;
  url: string;
  eventTypes: WebhookEventType[];
  description: string | null;
  createdAt: number;
  disabledAt: number | null;
  disabledReason: string | null;
  consecutiveFailures: number;
}

export interface WebhookEndpoints {
  create(input: {
    url: string;
    eventTypes: string | readonly string[];
    description?: string;
  }): Promise<WebhookResult<{ endpoint: WebhookEndpointSummary; secret: string }>>;
  list(): Promise<WebhookEndpointSummary[]>;
  get(id: string): Promise<WebhookEndpointSummary | undefined>;
  delete(id: string): Promise<WebhookResult<object>>;
  /** Turns a disabled endpoint back on; its run of failures starts again from zero. */
  enable(id: string): Promise<WebhookResult<object>>;
  deliveries(
    endpointId: string,
    query?: { limit?: number; status?: DeliveryStatus },
  ): Promise<WebhookResult<{ deliveries: DeliveryRecord[] }>>;
  /** One delivery with the body it sends (the console's delivery log shows both). */
  delivery(deliveryId: string): Promise<WebhookResult<{ delivery: DeliveryRecord; payload: string }>>;
  /** Queues the delivery's event again for its endpoint (a new delivery, after what is already queued). */
  redeliver(deliveryId: string): Promise<WebhookResult<{ delivery: DeliveryRecord }>>;
}

const summarize = (r: WebhookEndpointRecord): WebhookEndpointSummary => ({
  id: r.id,
  url: r.url,
  eventTypes: r.eventTypes as WebhookEventType[],
  description: r.description,
  createdAt: r.createdAt,
  disabledAt: r.disabledAt,
  disabledReason: r.disabledReason,
  consecutiveFailures: r.consecutiveFailures,
});

export function createWebhookEndpoints(deps: {
  store: WebhookStore;
  secrets: Secrets;
  clock: Clock;
  audit: AuditLog;
  unitOfWork: UnitOfWork;
  settings: { allowPrivateUrls: boolean; maxEndpoints: number };
}): WebhookEndpoints {
  const { store, clock } = deps;
  const missing = (id: string) => ({
    ok: false as const,
    problem: `no webhook endpoint ${id} (see: admin webhooks list)`,
  });
  return {
    async create(input) {
      const url = checkWebhookUrl(input.url, { allowPrivate: deps.settings.allowPrivateUrls });
      if (!url.ok) return url;
      const types = parseEventTypes(input.eventTypes);
      if (!types.ok) return types;
      const description = input.description?.trim() || null;
      if (description && description.length > 200) return { ok: false, problem: 'description: at most 200 characters' };
      if ((await store.listEndpoints()).length >= deps.settings.maxEndpoints)
        return { ok: false, problem: `at most ${deps.settings.maxEndpoints} endpoints (config webhooks.maxEndpoints)` };
      const secret = newWebhookSecret();
      const record: WebhookEndpointRecord = {
        id: newId('whe'),
        url: url.url,
        eventTypes: types.types,
        secretSealed: deps.secrets.seal(secret),
        description,
        createdAt: clock.now(),
        disabledAt: null,
        disabledReason: null,
        consecutiveFailures: 0,
      };
      await deps.unitOfWork.run(async () => {
        await store.insertEndpoint(record);
        await deps.audit.record('webhook.endpoint_created', {
          accountId: null,
          details: { endpointId: record.id, url: record.url, eventTypes: record.eventTypes },
        });
      });
      return { ok: true, endpoint: summarize(record), secret };
    },

    list: async () => (await store.listEndpoints()).map(summarize),
    async get(id) {
      const found = await store.findEndpoint(id);
      return found && summarize(found);
    },

    async delete(id) {
      const deleted = await deps.unitOfWork.run(async () => {
        if (!(await store.deleteEndpoint(id))) return false;
        await deps.audit.record('webhook.endpoint_deleted', { accountId: null, details: { endpointId: id } });
        return true;
      });
      return deleted ? { ok: true } : missing(id);
    },

    async enable(id) {
      const found = await store.findEndpoint(id);
      if (!found) return missing(id);
      await deps.unitOfWork.run(async () => {
        await store.setEndpointEnabled(id, true, clock.now(), null);
        await deps.audit.record('webhook.endpoint_enabled', { accountId: null, details: { endpointId: id } });
      });
      return { ok: true };
    },

    async deliveries(endpointId, query = {}) {
      if (!(await store.findEndpoint(endpointId))) return missing(endpointId);
      const limit = Math.min(Math.max(query.limit ?? 50, 1), 1000);
      return {
        ok: true,
        deliveries: await store.listDeliveries(endpointId, {
          limit,
          ...(query.status ? { status: query.status } : {}),
        }),
      };
    },

    async delivery(deliveryId) {
      const [found, payload] = await Promise.all([store.findDelivery(deliveryId), store.deliveryPayload(deliveryId)]);
      if (!found || payload === undefined) return { ok: false, problem: `no delivery ${deliveryId}` };
      return { ok: true, delivery: found, payload };
    },
    async redeliver(deliveryId) {
      const found = await store.findDelivery(deliveryId);
      if (!found) return { ok: false, problem: `no delivery ${deliveryId}` };
      const id = newId('dlv');
      await store.insertDelivery({ id, eventId: found.eventId, endpointId: found.endpointId, at: clock.now() });
      return { ok: true, delivery: (await store.findDelivery(id))! };
    },
  };
}
