// The console's sections, in menu order: a page added to the console adds its entry here (shown to roles with its scope).
import type { OperatorScope } from '../operators/index.js';
import type { ConsoleKey } from './catalog.js';

export interface NavEntry {
  id: string;
  href: string;
  key: ConsoleKey;
  /** Shown only to operators whose role holds this scope. */
  scope: OperatorScope;
}

export const NAV: readonly NavEntry[] = [
  { id: 'search', href: '/console', key: 'nav.search', scope: 'accounts:read' },
  { id: 'overview', href: '/console/overview', key: 'nav.overview', scope: 'accounts:read' },
  { id: 'codes', href: '/console/codes', key: 'nav.codes', scope: 'codes:read' },
  { id: 'plans', href: '/console/plans', key: 'nav.plans', scope: 'plans:read' },
  { id: 'statements', href: '/console/statements', key: 'nav.statements', scope: 'statements:read' },
  { id: 'webhooks', href: '/console/webhooks', key: 'nav.webhooks', scope: 'webhooks:read' },
  { id: 'tokens', href: '/console/tokens', key: 'nav.tokens', scope: 'tokens:read' },
];
