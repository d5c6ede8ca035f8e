// Double submissions: each rendered form carries a one-time token, and only its first arrival is acted on.
import { randomBytes } from 'node:crypto';
import type { Tallies } from '../risk/index.js';
import { DAY_MS } from './format.js';

export const newOnceToken = () => randomBytes(16).toString('base64url');

/**
 * True the first time `token` is seen (within a day). The counter store is shared by every instance and counts
 * racing hits one by one, so of two identical posts exactly one gets `true`.
 */
export async function firstSubmission(deps: { tallies: Tallies }, token: unknown): Promise<boolean> {
  if (typeof token !== 'string' || !/^[A-Za-z0-9_-]{22}$/.test(token)) return false;
  return (await deps.tallies.add(`portal:once:${token}`, DAY_MS)) === 1;
}
