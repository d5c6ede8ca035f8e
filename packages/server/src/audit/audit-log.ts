// Records security events; a failure to record never breaks the user's request, but is logged.
import { newId, type Clock } from '../common/index.js';
import type { AuditStore, AuditType } from './audit-store.js';

export interface AuditContext {
  accountId: string | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditLog {
  record(type: AuditType, context: AuditContext): Promise<void>;
}

export function createAuditLog(deps: { store: AuditStore; clock: Clock; onError: (error: unknown) => void }): AuditLog {
  return {
    async record(type, c) {
      try {
        await deps.store.append({
          id: newId('evt'),
          accountId: c.accountId,
          type,
          ip: c.ip ?? null,
          userAgent: c.userAgent?.slice(0, 300) ?? null,
          details: c.details ?? {},
          createdAt: deps.clock.now(),
        });
      } catch (error) {
        deps.onError(error);
      }
    },
  };
}
