// Renders a message id in a supported locale, filling `{name}` placeholders from its context.
import { EN } from './messages-en.js';
import { VI } from './messages-vi.js';
import type { MessageId } from './message-ids.js';

export const LOCALES = ['en', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];
const CATALOGS: Record<Locale, Record<MessageId, string>> = { en: EN, vi: VI };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported locale from an Accept-Language header or a stored preference. */
export function pickLocale(...candidates: Array<string | undefined | null>): Locale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const ranked = candidate
      .split(',')
      .map((part) => {
        const [tag = '', ...params] = part.trim().split(';');
        const q = params.find((p) => p.trim().startsWith('q='));
        return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) || 0 : 1 };
      })
      .sort((a, b) => b.q - a.q);
    for (const { tag } of ranked) {
      const base = tag.split('-')[0];
      if (isLocale(base)) return base;
    }
  }
  return 'en';
}

// ICU's plural form, the subset the catalogs use: `{seconds, plural, one {# second} other {# seconds}}`.
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+ \{[^{}]*\})+)\s*\}/g;
const pluralCases = (cases: string) =>
  new Map([...cases.matchAll(/([\w=]+) \{([^{}]*)\}/g)].map((m) => [m[1]!, m[2]!]));

/**
 * The template with each plural block resolved for one plural category (`one`, `other`, ...), `#` kept as a
 * `{name}` placeholder: what a client needs to fill the number in itself (the portal's countdown).
 */
export function pluralTemplate(template: string, category: string): string {
  return template.replace(PLURAL, (_whole, name: string, cases: string) => {
    const forms = pluralCases(cases);
    return (forms.get(category) ?? forms.get('other') ?? '').replace(/#/g, `{${name}}`);
  });
}

/**
 * Replaces each `{name}` in the template with the context's value, choosing plural forms by `locale`'s rules;
 * a placeholder without a value is left as is.
 */
export function fillTemplate(
  template: string,
  context?: Record<string, string | number>,
  locale: Locale = 'en',
): string {
  if (!context) return template;
  const rules = new Intl.PluralRules(locale);
  const plain = template.replace(PLURAL, (whole, name: string, cases: string) => {
    if (!Object.hasOwn(context, name)) return whole;
    const value = Number(context[name]);
    const forms = pluralCases(cases);
    const form = forms.get(`=${value}`) ?? forms.get(rules.select(value)) ?? forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(context[name]));
  });
  return plain.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(context, name) ? String(context[name]) : whole,
  );
}

export function translate(id: MessageId, locale: Locale, context?: Record<string, string | number>): string {
  return fillTemplate(CATALOGS[locale][id] ?? EN[id], context, locale);
}
