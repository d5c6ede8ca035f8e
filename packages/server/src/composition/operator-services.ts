// Part of the composition root: what the operator API (/admin/v1) is handed, built on the same domains as the rest.
import type { Clock, UnitOfWork } from '../common/index.js';
import type { AuditLog } from '../audit/index.js';
import { createAccountAdmin } from '../identity/index.js';
import { createSubscriptionAdmin } from '../licensing/index.js';
import type { OperatorTokens } from '../operators/index.js';
import type { SessionService } from '../sessions/index.js';
import type { SqlStores } from '../storage/index.js';
import type { EventRecorder, WebhookEndpoints } from '../webhooks/index.js';
import type { OperatorServices } from '../web/index.js';

export function operatorServices(deps: {
  stores: Pick<
    SqlStores,
    'accounts' | 'accountDeletions' | 'accountDirectory' | 'subscriptions' | 'subscriptionChanges' | 'auditQuery'
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
}): Omit<OperatorServices, 'overview' | 'mintJobs'> {
  const { stores, audit, clock, unitOfWork } = deps;
  return {
    tokens: deps.tokens,
    auditLog: audit,
    // Read-only queries (search, paging) with no rule of their own to bypass.
    directory: stores.accountDirectory,
    events: stores.auditQuery,
    accountAdmin: createAccountAdmin({
      accounts: stores.accounts,
      deletions: stores.accountDeletions,
      sessions: deps.sessions,
      audit,
      clock,
      unitOfWork,
      graceMs: deps.deletionGraceMs,
    }),
    webhooks: deps.webhooks,
    subscriptions: createSubscriptionAdmin({
      subscriptions: stores.subscriptions,
      changes: stores.subscriptionChanges,
      events: deps.events,
      clock,
      unitOfWork,
    }),
  };
}
