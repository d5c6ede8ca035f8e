// The delivery worker: in the background of every instance, it sends the outbox's deliveries as Standard Webhooks.
// Per endpoint, one worker at a time (a lease in the database) sends in order, so across instances a delivery is
// never sent twice at once; a failure is retried with exponential backoff and holds back the endpoint's later
// deliveries until it succeeds or runs out of attempts (at least once, in order). Endpoints are worked on in
// parallel up to `concurrency`, so a slow receiver holds one lane, never the others.
import { randomBytes } from 'node:crypto';
import type { Clock, Secrets } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import type { WebhookSender } from './sender.js';
import { webhookHeaders } from './signature.js';
import type { DeliveryWork, WebhookStore } from './webhook-store.js';

export interface WebhookWorkerSettings {
  pollIntervalMs: number;
  timeoutMs: number;
  /** On close, how long requests already sent may still be answered before they are aborted (default 0). */
  drainMs?: number;
  maxAttempts: number;
  retryBaseMs: number;
  retryMaxMs: number;
  concurrency: number;
  /** Consecutive failed attempts after which an endpoint is disabled (0: never). */
  disableAfterFailures: number;
  /** Deliveries one lane sends before it lets the endpoint go, so every endpoint gets its turn. */
  batchPerClaim?: number;
  /** Settled events older than this are deleted with their deliveries (checked hourly). */
  retentionMs?: number;
}

export interface WebhookWorker {
  /** Polls every `pollIntervalMs` until closed. */
  start(): void;
  /** One pass over the due endpoints; resolves with how many deliveries succeeded. */
  runOnce(): Promise<number>;
  /**
   * Stops taking work and lets requests in flight be answered for up to `drainMs`; those still out then are aborted
   * (they count as not made and are sent again) and the rest is waited for.
   */
  close(): Promise<void>;
}

/** The wait before attempt `attempts + 1`: base × 2^(attempts − 1), capped. */
export function backoffMs(attempts: number, settings: Pick<WebhookWorkerSettings, 'retryBaseMs' | 'retryMaxMs'>) {
  return Math.min(settings.retryBaseMs * 2 ** Math.max(0, attempts - 1), settings.retryMaxMs);
}

export function createWebhookWorker(deps: {
  store: WebhookStore;
  sender: WebhookSender;
  secrets: Secrets;
  clock: Clock;
  audit: AuditLog;
  settings: WebhookWorkerSettings;
  log?: { warn(object: object, message: string): void };
  /** Names this worker's leases; random per instance. */
  instanceId?: string;
}): WebhookWorker {
  const { store, clock, settings } = deps;
  const owner = deps.instanceId ?? `wrk_${randomBytes(9).toString('base64url')}`;
  // Longer than any one attempt can take, so a lease lapses only when its holder died.
  const leaseMs = settings.timeoutMs * 2 + 5_000;
  const batch = settings.batchPerClaim ?? 50;
  const inFlight = new Set<AbortController>();
  let closing = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  /** Sends one delivery and records what happened: sent, given up (the queue moves on) or to wait (it does not). */
  async function attempt(work: DeliveryWork): Promise<'sent' | 'gave_up' | 'wait'> {
    const timestamp = Math.floor(clock.now() / 1000);
    const secret = deps.secrets.open(work.secretSealed);
    const controller = new AbortController();
    inFlight.add(controller);
    let response;
    try {
      response = await deps.sender.send({
        url: work.url,
        headers: webhookHeaders(secret, work.eventId, timestamp, work.payload),
        body: work.payload,
        timeoutMs: settings.timeoutMs,
        signal: controller.signal,
      });
    } finally {
      inFlight.delete(controller);
    }
    if (controller.signal.aborted) return 'wait';
    const at = clock.now();
    if (response.ok) {
      await store.recordSuccess(work.id, work.endpointId, { at, statusCode: response.status });
      return 'sent';
    }
    const attempts = work.attempts + 1;
    const final = attempts >= settings.maxAttempts;
    const failures = await store.recordFailure(work.id, work.endpointId, {
      at,
      statusCode: response.status,
      error: response.error.slice(0, 300),
      nextAttemptAt: final ? null : at + backoffMs(attempts, settings),
    });
    if (settings.disableAfterFailures > 0 && failures >= settings.disableAfterFailures) {
      const reason = `${failures} consecutive failed attempts (last: ${response.error.slice(0, 100)})`;
      if (await store.setEndpointEnabled(work.endpointId, false, at, reason)) {
        await deps.audit.record('webhook.endpoint_disabled', {
          accountId: null,
          details: { endpointId: work.endpointId, failures, lastError: response.error.slice(0, 100) },
        });
        deps.log?.warn({ endpointId: work.endpointId, failures }, 'webhook endpoint disabled after failures');
      }
      return 'wait';
    }
    // A delivery out of attempts stays in the log as failed; the ones after it go on.
    return final ? 'gave_up' : 'wait';
  }

  /** Works through one endpoint's due deliveries in order while holding its lease. */
  async function drain(endpointId: string): Promise<number> {
    if (!(await store.claimEndpoint(endpointId, owner, clock.now(), clock.now() + leaseMs))) return 0;
    let delivered = 0;
    try {
      for (let i = 0; i < batch && !closing; i++) {
        const head = await store.headDelivery(endpointId);
        if (!head || head.nextAttemptAt > clock.now()) break;
        const outcome = await attempt(head);
        if (outcome === 'wait') break;
        if (outcome === 'sent') delivered += 1;
        await store.renewLease(endpointId, owner, clock.now() + leaseMs);
      }
    } finally {
      await store.releaseEndpoint(endpointId, owner);
    }
    return delivered;
  }

  let purgedAt = -Infinity;
  async function pass(): Promise<number> {
    if (settings.retentionMs !== undefined && clock.now() - purgedAt >= 3_600_000) {
      purgedAt = clock.now();
      await store.purgeEvents(purgedAt - settings.retentionMs, 1000);
    }
    const due = await store.dueEndpoints(clock.now(), settings.concurrency * 4);
    let total = 0;
    let next = 0;
    const lane = async () => {
      while (!closing && next < due.length) {
        const endpointId = due[next++]!;
        try {
          const sent = await drain(endpointId);
          total += sent;
        } catch (err) {
          // One endpoint's trouble (a secret that no longer opens, a database hiccup) never stops the others.
          deps.log?.warn({ err, endpointId }, 'webhook delivery failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(settings.concurrency, due.length) }, lane));
    return total;
  }

  const worker: WebhookWorker = {
    runOnce() {
      if (closing) return Promise.resolve(0);
      // Passes never overlap within one worker; a caller arriving during one waits for it and then runs its own.
      const previous = running ?? Promise.resolve(0);
      const current = previous.catch(() => 0).then(() => (closing ? 0 : pass()));
      running = current;
      return current;
    },
    start() {
      if (timer || closing) return;
      const tick = () => {
        worker
          .runOnce()
          .catch((err: unknown) => deps.log?.warn({ err }, 'webhook delivery pass failed'))
          .finally(() => {
            if (!closing) timer = setTimeout(tick, settings.pollIntervalMs).unref();
          });
      };
      timer = setTimeout(tick, settings.pollIntervalMs).unref();
    },
    async close() {
      closing = true;
      clearTimeout(timer);
      const settled = running?.catch(() => 0);
      // A receiver that already has a delivery has most likely acted on it: aborting its answer at once would make
      // every delivery in flight at a deploy's stop a duplicate. So answers get a moment; only then is the rest cut.
      if (settled && inFlight.size > 0 && (settings.drainMs ?? 0) > 0) {
        let wait: NodeJS.Timeout | undefined;
        await Promise.race([settled, new Promise((resolve) => (wait = setTimeout(resolve, settings.drainMs)))]);
        clearTimeout(wait);
      }
      for (const controller of inFlight) controller.abort();
      await settled;
    },
  };
  return worker;
}
