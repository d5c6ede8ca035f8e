// User codes: 8 characters from the activation codes' unambiguous alphabet, shown as XXXX-XXXX, read back forgivingly.
import { newAlphabetCode } from '../common/index.js';
import { CODE_ALPHABET } from '../licensing/index.js';

export const USER_CODE_LENGTH = 8;
const ALPHABET = new Set(CODE_ALPHABET);

/** A fresh code in its canonical form (no dash); 23⁸ ≈ 7.8·10¹⁰ codes, so guessing is left to the rate limits. */
export function newUserCode(): string {
  return newAlphabetCode(CODE_ALPHABET, USER_CODE_LENGTH);
}

/** XXXX-XXXX, as the device shows it. */
export function displayUserCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * What a person typed, in canonical form, or undefined when it cannot be a code: lower case, spaces, dashes and
 * full-width characters are forgiven (NFKC); a look-alike the alphabet leaves out (0/O, 1/I/L, …) cannot be a code.
 */
export function parseUserCode(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 64) return undefined;
  const code = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.·\u2010-\u2015\u2212]/gu, '');
  if (code.length !== USER_CODE_LENGTH || ![...code].every((ch) => ALPHABET.has(ch))) return undefined;
  return code;
}
