// The account directory port: an operator's search over accounts by id, email or phone, in stable pages.
import type { Account } from './account-store.js';

export interface AccountSearch {
  /** Exact account id. */
  id?: string;
  /** A prefix of the normalised email (lower-case); a whole address finds that account. */
  email?: string;
  /** Exact E.164 phone number. */
  phone?: string;
  limit: number;
  /** Only accounts whose id sorts after this one (the last id of the previous page). */
  afterId?: string;
}

export interface AccountDirectory {
  /** Accounts matching every given filter, by id ascending. */
  search(query: AccountSearch): Promise<Account[]>;
}
