// Email address normalisation (one canonical form per mailbox for lookups) and masking for display (shared with the SDK).
export { maskEmail } from '@tessera/protocol';

const MAX_LOCAL_OCTETS = 64; // RFC 5321 §4.5.3.1.1
const MAX_ADDRESS_OCTETS = 254; // RFC 5321 path limit minus the angle brackets
// Letters, digits and marks so internationalised (IDN) domains pass; hyphens only inside a label.
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}-]*[\p{L}\p{M}\p{N}])?$/u;
// Whitespace, controls, format characters (zero-width…) and lone surrogates never belong in an address
// and are a classic way to make two look-alike accounts.
const FORBIDDEN = /[\s\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/u;
const octets = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * The canonical form of an address, or undefined when it is not plausibly one.
 * The whole address is lowercased: Tessera treats addresses case-insensitively even though
 * RFC 5321 allows case-sensitive local parts, because no real provider relies on it.
 * Plausibility only — deliverability is proven by the verification email.
 */
export function normalizeEmail(raw: string): string | undefined {
  const email = raw.trim().normalize('NFKC').toLowerCase();
  if (FORBIDDEN.test(email) || octets(email) > MAX_ADDRESS_OCTETS) return undefined;
  const parts = email.split('@');
  if (parts.length !== 2) return undefined;
  const [local, domain] = parts as [string, string];
  if (local.length === 0 || octets(local) > MAX_LOCAL_OCTETS) return undefined;
  const labels = domain.split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l))) return undefined;
  return email;
}
