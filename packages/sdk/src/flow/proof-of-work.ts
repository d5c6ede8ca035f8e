// Solves the server's ALTCHA proof of work with node:crypto, in slices so the event loop (and a spinner) keeps going.
import { createHash } from 'node:crypto';
import type { UiNode } from '@tessera/protocol';

export interface ProofOfWorkChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
  /** The input the payload goes into. */
  field: string;
}

const SLICE = 5_000;

/** The challenge a `proof_of_work` node carries, or undefined when it is not one this SDK can solve. */
export function proofOfWorkOf(node: UiNode | undefined): ProofOfWorkChallenge | undefined {
  const m = node?.type === 'proof_of_work' ? node.meta : undefined;
  if (
    !m ||
    m.algorithm !== 'SHA-256' ||
    typeof m.challenge !== 'string' ||
    typeof m.salt !== 'string' ||
    typeof m.signature !== 'string' ||
    typeof m.maxnumber !== 'number' ||
    typeof m.field !== 'string'
  )
    return undefined;
  return {
    algorithm: m.algorithm,
    challenge: m.challenge,
    maxnumber: m.maxnumber,
    salt: m.salt,
    signature: m.signature,
    field: m.field,
  };
}

/** The base64 JSON payload the server expects; undefined if no number up to maxnumber fits (a broken challenge). */
export async function solveProofOfWork(
  c: ProofOfWorkChallenge,
  onProgress?: (tried: number, max: number) => void,
): Promise<string | undefined> {
  for (let from = 0; from <= c.maxnumber; from += SLICE) {
    const to = Math.min(c.maxnumber, from + SLICE - 1);
    for (let n = from; n <= to; n++) {
      if (
        createHash('sha256')
          .update(c.salt + n)
          .digest('hex') === c.challenge
      ) {
        const payload = {
          algorithm: c.algorithm,
          challenge: c.challenge,
          number: n,
          salt: c.salt,
          signature: c.signature,
        };
        return Buffer.from(JSON.stringify(payload)).toString('base64');
      }
    }
    onProgress?.(to + 1, c.maxnumber + 1);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return undefined;
}
