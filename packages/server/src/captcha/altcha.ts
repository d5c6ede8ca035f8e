// The ALTCHA proof-of-work protocol, server side: a signed challenge, and the check of a client's base64 JSON solution.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { Secrets } from '../common/index.js';

export interface AltchaChallenge {
  algorithm: 'SHA-256';
  /** hex sha256(salt + number) */
  challenge: string;
  maxnumber: number;
  /** Random hex, then `?expires=<unix seconds>` as ALTCHA carries parameters. */
  salt: string;
  signature: string;
}

export type AltchaRefusal = 'MALFORMED' | 'SIGNATURE' | 'EXPIRED' | 'NOT_ISSUED' | 'WRONG_NUMBER';

const PURPOSE = 'altcha';
// A payload is a few hundred characters; longer is not one, and is refused before any parsing or hashing.
const MAX_PAYLOAD_CHARS = 1024;

const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

export function createAltchaChallenge(
  secrets: Secrets,
  input: { now: number; ttlMs: number; maxNumber: number },
): AltchaChallenge {
  const salt = `${randomBytes(12).toString('hex')}?expires=${Math.floor((input.now + input.ttlMs) / 1000)}`;
  // Uniform in [0, maxNumber]: a client scanning from 0 needs maxNumber / 2 hashes on average.
  const number = randomInt(0, input.maxNumber + 1);
  const challenge = sha256Hex(salt + number);
  return {
    algorithm: 'SHA-256',
    challenge,
    maxnumber: input.maxNumber,
    salt,
    signature: secrets.keyedHash(PURPOSE, challenge),
  };
}

/** When the salt says the challenge ends, in ms; undefined when it carries no valid `expires`. */
function expiresAt(salt: string): number | undefined {
  const params = new URLSearchParams(salt.split('?')[1] ?? '');
  const seconds = Number(params.get('expires'));
  return Number.isSafeInteger(seconds) && seconds > 0 ? seconds * 1000 : undefined;
}

/**
 * Checks a solution: well formed, signed by this server, unexpired, for the challenge this flow was given (which
 * makes it single use: the flow forgets the challenge after one answer), and the number really hashes to it.
 */
export function verifyAltchaPayload(
  secrets: Secrets,
  input: { payload: string; issued: string; now: number },
): { ok: true } | { ok: false; why: AltchaRefusal } {
  if (input.payload.length > MAX_PAYLOAD_CHARS) return { ok: false, why: 'MALFORMED' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(input.payload, 'base64').toString('utf8'));
  } catch {
    return { ok: false, why: 'MALFORMED' };
  }
  const p = parsed as Partial<Record<keyof AltchaChallenge | 'number', unknown>>;
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    p.algorithm !== 'SHA-256' ||
    typeof p.challenge !== 'string' ||
    typeof p.salt !== 'string' ||
    typeof p.signature !== 'string' ||
    typeof p.number !== 'number' ||
    !Number.isSafeInteger(p.number) ||
    p.number < 0
  )
    return { ok: false, why: 'MALFORMED' };
  if (!secrets.verifyKeyedHash(PURPOSE, p.challenge, p.signature)) return { ok: false, why: 'SIGNATURE' };
  const expires = expiresAt(p.salt);
  if (expires === undefined || !(input.now < expires)) return { ok: false, why: 'EXPIRED' };
  if (p.challenge !== input.issued) return { ok: false, why: 'NOT_ISSUED' };
  if (sha256Hex(p.salt + p.number) !== p.challenge) return { ok: false, why: 'WRONG_NUMBER' };
  return { ok: true };
}
