// Strict base64url: only the canonical encoding of some bytes is accepted.
import { Buffer } from 'node:buffer';

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/**
 * Node's decoder skips characters outside the alphabet and ignores the spare bits of the last character, so
 * many strings decode to the same bytes; a token whose text was altered must not verify, hence the round trip.
 */
export function decodeBase64url(text: string): Buffer | undefined {
  if (!ALPHABET.test(text) || text.length % 4 === 1) return undefined;
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}
