// Picks the CLI's language: --lang, else the POSIX locale (LC_ALL, LC_MESSAGES, LANG), else English.
import { isLocale, type Locale } from '@tessera/protocol';

/** undefined when `--lang` names a language the CLI does not speak. */
export function chooseLocale(lang: string | undefined, env: NodeJS.ProcessEnv): Locale | undefined {
  if (lang !== undefined) return isLocale(lang) ? lang : undefined;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name];
    if (!value) continue;
    // "vi_VN.UTF-8", "en_US", "C", "POSIX": the first set variable decides, as in the C library.
    const base = /^([a-z]{2})(?:[_.@-]|$)/i.exec(value)?.[1]?.toLowerCase();
    return isLocale(base) ? base : 'en';
  }
  return 'en';
}

/** A country to suggest at sign-up, from a locale such as "vi_VN.UTF-8". */
export function countryFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^[a-z]{2}_([A-Z]{2})/i.exec(value)?.[1]?.toUpperCase();
}
