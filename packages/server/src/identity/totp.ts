// RFC 6238 time-based one-time passwords (SHA-1, 6 digits, 30 s) for authenticator apps, with replay protection.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const PERIOD_SECONDS = 30;
const DIGITS = 6;
const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: the form authenticator apps expect in `secret=`. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32_ALPHABET[(buffer >>> bits) & 31];
    }
    buffer &= (1 << bits) - 1; // keep only the unread bits so the shift never overflows 32 bits
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Decodes base32, tolerating case, spaces and padding as people copy secrets by hand; throws on other characters. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const value = BASE32_ALPHABET.indexOf(ch);
    if (value < 0) throw new Error('invalid base32 character in TOTP secret');
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >>> bits) & 0xff);
      buffer &= (1 << bits) - 1;
    }
  }
  return Buffer.from(out);
}

/** A new shared secret: 160 bits, the HMAC-SHA1 block-friendly size RFC 4226 recommends; base32. */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The `otpauth://` URI shown as a QR code (Google Authenticator key URI format). */
export function totpUri(input: { secret: string; account: string; issuer: string }): string {
  const issuer = encodeURIComponent(input.issuer);
  const label = `${issuer}:${encodeURIComponent(input.account)}`;
  return `otpauth://totp/${label}?secret=${input.secret}&issuer=${issuer}&algorithm=SHA1&digits=${DIGITS}&period=${PERIOD_SECONDS}`;
}

/** RFC 4226 HOTP value for one counter; `digits` is only varied by tests against the 8-digit RFC vectors. */
export function hotp(key: Uint8Array, counter: number, digits = DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return (binary % 10 ** digits).toString().padStart(digits, '0');
}

/** The 30-second time step containing `now` (milliseconds since the epoch, as Clock.now() gives). */
export function totpStep(now: number): number {
  return Math.floor(now / 1000 / PERIOD_SECONDS);
}

/** The code an authenticator shows at `now` (ms); for tests and enrolment demos. */
export function totpCode(secret: string, now: number): string {
  return hotp(base32Decode(secret), totpStep(now));
}

export type TotpVerifyResult = { ok: true; step: number } | { ok: false };

/**
 * Accepts a code from up to `window` steps before or after now, to absorb clock drift and typing time.
 * Steps at or below `lastUsedStep` are refused so an observed code cannot be replayed; on success the
 * caller must store the returned `step` as the new `lastUsedStep`.
 */
export function verifyTotp(input: {
  secret: string;
  code: string;
  now: number;
  window?: number;
  lastUsedStep?: number | undefined;
}): TotpVerifyResult {
  const { window = 1, lastUsedStep } = input;
  // Apps display "123 456"; users paste it that way.
  const code = input.code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(code)) return { ok: false };
  const key = base32Decode(input.secret);
  const candidate = Buffer.from(code);
  const current = totpStep(input.now);
  let matched: number | undefined;
  // Every step in the window is computed and compared, without an early exit, so timing reveals nothing.
  for (let step = Math.max(0, current - window); step <= current + window; step++) {
    const equal = timingSafeEqual(Buffer.from(hotp(key, step)), candidate);
    const fresh = lastUsedStep === undefined || step > lastUsedStep;
    if (equal && fresh && matched === undefined) matched = step;
  }
  return matched === undefined ? { ok: false } : { ok: true, step: matched };
}
