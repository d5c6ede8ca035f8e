// The only door of audit.
export { AUDIT_TYPES, type AuditEvent, type AuditStore, type AuditType } from './audit-store.js';
export { createAuditLog, type AuditLog, type AuditContext } from './audit-log.js';
export { createAuditTrail, type AuditTrail } from './audit-trail.js';
export type { AuditQuery, AuditFilter, AuditPosition } from './audit-query.js';
export { createAuditEvents, type AuditEvents } from './audit-events.js';
