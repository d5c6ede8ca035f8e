// Random identifiers, bearer tokens and numeric codes from the CSPRNG.
import { randomBytes, randomInt } from 'node:crypto';

/** A public identifier such as `acc_…`; 96 random bits, not a secret. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** A bearer secret with 256 random bits; only its keyed hash is stored. */
export function newToken(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}

/** A numeric one-time code of `digits` digits, uniformly distributed. */
export function newNumericCode(digits = 6): string {
  return randomInt(0, 10 ** digits)
    .toString()
    .padStart(digits, '0');
}

/** A code from `alphabet` of `length` characters, uniformly distributed. */
export function newAlphabetCode(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(0, alphabet.length)];
  return out;
}
