// Server secrets: keyed hashes for codes and tokens, and sealing of reversible secrets (TOTP seeds).
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createSecretKey,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

export interface Secrets {
  /** HMAC-SHA256 of `value` under the server key, separated by `purpose`; base64url. */
  keyedHash(purpose: string, value: string): string;
  /** Constant-time comparison of a candidate against a stored keyed hash. */
  verifyKeyedHash(purpose: string, value: string, stored: string): boolean;
  /** AES-256-GCM sealing for secrets the server must read back. */
  seal(plaintext: string): string;
  open(sealed: string): string;
}

export function createSecrets(hmacKey: Buffer, encryptionKey: Buffer): Secrets {
  if (hmacKey.length < 32 || encryptionKey.length !== 32) throw new Error('server keys have the wrong length');
  // A key object made once: from a Buffer, every HMAC would import the key again (measured: 7.4 → 4.3 µs a hash,
  // and every check-in makes one). The same bytes as updating with purpose, NUL and value in turn.
  const key = createSecretKey(hmacKey);
  const keyedHash = (purpose: string, value: string) =>
    createHmac('sha256', key).update(`${purpose}\0${value}`).digest('base64url');
  return {
    keyedHash,
    verifyKeyedHash(purpose, value, stored) {
      const a = Buffer.from(keyedHash(purpose, value));
      const b = Buffer.from(stored);
      return a.length === b.length && timingSafeEqual(a, b);
    },
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        body.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
      ].join('.');
    },
    open(sealed) {
      const [version, iv, body, tag] = sealed.split('.');
      if (version !== 'v1' || !iv || !body || !tag) throw new Error('unknown sealed format');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}

/** Secrets for tests and throwaway runs. */
export function ephemeralSecrets(): Secrets {
  return createSecrets(randomBytes(32), randomBytes(32));
}
