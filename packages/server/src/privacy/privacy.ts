// The privacy service the web surfaces call: "download my data" as one JSON document.
import type { Account, AccountDeletionRecord } from '../identity/index.js';
import { exportData, type ExportDeps } from './export-data.js';

export type AccountExport = Awaited<ReturnType<typeof exportData>>;

export interface Privacy {
  /** Everything kept about the person (no secrets or hashes); `deletion` is their pending deletion, if any. */
  exportData(account: Account, deletion: AccountDeletionRecord | undefined): Promise<AccountExport>;
}

export function createPrivacy(deps: ExportDeps): Privacy {
  return { exportData: (account, deletion) => exportData(deps, account, deletion) };
}
