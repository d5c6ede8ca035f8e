// Argon2id password hashing with rehash detection and a dummy verify that hides whether an account exists.
import { randomBytes } from 'node:crypto';
import { hash as argon2Hash, verify as argon2Verify, type Algorithm } from '@node-rs/argon2';

// The package declares Algorithm as an ambient const enum, which verbatimModuleSyntax cannot read at runtime.
const ARGON2ID: Algorithm = 2 satisfies Algorithm.Argon2id;

/** Argon2id cost parameters as they appear in the PHC string (`m=`, `t=`, `p=`). */
export interface Argon2Params {
  /** Memory in KiB. */
  memoryCost: number;
  /** Passes over memory. */
  timeCost: number;
  /** Lanes. */
  parallelism: number;
}

/** OWASP Password Storage Cheat Sheet minimum for argon2id (19 MiB, 2 passes, 1 lane). */
export const OWASP_ARGON2ID: Readonly<Argon2Params> = Object.freeze({ memoryCost: 19456, timeCost: 2, parallelism: 1 });

export interface PasswordVerifyResult {
  ok: boolean;
  /** The password matched but the stored hash was made with other parameters: store a fresh `hash()`. */
  needsRehash: boolean;
}

/**
 * Every method takes the password already passed through `normalizePassword` (the policy's
 * `normalized` output), so that the same password typed on different keyboards/IMEs hashes the same.
 */
export interface PasswordHasher {
  readonly params: Readonly<Argon2Params>;
  hash(normalizedPassword: string): Promise<string>;
  verify(storedHash: string, normalizedPassword: string): Promise<PasswordVerifyResult>;
  /** Costs one verification and always fails: call it when the account does not exist. */
  verifyDummy(normalizedPassword: string): Promise<false>;
}

/** NFKC, as NIST SP 800-63B asks, so visually identical inputs become the same secret. */
export function normalizePassword(raw: string): string {
  return raw.normalize('NFKC');
}

export interface ParsedArgon2Hash extends Argon2Params {
  algorithm: string;
  version: number;
}

const PHC = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/;

/** Reads the algorithm and costs of a stored hash; undefined when it is not an argon2 PHC string. */
export function parseArgon2Hash(stored: string): ParsedArgon2Hash | undefined {
  const m = PHC.exec(stored);
  if (!m) return undefined;
  return {
    algorithm: m[1]!,
    version: Number(m[2]),
    memoryCost: Number(m[3]),
    timeCost: Number(m[4]),
    parallelism: Number(m[5]),
  };
}

export function createPasswordHasher(params: Argon2Params = OWASP_ARGON2ID): PasswordHasher {
  const current = Object.freeze({ ...params });
  const options = { algorithm: ARGON2ID, ...current };
  const hash = (password: string) => argon2Hash(password, options);
  // Made on first use rather than at startup so tests and CLI commands that never log anyone in don't pay for it.
  let dummy: Promise<string> | undefined;
  const dummyHash = () => (dummy ??= hash(randomBytes(32).toString('base64url')));

  return {
    params: current,
    hash,
    async verify(storedHash, password) {
      const parsed = parseArgon2Hash(storedHash);
      if (!parsed) {
        // A corrupt stored hash must not be distinguishable from a wrong password, by result or by time.
        await argon2Verify(await dummyHash(), password);
        return { ok: false, needsRehash: false };
      }
      // The PHC shape can still carry values argon2 refuses (m=0…); that is a failed login, not a crash.
      const ok = await argon2Verify(storedHash, password).catch(() => false);
      const needsRehash =
        ok &&
        (parsed.algorithm !== 'argon2id' ||
          parsed.version !== 19 ||
          parsed.memoryCost !== current.memoryCost ||
          parsed.timeCost !== current.timeCost ||
          parsed.parallelism !== current.parallelism);
      return { ok, needsRehash };
    },
    async verifyDummy(password) {
      await argon2Verify(await dummyHash(), password);
      return false;
    },
  };
}
