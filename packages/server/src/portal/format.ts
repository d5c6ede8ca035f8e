// Dates and user agents as people read them, in the page's language (times in UTC: the server cannot know the reader's zone;
// the progressive script rewrites them in the browser's own zone).
import type { Locale } from '@tessera/protocol';

export const DAY_MS = 86_400_000;

const TAGS: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], {
      dateStyle: 'medium',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  return format;
}

export const formatDate = (locale: Locale, ms: number) => formatter(locale, false).format(ms);
export const formatDateTime = (locale: Locale, ms: number) => `${formatter(locale, true).format(ms)} UTC`;
export const languageTag = (locale: Locale) => TAGS[locale];

/** "Chrome on Linux" from a user agent; the raw string when nothing is recognised. */
export function describeUserAgent(ua: string | null): string | undefined {
  if (!ua) return undefined;
  const browser = [
    ['Edg/', 'Edge'],
    ['OPR/', 'Opera'],
    ['Firefox/', 'Firefox'],
    ['Chrome/', 'Chrome'],
    ['Safari/', 'Safari'],
  ].find(([marker]) => ua.includes(marker!))?.[1];
  const system = [
    ['Android', 'Android'],
    ['iPhone', 'iOS'],
    ['iPad', 'iPadOS'],
    ['Windows', 'Windows'],
    ['Mac OS X', 'macOS'],
    ['CrOS', 'ChromeOS'],
    ['Linux', 'Linux'],
  ].find(([marker]) => ua.includes(marker!))?.[1];
  if (browser && system) return `${browser} · ${system}`;
  return browser ?? system ?? ua.slice(0, 80);
}
