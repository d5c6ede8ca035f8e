// The only door of storage: opening a database, migrating it, and the SQL/Redis side of every store.
import type { Kysely } from 'kysely';
import type { Database } from './tables.js';
import { sqlAccountStore } from './sql-account-store.js';
import { sqlAccountDirectory } from './sql-account-directory.js';
import { sqlSubscriptionChangeStore } from './sql-subscription-change-store.js';
import { sqlSubscriptionDirectory } from './sql-subscription-directory.js';
import { sqlAuditQuery } from './sql-audit-query.js';
import { sqlFlowStore } from './sql-flow-store.js';
import { sqlSessionStore } from './sql-session-store.js';
import { sqlCounterStore } from './sql-counter-store.js';
import { sqlOutboxStore } from './sql-outbox-store.js';
import { sqlAuditStore } from './sql-audit-store.js';
import { sqlDeviceStore } from './sql-device-store.js';
import { sqlCheckInStore } from './sql-check-in-store.js';
import { sqlPendingFactorStore } from './sql-pending-factor-store.js';
import { sqlStatementStore } from './sql-statement-store.js';
import { sqlSigningKeyStore } from './sql-signing-key-store.js';
import { sqlPlanStore } from './sql-plan-store.js';
import { sqlActivationCodeStore } from './sql-activation-code-store.js';
import { sqlSubscriptionStore } from './sql-subscription-store.js';
import { sqlSeatStore } from './sql-seat-store.js';
import { sqlFamilyStore } from './sql-family-store.js';
import { sqlAccountDeletionStore } from './sql-account-deletion-store.js';
import { sqlChallengeUseStore } from './sql-challenge-use-store.js';
import { sqlIntegrityStore } from './sql-integrity-store.js';
import { sqlOperatorTokenStore } from './sql-operator-token-store.js';
import { sqlWebhookStore } from './sql-webhook-store.js';
import { sqlPasskeyStore } from './sql-passkey-store.js';
import { sqlDeviceGrantStore } from './sql-device-grant-store.js';
import { sqlConsoleStore } from './sql-console-store.js';
import { sqlOverviewStore } from './sql-overview-store.js';
import { sqlMintJobStore } from './sql-mint-job-store.js';
import { contextualDatabase, transact } from './unit-of-work.js';
import type { UnitOfWork } from '../common/index.js';

export { openDatabase, migrateToLatest, type DatabaseHandle, type Dialect } from './database.js';
import type { DatabaseHandle } from './database.js';
export { redisCounterStore } from './redis-counter-store.js';
export { pgChangeFeed } from './pg-change-feed.js';
export { sqliteChangeFeed } from './sqlite-change-feed.js';
export { afterCommit } from './unit-of-work.js';
export { redisChallengeUseStore } from './redis-challenge-use-store.js';
export type { RedisConnection } from './redis-connection.js';

// ioredis loads only when Redis is configured: these two are the only parts that open a connection.
type ConnectRedis = typeof import('./redis-connection.js').connectRedis;
type RedisChangeFeed = typeof import('./redis-change-feed.js').redisChangeFeed;

export async function connectRedis(...args: Parameters<ConnectRedis>): ReturnType<ConnectRedis> {
  return (await import('./redis-connection.js')).connectRedis(...args);
}

export async function redisChangeFeed(...args: Parameters<RedisChangeFeed>): Promise<ReturnType<RedisChangeFeed>> {
  return (await import('./redis-change-feed.js')).redisChangeFeed(...args);
}
export type { Database } from './tables.js';
export {
  sqlAccountStore,
  sqlFlowStore,
  sqlSessionStore,
  sqlCounterStore,
  sqlOutboxStore,
  sqlAuditStore,
  sqlDeviceStore,
  sqlCheckInStore,
  sqlPendingFactorStore,
  sqlStatementStore,
  sqlSigningKeyStore,
  sqlPlanStore,
  sqlActivationCodeStore,
  sqlSubscriptionStore,
  sqlSeatStore,
  sqlFamilyStore,
  sqlAccountDeletionStore,
  sqlChallengeUseStore,
  sqlIntegrityStore,
};

/** Every SQL store over one database; inside `unitOfWork.run` they all write in its one transaction. */
export function sqlStores(handle: Pick<DatabaseHandle, 'db' | 'direct'>) {
  const base = handle.db;
  const db = contextualDatabase(base);
  const unitOfWork: UnitOfWork = { run: (work) => transact(base, () => work()) };
  return {
    unitOfWork,
    accounts: sqlAccountStore(db),
    accountDirectory: sqlAccountDirectory(db),
    subscriptionChanges: sqlSubscriptionChangeStore(db),
    subscriptionDirectory: sqlSubscriptionDirectory(db),
    auditQuery: sqlAuditQuery(db),
    flows: sqlFlowStore(db),
    sessions: sqlSessionStore(db),
    counters: sqlCounterStore(db),
    outbox: sqlOutboxStore(db),
    audit: sqlAuditStore(db),
    devices: sqlDeviceStore(db),
    checkIns: sqlCheckInStore(db, handle.direct),
    pendingFactors: sqlPendingFactorStore(db),
    statements: sqlStatementStore(db),
    signingKeys: sqlSigningKeyStore(db),
    plans: sqlPlanStore(db),
    activationCodes: sqlActivationCodeStore(db),
    subscriptions: sqlSubscriptionStore(db),
    seats: sqlSeatStore(db),
    family: sqlFamilyStore(db),
    accountDeletions: sqlAccountDeletionStore(db),
    challengeUses: sqlChallengeUseStore(db),
    integrity: sqlIntegrityStore(db),
    operatorTokens: sqlOperatorTokenStore(db),
    webhooks: sqlWebhookStore(db),
    passkeys: sqlPasskeyStore(db),
    deviceGrants: sqlDeviceGrantStore(db),
    console: sqlConsoleStore(db),
    overview: sqlOverviewStore(db),
    mintJobs: sqlMintJobStore(db),
  };
}
export type SqlStores = ReturnType<typeof sqlStores>;
