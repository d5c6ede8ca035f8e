// The support desk's code lookup: a code as a customer reads it out, through redemption's forgiving parser, and when
// its check fails, the existing codes one typo away. Answers who redeemed it, never the code's secret parts.
import type { Secrets } from '../common/index.js';
import { nearbyCodes, parseActivationCode } from './activation-code.js';
import type { ActivationCodeStore, CodeRecord } from './activation-code-store.js';
import { hashActivationCode } from './operator.js';

export interface FoundCode extends Omit<CodeRecord, 'codeHash'> {
  /** The code in canonical form, as the operator's input named it (or a near neighbour of it). */
  code: string;
  /** True when the input itself did not pass the check and this is the existing code one typo away. */
  corrected: boolean;
}

export type CodeLookupResult =
  { ok: true; found: FoundCode[] } | { ok: false; code: 'ACTIVATION_CODE_MALFORMED' | 'ACTIVATION_CODE_TYPO' };

export type CodeLookup = (input: string) => Promise<CodeLookupResult>;

export function createCodeLookup(deps: {
  store: Pick<ActivationCodeStore, 'findCodes'>;
  secrets: Secrets;
}): CodeLookup {
  const hashOf = (code: string) => hashActivationCode(deps.secrets, code);
  return async (input) => {
    const parsed = parseActivationCode(input);
    if (!parsed.ok && parsed.code === 'ACTIVATION_CODE_MALFORMED') return parsed;
    const candidates = parsed.ok ? [parsed.canonical] : nearbyCodes(input);
    const byHash = new Map(candidates.map((code) => [hashOf(code), code]));
    const records = await deps.store.findCodes([...byHash.keys()]);
    if (!parsed.ok && records.length === 0) return { ok: false, code: 'ACTIVATION_CODE_TYPO' };
    return {
      ok: true,
      found: records.map(({ codeHash, ...rest }) => ({ ...rest, code: byHash.get(codeHash)!, corrected: !parsed.ok })),
    };
  };
}
