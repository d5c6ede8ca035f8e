// Part of the composition root: webhook endpoints and this instance's delivery worker, from the config's settings.
import type { Logger } from 'pino';
import type { Clock, Secrets, UnitOfWork } from '../common/index.js';
import type { Config } from '../config/index.js';
import type { AuditLog } from '../audit/index.js';
import type { SqlStores } from '../storage/index.js';
import {
  createHttpSender,
  createWebhookEndpoints,
  createWebhookWorker,
  type EventRecorder,
  type WebhookEndpoints,
  type WebhookSender,
  type WebhookWorker,
} from '../webhooks/index.js';

export interface Webhooks {
  events: EventRecorder;
  endpoints: WebhookEndpoints;
  worker: WebhookWorker;
}

export function wireWebhooks(deps: {
  config: Config;
  stores: Pick<SqlStores, 'webhooks'>;
  secrets: Secrets;
  clock: Clock;
  audit: AuditLog;
  unitOfWork: UnitOfWork;
  logger: Logger;
  events: EventRecorder;
  /** Replaces the HTTP client webhooks are sent with (tests). */
  sender: WebhookSender | undefined;
}): Webhooks {
  const { config, stores, secrets, clock, audit, unitOfWork } = deps;
  const hooks = config.webhooks;
  return {
    events: deps.events,
    endpoints: createWebhookEndpoints({
      store: stores.webhooks,
      secrets,
      clock,
      audit,
      unitOfWork,
      settings: { allowPrivateUrls: hooks.allowPrivateUrls, maxEndpoints: hooks.maxEndpoints },
    }),
    worker: createWebhookWorker({
      store: stores.webhooks,
      sender: deps.sender ?? createHttpSender({ allowPrivate: hooks.allowPrivateUrls }),
      secrets,
      clock,
      audit,
      log: deps.logger,
      settings: {
        pollIntervalMs: hooks.pollIntervalMs,
        timeoutMs: hooks.timeoutSeconds * 1000,
        drainMs: hooks.drainSeconds * 1000,
        maxAttempts: hooks.maxAttempts,
        retryBaseMs: hooks.retryBaseSeconds * 1000,
        retryMaxMs: hooks.retryMaxSeconds * 1000,
        concurrency: hooks.concurrency,
        disableAfterFailures: hooks.disableAfterFailures,
        retentionMs: hooks.retentionDays * 86_400_000,
      },
    }),
  };
}
