// Console operator roles and the scopes each one holds: the console checks the same scopes as /admin/v1 tokens.
import { OPERATOR_SCOPES, type OperatorScope } from './scopes.js';

export const OPERATOR_ROLES = ['support', 'licensing', 'admin'] as const;
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

export const isOperatorRole = (value: unknown): value is OperatorRole =>
  typeof value === 'string' && (OPERATOR_ROLES as readonly string[]).includes(value);

const READS = OPERATOR_SCOPES.filter((s) => s.endsWith(':read'));

/**
 * support reads everything and acts on accounts and devices; licensing manages plans, codes, subscriptions and
 * statements (and reads the accounts it grants to); admin holds every scope, operators, tokens and webhooks included.
 */
export const ROLE_SCOPES: Readonly<Record<OperatorRole, readonly OperatorScope[]>> = {
  support: [...READS, 'accounts:write', 'devices:write'],
  licensing: [
    'accounts:read',
    'devices:read',
    'events:read',
    'subscriptions:read',
    'subscriptions:write',
    'codes:read',
    'codes:write',
    'plans:read',
    'plans:write',
    'statements:write',
  ],
  admin: [...OPERATOR_SCOPES],
};

export const scopesOfRole = (role: OperatorRole): OperatorScope[] => [...ROLE_SCOPES[role]];

/** The roles whose scopes include `scope` (a write includes its read, as for tokens): what a refusal names. */
export function rolesGranting(scope: OperatorScope): OperatorRole[] {
  const [resource, verb] = scope.split(':');
  return OPERATOR_ROLES.filter((role) => {
    const held = ROLE_SCOPES[role];
    return held.includes(scope) || (verb === 'read' && held.includes(`${resource}:write` as OperatorScope));
  });
}
