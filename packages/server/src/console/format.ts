// Dates and times on console pages, in the page's language and in UTC (operators compare them with logs).
import type { Locale } from '@tessera/protocol';

const TAGS: Record<Locale, string> = { en: 'en-GB', vi: 'vi-VN' };
const formats = new Map<Locale, Intl.DateTimeFormat>();

export function formatTime(locale: Locale, ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(TAGS[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return `${format.format(ms)} UTC`;
}

export const languageTag = (locale: Locale) => TAGS[locale];
