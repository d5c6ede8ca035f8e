// What createTessera takes and gives: the options an embedder or test sets, and the running service's handles.
import type { Logger } from 'pino';
import type { Clock, Secrets } from '../common/index.js';
import type { Config } from '../config/index.js';
import type { CaptchaPort, ChallengeUseStore } from '../captcha/index.js';
import type { DeferredEmail } from '../messaging/index.js';
import type { CounterStore } from '../risk/index.js';
import type { Licensing } from '../licensing/index.js';
import type { CheckInCache } from '../devices/index.js';
import type { OperatorTokens } from '../operators/index.js';
import type { DatabaseHandle, SqlStores } from '../storage/index.js';
import type { App, WebServices } from '../web/index.js';
import type { EventRecorder, WebhookEndpoints, WebhookSender, WebhookWorker } from '../webhooks/index.js';

export interface TesseraOptions {
  config: Config;
  clock?: Clock;
  secrets?: Secrets;
  logger?: Logger;
  /** Replaces the configured captcha (tests read back the codes they issue). */
  captcha?: (secrets: Secrets) => CaptchaPort;
  /** Runs the webhook delivery worker (default: config `webhooks.worker`); admin commands never do. */
  startWebhookWorker?: boolean;
  /** Replaces the HTTP client webhooks are sent with. */
  webhookSender?: WebhookSender;
  /** Counts SQL statements in `database.statements` (the bench's per-check-in figure); off, nothing is hooked. */
  countStatements?: boolean;
}

/** A Tessera without its web app: what admin commands (which never serve HTTP) work with. */
export interface TesseraCore {
  /** The configured captcha; flows use it through `challengeUses`, so each challenge passes once. */
  captcha: CaptchaPort;
  config: Config;
  database: DatabaseHandle;
  stores: SqlStores;
  counters: CounterStore;
  /** Solved challenges, each passing once (Redis when configured, like the counters). */
  challengeUses: ChallengeUseStore;
  services: WebServices;
  licensing: Licensing;
  /**
   * Check-in answers cached on this instance. Tests look at its size; the bench turns it off (which also empties it)
   * to measure the read every check-in makes without it.
   */
  checkInCache: Pick<CheckInCache<unknown>, 'size' | 'setEnabled' | 'stats'>;
  /**
   * Drops every cached check-in answer here and, through the change feed, on every instance (after rows were changed
   * by hand in PostgreSQL). False on SQLite, whose servers notice another process's writes by themselves.
   */
  dropCheckInAnswers(): Promise<boolean>;
  /** Writes the buffered last-seen times now (tests; the timer does it every `checkIn.lastSeenFlushSeconds`). */
  flushLastSeen(): Promise<void>;
  /** Once every check-in change notice made so far has gone out to the other instances. */
  changeNoticesSent(): Promise<void>;
  /** Emails sent off the request path; tests await `idle()` before reading the outbox. */
  emailLater: DeferredEmail;
  /** Operator API tokens (the `/admin/v1` credentials and `admin tokens …`). */
  operatorTokens: OperatorTokens;
  /** Webhook endpoints, the outbox events are recorded to, and this instance's delivery worker. */
  webhooks: { endpoints: WebhookEndpoints; events: EventRecorder; worker: WebhookWorker };
  close(): Promise<void>;
}

export interface Tessera extends TesseraCore {
  app: App;
}
