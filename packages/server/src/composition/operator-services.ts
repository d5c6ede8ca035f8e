// Part of the composition root: what the operator API (/admin/v1) is handed, built on the same domains as the rest.
import type { Clock, UnitOfWork } from '../common/index.js';
import { createAuditEvents, type AuditLog } from '../audit/index.js';
import { createAccountAdmin, createAccountLookup, type RecoveryMail } from '../identity/index.js';
import { createSubscriptionAdmin } from '../licensing/index.js';
import type { OperatorTokens } from '../operators/index.js';
import type { SessionService } from '../sessions/index.js';
import type { SqlStores } from '../storage/index.js';
import type { EventRecorder, WebhookEndpoints } from '../webhooks/index.js';
import type { OperatorServices } from '../web/index.js';

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
}): OperatorServices {
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
