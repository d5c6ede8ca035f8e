// A client's side of the ALTCHA proof of work, for tests: find the number, build the base64 JSON payload.
import { createHash } from 'node:crypto';
import type { FlowView } from '@tessera/protocol';

export interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** Counts up from 0 until sha256(salt + number) is the challenge, as the protocol's clients do. */
export function solveChallenge(c: Challenge): { number: number; hashes: number } {
  for (let n = 0; n <= c.maxnumber; n++) {
    if (
      createHash('sha256')
        .update(c.salt + n)
        .digest('hex') === c.challenge
    )
      return { number: n, hashes: n + 1 };
  }
  throw new Error('no solution');
}

export const payloadOf = (fields: Record<string, unknown> | null) =>
  Buffer.from(JSON.stringify(fields)).toString('base64');

export function solvedPayload(c: Challenge, change: Record<string, unknown> = {}): string {
  return payloadOf({
    algorithm: c.algorithm,
    challenge: c.challenge,
    number: solveChallenge(c).number,
    salt: c.salt,
    signature: c.signature,
    ...change,
  });
}

/** The payload answering the proof of work a flow view shows. */
export function solveViewChallenge(view: FlowView): string {
  const node = view.ui.nodes.find((n) => n.type === 'proof_of_work');
  if (!node?.meta) throw new Error(`no proof of work in ${JSON.stringify(view.ui.nodes.map((n) => n.name))}`);
  return solvedPayload(node.meta as unknown as Challenge);
}
