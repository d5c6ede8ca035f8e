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

export const NAV: readonly NavEntry[] = [{ id: 'search', href: '/console', key: 'nav.search', scope: 'accounts:read' }];
