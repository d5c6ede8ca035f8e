// Password acceptance rules from NIST SP 800-63B: length and a blocklist, no composition rules.
import { readFileSync } from 'node:fs';
import { normalizeEmail } from './email.js';
import { normalizePassword } from './password-hasher.js';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordPolicyResult =
  | { ok: true; normalized: string }
  | {
      ok: false;
      code: 'PASSWORD_TOO_SHORT' | 'PASSWORD_TOO_LONG' | 'PASSWORD_TOO_COMMON';
      context?: { min?: number; max?: number };
    };

export interface PasswordPolicyContext {
  /** The account's email, so it cannot be reused as the password. */
  email?: string | undefined;
}

// Same relative path from src/identity/ (tsx) and dist/identity/ (built): both sit two levels below the package root.
const LIST_URL = new URL('../../assets/common-passwords.txt', import.meta.url);
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  // Read once on first use; a missing asset throws, since accepting every password silently would be worse.
  if (!common) {
    const set = new Set<string>();
    for (const line of readFileSync(LIST_URL, 'utf8').split('\n')) {
      const entry = line.trim();
      if (entry && !entry.startsWith('#')) set.add(foldPassword(entry));
    }
    common = set;
  }
  return common;
}

/** Loads the blocklist now, so a broken install fails at startup rather than at the first sign-up. */
export function preloadCommonPasswords(): number {
  return commonPasswords().size;
}

// Lists are compared case-insensitively: "PassWord123" is no stronger than "password123" against a guesser.
function foldPassword(s: string): string {
  return normalizePassword(s).toLowerCase();
}

/** Whether the (already normalised) password is on the shipped blocklist, case-insensitively. */
export function isCommonPassword(normalized: string): boolean {
  return commonPasswords().has(normalized.toLowerCase());
}

/**
 * Checks a new password. On success, `normalized` (NFKC) is what must be hashed and later verified.
 * Length is counted in code points so an emoji counts as one character, as users perceive it.
 */
export function checkPassword(raw: string, context: PasswordPolicyContext = {}): PasswordPolicyResult {
  // NFKC never shrinks text more than a few code points into one, so this bounds the work on huge inputs.
  if (raw.length > PASSWORD_MAX_LENGTH * 16)
    return { ok: false, code: 'PASSWORD_TOO_LONG', context: { max: PASSWORD_MAX_LENGTH } };
  const normalized = normalizePassword(raw);
  const length = [...normalized].length;
  if (length < PASSWORD_MIN_LENGTH)
    return { ok: false, code: 'PASSWORD_TOO_SHORT', context: { min: PASSWORD_MIN_LENGTH } };
  if (length > PASSWORD_MAX_LENGTH)
    return { ok: false, code: 'PASSWORD_TOO_LONG', context: { max: PASSWORD_MAX_LENGTH } };
  const folded = normalized.toLowerCase();
  if (commonPasswords().has(folded) || isEmailLike(folded, context.email))
    return { ok: false, code: 'PASSWORD_TOO_COMMON' };
  return { ok: true, normalized };
}

// The email is the first thing an attacker who knows the account will try.
function isEmailLike(folded: string, email: string | undefined): boolean {
  if (!email) return false;
  const address = normalizeEmail(email) ?? email.trim().normalize('NFKC').toLowerCase();
  const at = address.lastIndexOf('@');
  const local = at > 0 ? address.slice(0, at) : address;
  return folded === address || folded === local;
}
