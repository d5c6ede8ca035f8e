// The audit store port: security events a user can see and an operator can query.
export const AUDIT_TYPES = [
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_in.throttled',
  'sign_up.completed',
  'password.changed',
  'password.recovered',
  'phone.added',
  'phone.removed',
  'totp.enabled',
  'totp.disabled',
  'second_factor.failed',
  'passkey.added',
  'passkey.renamed',
  'passkey.removed',
  'session.revoked',
  'sessions.revoked_all',
  'device.connected',
  'device.disconnected',
  'statement.accepted',
  'subscription.redeemed',
  'family.invited',
  'family.joined',
  'family.removed',
  'family.withdrawn',
  'family.declined',
  'account.deletion_requested',
  'account.deletion_cancelled',
  'password.confirmed',
  // The operator's side (issue 10): account-less events about tokens and webhook endpoints.
  'operator_token.created',
  'operator_token.revoked',
  'webhook.endpoint_created',
  'webhook.endpoint_deleted',
  'webhook.endpoint_disabled',
  'webhook.endpoint_enabled',
  // Every /admin/v1 call, with the token that made it; and what support did to an account.
  'operator.request',
  'second_factors.reset',
  'account.deletion_scheduled_by_operator',
  // A subscription given to another account (recorded on both), and a recovery email an operator had sent.
  'subscription.transferred',
  'recovery.started_by_operator',
  'account.disabled',
  'account.enabled',
  // The console (issue 11): roles granted and revoked, console sign-ins, and every console action with its operator.
  'operator.granted',
  'operator.revoked',
  'console.signed_in',
  'console.sign_in_failed',
  'console.request',
] as const;
export type AuditType = (typeof AUDIT_TYPES)[number];

export interface AuditEvent {
  id: string;
  accountId: string | null;
  type: AuditType;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  createdAt: number;
}

export interface AuditStore {
  append(event: AuditEvent): Promise<void>;
  listForAccount(accountId: string, query: { limit: number; before?: number }): Promise<AuditEvent[]>;
}
