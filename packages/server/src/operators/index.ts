// The only door of operators: operator API tokens and their scopes; console operators, their roles and sessions.
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
export {
  OPERATOR_ROLES,
  ROLE_SCOPES,
  isOperatorRole,
  rolesGranting,
  scopesOfRole,
  type OperatorRole,
} from './roles.js';
export type { ConsoleOperatorRecord, ConsoleSessionRecord, ConsoleStore } from './console-store.js';
export {
  createConsoleOperators,
  type ConsoleOperators,
  type ConsoleOperatorSummary,
  type ConsoleOperatorResult,
} from './console-operators.js';
export {
  createConsoleSessions,
  type ConsoleSessions,
  type ConsoleOperator,
  type ConsoleProofRefusal,
} from './console-sessions.js';
