// The composition root: opens storage, wires every domain to its ports, and builds the web app from its surfaces.
import pino, { type Logger } from 'pino';
import type { Writable } from 'node:stream';
import {
  listenUrl,
  systemClock,
  loadServerSecrets,
  readableLogStream,
  type Clock,
  type Secrets,
} from './common/index.js';
import type { Config } from './config/index.js';
import {
  openDatabase,
  migrateToLatest,
  sqlStores,
  connectRedis,
  type DatabaseHandle,
  type SqlStores,
} from './storage/index.js';
import {
  createAccountService,
  createFactorService,
  createPasswordHasher,
  preloadCommonPasswords,
} from './identity/index.js';
import {
  createAccountAdmin,
  createAccountDeletion,
  createPasskeyService,
  createPasswordlessSignIn,
  relyingPartyOf,
} from './identity/index.js';
import { createAttemptBudgets, createSignInGuard, createSendQuota, type CounterStore } from './risk/index.js';
import { createTallies } from './risk/index.js';
import { createCaptcha, singleUseCaptcha, type CaptchaPort, type ChallengeUseStore } from './captcha/index.js';
import { createDeferredEmail, createMessaging, createTemplates, type DeferredEmail } from './messaging/index.js';
import { createDevOutbox } from './messaging/index.js';
import { createSessionService } from './sessions/index.js';
import {
  createCheckIn,
  createChooseSubscription,
  createDeviceService,
  createDisconnectApp,
  createDisconnectDevice,
  createEntitlements,
  createLastSeenBuffer,
  checkInTags,
  notifyingAccountDeletionStore,
  notifyingAccountStore,
  notifyingDeviceStore,
  notifyingLicensingStores,
} from './devices/index.js';
import { createConsentService } from './consent/index.js';
import {
  createLicenseIssuer,
  createLicensing,
  createSigningKeys,
  createSubscriptionAdmin,
  type Licensing,
} from './licensing/index.js';
import { createAuditLog } from './audit/index.js';
import { createAccountDevices } from './devices/index.js';
import { createAuditTrail } from './audit/index.js';
import { startCheckInCache } from './check-in-cache-setup.js';
import { createOperatorTokens, type OperatorTokens } from './operators/index.js';
import {
  createEventRecorder,
  createHttpSender,
  createWebhookEndpoints,
  createWebhookWorker,
  type EventRecorder,
  type WebhookEndpoints,
  type WebhookSender,
  type WebhookWorker,
} from './webhooks/index.js';
import { createFlowEngine } from './flows/index.js';
import { createDeviceGrants } from './device-grants/index.js';
import { buildApp, requestSerializer, type App, type WebServices } from './web/index.js';
import { api } from './http/index.js';
import { portal } from './portal/index.js';
import { admin } from './admin/index.js';
import { createPrivacy, startPurgeSchedule } from './privacy/index.js';
import {
  countCheckIns,
  countEmails,
  countQuotaRefusals,
  countSignIns,
  countSms,
  createMetrics,
} from './metrics/index.js';

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

export interface Tessera {
  app: App;
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
  /** Check-in answers cached on this instance (tests look at its size). */
  checkInCache: { readonly size: number };
  /** Writes the buffered last-seen times now (tests; the timer does it every `checkIn.lastSeenFlushSeconds`). */
  flushLastSeen(): Promise<void>;
  /** Emails sent off the request path; tests await `idle()` before reading the outbox. */
  emailLater: DeferredEmail;
  /** Operator API tokens (the `/admin/v1` credentials and `admin tokens …`). */
  operatorTokens: OperatorTokens;
  /** Webhook endpoints, the outbox events are recorded to, and this instance's delivery worker. */
  webhooks: { endpoints: WebhookEndpoints; events: EventRecorder; worker: WebhookWorker };
  close(): Promise<void>;
}

/** JSON lines in production; in development mode one readable line per entry (and per request: see buildApp). */
export function createLogger(config: Config, out?: Pick<Writable, 'write'>): Logger {
  return pino(
    {
      level: config.logLevel,
      // Credentials never reach the logs, whatever a handler logs by mistake.
      redact: {
        paths: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password', 'code', '*.code'],
        censor: '[redacted]',
      },
      // The access log's URLs lose their secrets (an invitation link's token, a code in a query).
      serializers: { req: requestSerializer },
    },
    config.dev ? readableLogStream(out ?? process.stdout) : (out ?? pino.destination(1)),
  );
}

export async function createTessera(options: TesseraOptions): Promise<Tessera> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger(config);
  preloadCommonPasswords();

  const database = openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    countStatements: options.countStatements ?? false,
  });
  await migrateToLatest(database.db);
  const redis = config.redisUrl
    ? await connectRedis({ url: config.redisUrl, keyPrefix: config.redisKeyPrefix, log: logger })
    : undefined;
  const { checkInCache, changeFeed, notices } = await startCheckInCache({ config, db: database.db, logger });
  const baseStores = sqlStores(database.db);
  const stores = {
    ...notifyingLicensingStores(baseStores, notices),
    devices: notifyingDeviceStore(baseStores.devices, notices),
    accountDeletions: notifyingAccountDeletionStore(baseStores.accountDeletions, notices),
    accounts: notifyingAccountStore(baseStores.accounts, notices),
  };
  const checkInStore = stores.checkIns;
  const lastSeen = createLastSeenBuffer({
    store: checkInStore,
    intervalMs: config.checkIn.lastSeenFlushSeconds * 1000,
    onError: (err) => logger.error({ err }, 'last-seen write failed'),
  });
  const counters = redis ? redis.counters : stores.counters;
  const challengeUses = redis ? redis.challengeUses : stores.challengeUses;
  const secrets = options.secrets ?? loadServerSecrets(config.dataDir);
  const { unitOfWork } = stores;
  // The outbox every change a vendor's systems care about writes its event to, in that change's transaction.
  const events = createEventRecorder({ store: stores.webhooks, clock });

  const hasher = createPasswordHasher({
    memoryCost: config.password.memoryCostKiB,
    timeCost: config.password.timeCost,
    parallelism: 1,
  });
  const attempts = createAttemptBudgets({ counters, clock });
  const accounts = createAccountService({
    store: stores.accounts,
    hasher,
    clock,
    events,
    unitOfWork,
    confirmations: {
      budgets: attempts,
      limit: config.risk.passwordConfirmationsPerAccount,
      windowMs: config.risk.codeWindowSeconds * 1000,
    },
  });
  const guard = createSignInGuard({ counters, clock, config: config.risk });
  const { sms, email } = config;
  const metrics = createMetrics();
  metrics.observeCheckInCache(() => checkInCache.stats());
  const quota = countQuotaRefusals(
    createSendQuota({
      counters,
      clock,
      config: {
        sms: { ...sms, perDestinationHour: sms.perNumberHour, perDestinationDay: sms.perNumberDay },
        email: {
          perDestinationHour: email.perAddressHour,
          perDestinationDay: email.perAddressDay,
          perIpHour: email.perIpHour,
          perIpDay: email.perIpDay,
        },
      },
    }),
    metrics,
  );
  const captcha: CaptchaPort = options.captcha ? options.captcha(secrets) : createCaptcha(config.captcha, { secrets });
  const delivery = createMessaging(
    {
      sms: config.sms.provider,
      email: config.email.smtpUrl
        ? { kind: 'smtp', url: config.email.smtpUrl, from: config.email.from }
        : { kind: 'outbox' },
    },
    { outbox: stores.outbox, clock },
  );
  const messaging = { sms: countSms(delivery.sms, metrics), email: countEmails(delivery.email, metrics) };
  const templates = createTemplates({ productName: config.productName });
  const emailLater = createDeferredEmail(messaging.email, (reason, message) =>
    logger.warn({ purpose: message.purpose, reason }, 'email delivery failed'),
  );
  const sessions = createSessionService({
    store: stores.sessions,
    secrets,
    clock,
    lifetimeMs: config.sessionLifetimeSeconds * 1000,
    maxPerAccount: config.maxSessionsPerAccount,
  });
  const devices = createDeviceService({ store: stores.devices, secrets, clock });
  const consent = createConsentService({ store: stores.statements, clock });
  const keys = createSigningKeys({
    store: stores.signingKeys,
    secrets,
    clock,
    publishForMs: (config.license.lifetimeSeconds + config.license.graceSeconds) * 1000,
  });
  // A key rotation re-issues every token at its next check-in: no cached answer may hand out the old one.
  const signingKeys = {
    ...keys,
    async rotate() {
      const kid = await keys.rotate();
      notices.changed([checkInTags.all]);
      return kid;
    },
  };
  const licenses = createLicenseIssuer({
    keys: signingKeys,
    clock,
    settings: {
      issuer: config.baseUrl ?? 'tessera',
      lifetimeMs: config.license.lifetimeSeconds * 1000,
      graceMs: config.license.graceSeconds * 1000,
    },
  });
  const audit = createAuditLog({
    store: stores.audit,
    clock,
    onError: (err) => logger.error({ err }, 'audit write failed'),
  });
  const operatorTokens = createOperatorTokens({
    store: stores.operatorTokens,
    secrets,
    clock,
    audit,
    unitOfWork,
    onError: (err) => logger.warn({ err }, 'operator token last-use write failed'),
  });
  const hooks = config.webhooks;
  const webhooks = {
    events,
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
      sender: options.webhookSender ?? createHttpSender({ allowPrivate: hooks.allowPrivateUrls }),
      secrets,
      clock,
      audit,
      log: logger,
      settings: {
        pollIntervalMs: hooks.pollIntervalMs,
        timeoutMs: hooks.timeoutSeconds * 1000,
        maxAttempts: hooks.maxAttempts,
        retryBaseMs: hooks.retryBaseSeconds * 1000,
        retryMaxMs: hooks.retryMaxSeconds * 1000,
        concurrency: hooks.concurrency,
        disableAfterFailures: hooks.disableAfterFailures,
        retentionMs: hooks.retentionDays * 86_400_000,
      },
    }),
  };
  const licensing = createLicensing({
    stores,
    counters,
    secrets,
    clock,
    email: messaging.email,
    templates,
    audit,
    events,
    unitOfWork,
    settings: {
      ...config.licensing,
      invitationTtlMs: config.licensing.invitationTtlDays * 86_400_000,
      // The public URL when configured, else where this server listens (never the request's Host header, which a
      // sender could set to make the email point elsewhere).
      acceptUrl: (token: string) =>
        `${config.baseUrl ?? listenUrl(app.server.address(), config)}/invitations/accept?token=${encodeURIComponent(token)}`,
    },
  });
  const passkeys = createPasskeyService({
    store: stores.passkeys,
    audit,
    clock,
    relyingParty: () =>
      relyingPartyOf(
        { ...config.passkeys, productName: config.productName },
        config.baseUrl ?? listenUrl(app.server.address(), config),
      ),
    settings: {
      challengeTtlMs: config.passkeys.challengeTtlSeconds * 1000,
      maxPerAccount: config.passkeys.maxPerAccount,
      freshSignInMs: 5 * 60_000,
    },
    hasAuthenticatorApp: (account) => account.totpSecretSealed !== null,
  });
  const settings = {
    flowLifetimeMs: config.flowLifetimeSeconds * 1000,
    productName: config.productName,
    smsCodeTtlMs: config.sms.codeTtlSeconds * 1000,
    smsMaxAttempts: config.sms.maxAttempts,
    resendCooldownMs: config.sms.resendCooldownSeconds * 1000,
    allowedSmsCountries: config.sms.allowedCountries,
    deniedSmsPrefixes: config.sms.deniedPrefixes,
    emailCodeTtlMs: config.email.codeTtlSeconds * 1000,
    maxDevicesPerAccount: config.licensing.maxDevicesPerAccount,
    totpAttemptsPerFlow: config.risk.totpAttemptsPerFlow,
    factorAttemptsPerAccount: config.risk.factorAttemptsPerAccount,
    emailCodeAttemptsPerAddress: config.risk.emailCodeAttemptsPerAddress,
    codeWindowMs: config.risk.codeWindowSeconds * 1000,
    resultRetentionMs: config.flowResultRetentionSeconds * 1000,
  };
  const deviceGrants = createDeviceGrants({
    store: stores.deviceGrants,
    counters,
    secrets,
    clock,
    settings: {
      lifetimeMs: config.deviceCode.lifetimeSeconds * 1000,
      intervalSeconds: config.deviceCode.intervalSeconds,
      lookupsPerIpPerHour: config.deviceCode.lookupsPerIpPerHour,
      lookupsPerHour: config.deviceCode.lookupsPerHour,
      resultRetentionMs: settings.resultRetentionMs,
      verificationUri: () => `${config.baseUrl ?? listenUrl(app.server.address(), config)}/activate`,
    },
  });
  const flows = countSignIns(
    createFlowEngine({
      store: stores.flows,
      identity: { accounts, sessions, passkeys },
      risk: { guard, attempts, quota, captcha: singleUseCaptcha(captcha, challengeUses) },
      messaging: { sms: messaging.sms, email: messaging.email, emailLater, templates },
      devices,
      licensing: { subscriptions: licensing, tokens: licenses },
      consent,
      deviceGrants,
      audit,
      events,
      runtime: { unitOfWork, secrets, clock, log: logger },
      settings,
    }),
    metrics,
  );
  const settle = createEntitlements({ checkInStore, store: stores.devices, licensing, unitOfWork, notices, events });
  const checkIn = countCheckIns(
    createCheckIn({
      checkInStore,
      store: stores.devices,
      devices,
      settle,
      licenses,
      clock,
      cache: checkInCache,
      notices,
      lastSeen,
      previousCredentialGraceMs: config.deviceCredentialGraceSeconds * 1000,
      reissueFraction: config.checkIn.reissuePercent / 100,
      cacheMs: config.checkIn.cacheSeconds * 1000,
    }),
    metrics,
  );
  const chooseSubscription = createChooseSubscription({
    store: stores.devices,
    checkInStore,
    licensing,
    unitOfWork,
    notices,
    clock,
  });
  const disconnectDevice = createDisconnectDevice({
    store: stores.devices,
    licensing,
    audit,
    events,
    clock,
    unitOfWork,
  });
  const disconnectApp = createDisconnectApp({ store: stores.devices, devices, licensing, events, clock, unitOfWork });
  const factors = createFactorService({
    accounts,
    accountStore: stores.accounts,
    pending: stores.pendingFactors,
    quota,
    sms: messaging.sms,
    templates,
    audit,
    sessions,
    secrets,
    clock,
    settings,
  });
  const accountDeletion = createAccountDeletion({
    store: stores.accountDeletions,
    accounts,
    sessions,
    audit,
    events,
    clock,
    unitOfWork,
  });
  const purge = startPurgeSchedule({
    deletion: accountDeletion,
    onError: (err: unknown) => logger.error({ err }, 'account purge failed'),
  });
  const accountDevices = createAccountDevices({ store: stores.devices });
  const auditTrail = createAuditTrail({ store: stores.audit });

  const services: WebServices = {
    config,
    clock,
    flows,
    accounts,
    factors,
    passkeys,
    passwordless: createPasswordlessSignIn({ passkeys, accounts, sessions, audit }),
    sessions,
    audit: auditTrail,
    outbox: createDevOutbox({ store: stores.outbox }),
    tallies: createTallies({ counters, clock }),
    metrics,
    signingKeys,
    checkIn,
    devices: accountDevices,
    chooseSubscription,
    disconnectDevice,
    disconnectApp,
    consent,
    licensing,
    deviceGrants,
    accountDeletion,
    privacy: createPrivacy({ clock, sessions, devices: accountDevices, licensing, consent, audit: auditTrail }),
    operator: {
      tokens: operatorTokens,
      auditLog: audit,
      directory: stores.accountDirectory,
      accountAdmin: createAccountAdmin({
        accounts: stores.accounts,
        deletions: stores.accountDeletions,
        sessions,
        audit,
        clock,
        unitOfWork,
        graceMs: accountDeletion.graceMs,
      }),
      webhooks: webhooks.endpoints,
      subscriptions: createSubscriptionAdmin({
        subscriptions: stores.subscriptions,
        changes: stores.subscriptionChanges,
        events,
        clock,
        unitOfWork,
      }),
      events: stores.auditQuery,
    },
    async ready() {
      await stores.accounts.count();
      if (redis) await redis.ping();
    },
  };
  const app = await buildApp(services, logger, [api, portal, admin]);
  await app.ready();
  if (options.startWebhookWorker ?? config.webhooks.worker) webhooks.worker.start();

  return {
    app,
    captcha,
    config,
    database,
    stores,
    counters,
    challengeUses,
    services,
    licensing,
    checkInCache,
    flushLastSeen: () => lastSeen.flush(),
    emailLater,
    operatorTokens,
    webhooks,
    async close() {
      purge.stop();
      await app.close();
      await webhooks.worker.close();
      // What check-ins noted since the last flush is written before the database closes.
      await lastSeen.close();
      await changeFeed?.close();
      await emailLater.idle();
      if (redis) await redis.close();
      await database.close();
    },
  };
}
