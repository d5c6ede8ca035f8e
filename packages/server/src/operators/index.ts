// The only door of operators: operator API tokens (create, list, revoke, authenticate) and their scopes.
export { OPERATOR_SCOPES, isOperatorScope, parseScopes, hasScope, requireScope, type OperatorScope } from './scopes.js';
export type { OperatorTokenRecord, OperatorTokenStore } from './token-store.js';
export {
  createOperatorTokens,
  OPERATOR_TOKEN_PREFIX,
  LAST_USED_INTERVAL_MS,
  type OperatorTokens,
  type OperatorPrincipal,
  type OperatorTokenSummary,
  type OperatorResult,
} from './operator-tokens.js';
