// Phone numbers: the shape check every SMS adapter applies before spending money on a provider call, and the rule
// for which numbers may receive SMS codes at all (SMS pumping and premium-rate fraud).
import { parsePhoneNumberFromString, type NumberType } from 'libphonenumber-js/max';

const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(value: string): boolean {
  return E164.test(value);
}

/** Where an operator lets SMS codes go: countries allowed, and number prefixes refused even there. */
export interface SmsDestinationPolicy {
  allowedCountries: readonly string[];
  /** E.164 prefixes (`+1900`) never sent to, whatever the number's type. */
  deniedPrefixes: readonly string[];
}

export type SmsDestination =
  | { ok: true; e164: string }
  | { ok: false; code: 'PHONE_INVALID' | 'PHONE_COUNTRY_NOT_ALLOWED' | 'PHONE_NUMBER_NOT_ALLOWED' };

/**
 * Only numbers a phone can be: the full ("max") metadata tells a mobile range from premium-rate, shared-cost,
 * toll-free or personal numbers, which the length-only ("min") metadata accepted, and which cost the sender money.
 */
const MOBILE_CAPABLE: ReadonlySet<NumberType> = new Set<NumberType>(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/** Whether SMS codes may go to `input` under `policy`, and its E.164 form when they may. */
export function checkSmsDestination(input: string, policy: SmsDestinationPolicy): SmsDestination {
  const parsed = parsePhoneNumberFromString(input);
  if (!parsed || !parsed.isValid()) return { ok: false, code: 'PHONE_INVALID' };
  if (!parsed.country || !policy.allowedCountries.includes(parsed.country))
    return { ok: false, code: 'PHONE_COUNTRY_NOT_ALLOWED' };
  const type = parsed.getType();
  if (!type || !MOBILE_CAPABLE.has(type)) return { ok: false, code: 'PHONE_NUMBER_NOT_ALLOWED' };
  if (policy.deniedPrefixes.some((prefix) => parsed.number.startsWith(prefix)))
    return { ok: false, code: 'PHONE_NUMBER_NOT_ALLOWED' };
  return { ok: true, e164: parsed.number };
}
