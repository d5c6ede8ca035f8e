// The countries and regions an account can name at sign-up: ISO 3166 codes (libphonenumber-js's list), with names and
// order in the reader's language, and a likely one from the browser's languages.
import { getCountries } from 'libphonenumber-js';
import type { Locale } from '@tessera/protocol';

const CODES: ReadonlySet<string> = new Set(getCountries().filter((code) => /^[A-Z]{2}$/.test(code)));
/** Where a language without a region is most likely spoken by the people signing up here. */
const LANGUAGE_DEFAULTS: Record<string, string> = { vi: 'VN', en: 'US' };

export const isCountryCode = (value: string): boolean => CODES.has(value);

const optionCache = new Map<Locale, Array<{ value: string; label: string }>>();

/** Every code with its name in `locale`, sorted as that language sorts. */
export function countryOptions(locale: Locale): Array<{ value: string; label: string }> {
  const cached = optionCache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  const options = [...CODES]
    .map((value) => ({ value, label: names.of(value) ?? value }))
    .sort((a, b) => collator.compare(a.label, b.label));
  optionCache.set(locale, options);
  return options;
}

/** The first Accept-Language entry naming a known region (en-GB → GB), else its language's usual one (vi → VN). */
export function countryFromLanguages(header: string | undefined): string | undefined {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) || 0 };
    })
    .filter((t) => t.tag && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      continue;
    }
    const guess = locale.region ?? LANGUAGE_DEFAULTS[locale.language] ?? locale.maximize().region;
    if (guess && CODES.has(guess)) return guess;
  }
  return undefined;
}
