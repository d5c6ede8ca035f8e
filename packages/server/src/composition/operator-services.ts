// Part of the composition root: what the operator API (/admin/v1) and the console are handed, built on the same
// domains as the rest.
import type { Clock, Secrets, UnitOfWork } from '../common/index.js';
import { createAuditEvents, type AuditLog } from '../audit/index.js';
import { createAccountAdmin, createAccountLookup, type AccountService, type RecoveryMail } from '../identity/index.js';
import { createCodeLookup, createSubscriptionAdmin } from '../licensing/index.js';
import { createConsoleOperators, createConsoleSessions, type OperatorTokens } from '../operators/index.js';
import type { AttemptBudgets } from '../risk/index.js';
import type { SessionService } from '../sessions/index.js';
import type { SqlStores } from '../storage/index.js';
import type { EventRecorder, WebhookEndpoints } from '../webhooks/index.js';
import type { OperatorServices } from '../web/index.js';

/** A console session ends after this however busy; a destructive action needs a proof younger than the fresh window. */
const CONSOLE_LIFETIME_MS = 12 * 3_600_000;
const CONSOLE_FRESH_MS = 5 * 60_000;

export function operatorServices(deps: {
  stores: Pick<
    SqlStores,
    | 'accounts'
    | 'accountDeletions'
    | 'accountDirectory'
    | 'subscriptions'
    | 'subscriptionChanges'
    | 'subscriptionDirectory'
    | 'auditQuery'
    | 'console'
    | 'activationCodes'
  >;
  tokens: OperatorTokens;
  audit: AuditLog;
  sessions: SessionService;
  clock: Clock;
  unitOfWork: UnitOfWork;
  events: EventRecorder;
  webhooks: WebhookEndpoints;
  /** The same grace as a deletion the person asks for. */
  deletionGraceMs: number;
  /** Support's "start recovery" email (left out where nothing is sent). */
  recoveryMail?: RecoveryMail;
  /** What the console's sign-in checks (password budget, authenticator step) and how long its sessions last. */
  console: {
    accounts: AccountService;
    attempts: AttemptBudgets;
    secrets: Secrets;
    idleMs: number;
  };
}): Omit<OperatorServices, 'overview' | 'mintJobs'> {
  const { stores, audit, clock, unitOfWork } = deps;
  return {
    tokens: deps.tokens,
    auditLog: audit,
    // Read-only queries with no rule of their own to bypass, as services (term parsing, folding, pages).
    directory: createAccountLookup(stores.accountDirectory),
    events: createAuditEvents(stores.auditQuery),
    accountAdmin: createAccountAdmin({
      accounts: stores.accounts,
      deletions: stores.accountDeletions,
      sessions: deps.sessions,
      audit,
      clock,
      unitOfWork,
      graceMs: deps.deletionGraceMs,
      ...(deps.recoveryMail ? { recoveryMail: deps.recoveryMail } : {}),
    }),
    webhooks: deps.webhooks,
    findCode: createCodeLookup({ store: stores.activationCodes, secrets: deps.console.secrets }),
    consoleOperators: createConsoleOperators({
      store: stores.console,
      accounts: deps.console.accounts,
      audit,
      clock,
      unitOfWork,
    }),
    consoleSessions: createConsoleSessions({
      store: stores.console,
      accounts: deps.console.accounts,
      attempts: deps.console.attempts,
      secrets: deps.console.secrets,
      audit,
      clock,
      settings: { idleMs: deps.console.idleMs, lifetimeMs: CONSOLE_LIFETIME_MS, freshMs: CONSOLE_FRESH_MS },
    }),
    subscriptions: createSubscriptionAdmin({
      subscriptions: stores.subscriptions,
      changes: stores.subscriptionChanges,
      directory: stores.subscriptionDirectory,
      events: deps.events,
      clock,
      unitOfWork,
      audit,
    }),
  };
}
