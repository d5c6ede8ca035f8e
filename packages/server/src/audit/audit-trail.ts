// Reading an account's security events back, newest first, for the person it concerns.
import type { AuditEvent, AuditStore } from './audit-store.js';

export interface AuditTrail {
  /** The account's latest `limit` events, newest first. */
  recent(accountId: string, limit: number): Promise<AuditEvent[]>;
}

export function createAuditTrail(deps: { store: AuditStore }): AuditTrail {
  return { recent: (accountId, limit) => deps.store.listForAccount(accountId, { limit }) };
}
