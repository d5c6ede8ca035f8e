// The only door of webhooks: the event outbox (record events in a change's transaction), endpoints, Standard
// Webhooks signing, and the delivery worker.
export {
  WEBHOOK_EVENT_TYPES,
  isWebhookEventType,
  parseEventTypes,
  type WebhookEventType,
  type WebhookEventData,
} from './event-types.js';
export { createEventRecorder, noEvents, type EventRecorder } from './events.js';
export {
  createWebhookEndpoints,
  type WebhookEndpoints,
  type WebhookEndpointSummary,
  type WebhookResult,
} from './endpoints.js';
export { newWebhookSecret, signWebhook, webhookHeaders, verifyWebhook } from './signature.js';
export { checkWebhookUrl, isPrivateAddress } from './url-policy.js';
export { createHttpSender, type WebhookSender, type WebhookRequest, type WebhookResponse } from './sender.js';
export { createWebhookWorker, backoffMs, type WebhookWorker, type WebhookWorkerSettings } from './worker.js';
export type {
  WebhookStore,
  WebhookEndpointRecord,
  WebhookEventRecord,
  DeliveryRecord,
  DeliveryStatus,
  DeliveryWork,
} from './webhook-store.js';
