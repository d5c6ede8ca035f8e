// The operator's account search as a service over the directory port: one free-text term told apart by its shape,
// filters folded the way stored addresses are, and pages of a stable order (the API and the admin CLI both call it).
import type { Account } from './account-store.js';
import type { AccountDirectory, AccountSearch } from './account-directory.js';

export interface AccountLookupQuery {
  /** An account id, an E.164 phone number, or else the start of an email address. */
  term?: string;
  id?: string;
  /** A prefix of the address, folded here (a prefix is not an address, so it is not validated as one). */
  email?: string;
  phone?: string;
  limit: number;
  /** The last id of the previous page. */
  afterId?: string;
}

export interface AccountLookup extends AccountDirectory {
  /** One page, by id ascending; `nextAfterId` is null on the last page. */
  page(query: AccountLookupQuery): Promise<{ items: Account[]; nextAfterId: string | null }>;
}

const PHONE = /^\+[1-9][0-9]{4,14}$/;
const ACCOUNT_ID = /^acc_[A-Za-z0-9_-]{1,60}$/;

export const foldEmailPrefix = (text: string) => text.trim().normalize('NFKC').toLowerCase();

/** What a free-text term searches: a phone by its `+`, an account id by its prefix, anything else an address. */
export function termFilter(term: string): Pick<AccountSearch, 'id' | 'email' | 'phone'> {
  const text = term.trim();
  const compact = text.replace(/[\s().-]/g, '');
  if (PHONE.test(compact)) return { phone: compact };
  if (ACCOUNT_ID.test(text)) return { id: text };
  return { email: foldEmailPrefix(text) };
}

export function createAccountLookup(directory: AccountDirectory): AccountLookup {
  return {
    search: (query) => directory.search(query),
    async page({ term, id, email, phone, limit, afterId }) {
      const fromTerm = term !== undefined && term.trim() !== '' ? termFilter(term) : {};
      // Asks for one more than the page: whether it came back says if there is a next page.
      const rows = await directory.search({
        ...fromTerm,
        ...(id !== undefined ? { id } : {}),
        ...(email !== undefined ? { email: foldEmailPrefix(email) } : {}),
        ...(phone !== undefined ? { phone } : {}),
        limit: limit + 1,
        ...(afterId !== undefined ? { afterId } : {}),
      });
      const items = rows.slice(0, limit);
      const last = items[items.length - 1];
      return { items, nextAfterId: rows.length > limit && last ? last.id : null };
    },
  };
}
