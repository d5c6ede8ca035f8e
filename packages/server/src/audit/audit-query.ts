// The audit query port: events across accounts for operators, filtered, newest first, in keyset pages.
import type { AuditEvent } from './audit-store.js';

export interface AuditFilter {
  type?: string;
  accountId?: string;
  /** Inclusive lower and exclusive upper bound, epoch ms. */
  from?: number;
  to?: number;
}

/** Where the previous page ended: events strictly older than this (time, then id) come next. */
export interface AuditPosition {
  createdAt: number;
  id: string;
}

export interface AuditQuery {
  search(filter: AuditFilter, page: { limit: number; after?: AuditPosition }): Promise<AuditEvent[]>;
}
