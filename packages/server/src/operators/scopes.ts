// Operator token scopes: a closed list of resource:verb pairs, and the check every operator call makes.

export const OPERATOR_SCOPES = [
  'accounts:read',
  'accounts:write',
  'subscriptions:read',
  'subscriptions:write',
  'codes:read',
  'codes:write',
  'devices:read',
  'devices:write',
  'events:read',
  'webhooks:read',
  'webhooks:write',
  'keys:read',
  'keys:write',
  'plans:read',
  'plans:write',
  'statements:read',
  'statements:write',
  // Tokens manage tokens: only a token given these may list or revoke others over HTTP.
  'tokens:read',
  'tokens:write',
] as const;
export type OperatorScope = (typeof OPERATOR_SCOPES)[number];

export const isOperatorScope = (value: string): value is OperatorScope =>
  (OPERATOR_SCOPES as readonly string[]).includes(value);

/**
 * Reads a comma-separated or listed set of scopes: every one must be known (a typo must not silently grant less or
 * more), at least one is needed, duplicates fold.
 */
export function parseScopes(
  input: string | readonly string[],
): { ok: true; scopes: OperatorScope[] } | { ok: false; problem: string } {
  const list = (typeof input === 'string' ? input.split(',') : input).map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) return { ok: false, problem: `scopes: at least one of ${OPERATOR_SCOPES.join(', ')}` };
  const unknown = list.filter((s) => !isOperatorScope(s));
  if (unknown.length)
    return { ok: false, problem: `unknown scopes: ${unknown.join(', ')} (known: ${OPERATOR_SCOPES.join(', ')})` };
  // Listed in the catalogue's order, so the same set always reads the same.
  return { ok: true, scopes: OPERATOR_SCOPES.filter((s) => list.includes(s)) };
}

/** Whether `granted` allows `needed`: a resource's `write` includes its `read` (who may change a thing may see it). */
export function hasScope(granted: readonly string[], needed: OperatorScope): boolean {
  if (granted.includes(needed)) return true;
  const [resource, verb] = needed.split(':');
  return verb === 'read' && granted.includes(`${resource}:write`);
}

/** The scope check as a value: a missing scope is `FORBIDDEN`, naming the scope (the caller already proved who it is). */
export function requireScope(
  principal: { scopes: readonly string[] },
  needed: OperatorScope,
): { ok: true } | { ok: false; code: 'FORBIDDEN'; context: { scope: OperatorScope } } {
  return hasScope(principal.scopes, needed)
    ? { ok: true }
    : { ok: false, code: 'FORBIDDEN', context: { scope: needed } };
}
