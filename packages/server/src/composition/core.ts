// The composition root's core: opens storage and wires every domain to its ports; the web app is built only when asked.
import type { Logger } from 'pino';
import type { App, WebServices } from '../web/index.js';
import { createBaseLogger } from './base-logger.js';
import { flowSettings } from './flow-settings.js';
import { startCheckInBookkeeping, wireCheckIn } from './check-in.js';
import { wireMessaging } from './messaging.js';
import { operatorServices } from './operator-services.js';
import { operatorRecoveryMail } from './operator-recovery.js';
import { startCheckInCache } from './check-in-cache.js';
import { wireWebhooks } from './webhooks.js';
import type { Tessera, TesseraCore, TesseraOptions } from './tessera-types.js';
import { listenUrl, systemClock, loadServerSecrets } from '../common/index.js';
import { openDatabase, migrateToLatest, sqlStores, connectRedis } from '../storage/index.js';
import {
  createAccountService,
  createFactorService,
  createPasswordHasher,
  preloadCommonPasswords,
} from '../identity/index.js';
import {
  createAccountDeletion,
  createPasskeyService,
  createPasswordlessSignIn,
  relyingPartyOf,
} from '../identity/index.js';
import { createAttemptBudgets, createSignInGuard } from '../risk/index.js';
import { createTallies } from '../risk/index.js';
import { createCaptcha, singleUseCaptcha, type CaptchaPort } from '../captcha/index.js';
import { createDeferredEmail, createTemplates } from '../messaging/index.js';
import { createDevOutbox } from '../messaging/index.js';
import { createSessionService } from '../sessions/index.js';
import {
  createDeviceService,
  createDisconnectApp,
  createDisconnectDevice,
  checkInTags,
  notifyingAccountDeletionStore,
  notifyingAccountStore,
  notifyingDeviceStore,
  notifyingLicensingStores,
  notifyingSubscriptionChanges,
} from '../devices/index.js';
import { createConsentService } from '../consent/index.js';
import { createLicenseIssuer, createLicensing, createSigningKeys } from '../licensing/index.js';
import { createAuditLog } from '../audit/index.js';
import { createAccountDevices } from '../devices/index.js';
import { createAuditTrail } from '../audit/index.js';
import { createOperatorTokens } from '../operators/index.js';
import { createEventRecorder } from '../webhooks/index.js';
import { createFlowEngine } from '../flows/index.js';
import { createDeviceGrants } from '../device-grants/index.js';
import { createPrivacy, startPurgeSchedule } from '../privacy/index.js';
import { countSignIns, createMetrics } from '../metrics/index.js';
import { createOverview } from '../overview/index.js';
import { createMintJobs } from '../minting/index.js';

/** Builds the web app over the wired services (tessera.ts passes the surfaces; admin commands build none). */
export type WebAppBuilder = (services: WebServices, logger: Logger) => Promise<App>;

/** Everything but the web app: what a command that never serves HTTP (`tessera-server admin …`) needs. */
export function createTesseraCore(options: TesseraOptions): Promise<TesseraCore> {
  return composeTessera(options);
}

export async function composeTessera(options: TesseraOptions): Promise<TesseraCore>;
export async function composeTessera(options: TesseraOptions, buildWeb: WebAppBuilder): Promise<Tessera>;
export async function composeTessera(
  options: TesseraOptions,
  buildWeb?: WebAppBuilder,
): Promise<TesseraCore | Tessera> {
  const { config } = options;
  const clock = options.clock ?? systemClock;
  // Without a web app nothing logs requests, so the request serializer (and Fastify with it) need not load.
  const logger = options.logger ?? createBaseLogger(config);
  let app: App | undefined;
  // The public URL when configured, else where this server listens (never a request's Host header, which a sender
  // could set to make an email point elsewhere). Read when used: the port is bound after this runs.
  const publicUrl = () => config.baseUrl ?? listenUrl(app?.server.address() ?? null, config);
  preloadCommonPasswords();

  const database = openDatabase({
    dataDir: config.dataDir,
    databaseUrl: config.databaseUrl,
    sqliteCacheMegabytes: config.sqliteCacheMegabytes,
    countStatements: options.countStatements ?? false,
  });
  await migrateToLatest(database.db);
  const redis = config.redisUrl
    ? await connectRedis({ url: config.redisUrl, keyPrefix: config.redisKeyPrefix, log: logger })
    : undefined;
  const { checkInCache, changeFeed, notices, dropCheckInAnswers } = await startCheckInCache({
    config,
    database,
    logger,
  });
  const baseStores = sqlStores(database);
  const stores = {
    ...notifyingLicensingStores(baseStores, notices),
    devices: notifyingDeviceStore(baseStores.devices, notices),
    accountDeletions: notifyingAccountDeletionStore(baseStores.accountDeletions, notices),
    accounts: notifyingAccountStore(baseStores.accounts, notices),
    subscriptionChanges: notifyingSubscriptionChanges(baseStores.subscriptionChanges, notices),
  };
  const lastSeen = startCheckInBookkeeping({ config, store: stores.checkIns, logger });
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
  const metrics = createMetrics();
  metrics.observeCheckInCache(() => checkInCache.stats());
  const { quota, ...messaging } = wireMessaging({ config, counters, stores, clock, metrics, logger });
  const captcha: CaptchaPort = options.captcha ? options.captcha(secrets) : createCaptcha(config.captcha, { secrets });
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
  const webhooks = wireWebhooks({
    config,
    stores,
    secrets,
    clock,
    audit,
    unitOfWork,
    logger,
    events,
    sender: options.webhookSender,
  });
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
      acceptUrl: (token: string) => `${publicUrl()}/invitations/accept?token=${encodeURIComponent(token)}`,
    },
  });
  const passkeys = createPasskeyService({
    store: stores.passkeys,
    audit,
    clock,
    relyingParty: () => relyingPartyOf({ ...config.passkeys, productName: config.productName }, publicUrl()),
    settings: {
      challengeTtlMs: config.passkeys.challengeTtlSeconds * 1000,
      maxPerAccount: config.passkeys.maxPerAccount,
      freshSignInMs: 5 * 60_000,
    },
    hasAuthenticatorApp: (account) => account.totpSecretSealed !== null,
  });
  const settings = flowSettings(config);
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
      verificationUri: () => `${publicUrl()}/activate`,
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
  const { checkIn, chooseSubscription, stopLoadWatch } = wireCheckIn({
    config,
    stores,
    devices,
    licensing,
    licenses,
    unitOfWork,
    notices,
    events,
    clock,
    cache: checkInCache,
    lastSeen,
    metrics,
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
  const mintJobs = createMintJobs({
    store: stores.mintJobs,
    operator: licensing.operator,
    secrets,
    clock,
    settings: { downloadWindowMs: 15 * 60_000, staleAfterMs: 5 * 60_000 },
    onError: (err) => logger.error({ err }, 'console mint failed'),
  });

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
      ...operatorServices({
        stores,
        tokens: operatorTokens,
        audit,
        sessions,
        clock,
        unitOfWork,
        events,
        webhooks: webhooks.endpoints,
        deletionGraceMs: accountDeletion.graceMs,
        recoveryMail: operatorRecoveryMail({ templates, emailLater, quota, portalUrl: publicUrl }),
        console: { accounts, attempts, secrets, idleMs: config.consoleIdleMinutes * 60_000 },
      }),
      overview: createOverview({ store: stores.overview, clock }),
      mintJobs,
    },
    async ready() {
      await stores.accounts.count();
      if (redis) await redis.ping();
    },
  };
  if (buildWeb) app = await buildWeb(services, logger);
  if (options.startWebhookWorker ?? config.webhooks.worker) webhooks.worker.start();

  const core: TesseraCore = {
    captcha,
    config,
    database,
    stores,
    counters,
    challengeUses,
    services,
    licensing,
    checkInCache,
    dropCheckInAnswers,
    flushLastSeen: () => lastSeen.flush(),
    changeNoticesSent: () => notices.idle(),
    emailLater,
    operatorTokens,
    webhooks,
    async close() {
      purge.stop();
      stopLoadWatch();
      await app?.close();
      await webhooks.worker.close();
      await mintJobs.idle();
      // What check-ins noted since the last flush is written before the database closes.
      await lastSeen.close();
      // The other instances hear of the last changes made here before the feed and the database close.
      await notices.idle();
      await changeFeed?.close();
      await emailLater.idle();
      if (redis) await redis.close();
      await database.close();
    },
  };
  return app ? { ...core, app } : core;
}
