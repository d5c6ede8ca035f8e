// Console texts by stable key in the page's language (en, vi), with {placeholders} filled like the protocol's.
import { ERROR_CATALOG, fillTemplate, translate, type ErrorCode, type Locale, type MessageId } from '@tessera/protocol';
import { CONSOLE_EN } from './catalog-en.js';
import { CONSOLE_VI } from './catalog-vi.js';

export type ConsoleKey = keyof typeof CONSOLE_EN;
export type TextContext = Record<string, string | number>;
const CATALOGS: Record<Locale, Record<ConsoleKey, string>> = { en: CONSOLE_EN, vi: CONSOLE_VI };

export const isConsoleKey = (value: unknown): value is ConsoleKey =>
  typeof value === 'string' && Object.hasOwn(CONSOLE_EN, value);

export const consoleText = (key: ConsoleKey, locale: Locale, context?: TextContext) =>
  fillTemplate(CATALOGS[locale][key], context, locale);

/** The error catalog's message for `code` in `locale`; empty when its placeholders cannot be filled from `context`. */
export function errorText(code: ErrorCode, locale: Locale, context?: TextContext): string {
  try {
    const text: unknown = translate(ERROR_CATALOG[code].message as MessageId, locale, context);
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}
