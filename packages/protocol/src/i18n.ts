// Renders a message id in a supported locale, filling `{name}` placeholders from its context.
import { EN } from './messages-en.js';
import { VI } from './messages-vi.js';
import { M, type MessageId } from './message-ids.js';

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

// ICU's select, the subset the catalogs use: `{captcha, select, pow {...} other {...}}`; `other` when no value is given.
const SELECT = /\{(\w+), select,((?:\s*[\w=]+ \{[^{}]*\})+)\s*\}/g;

/**
 * A wait in words, in whole units rounded up so it never promises too early: "45 seconds", "23 minutes",
 * "2 hours 5 minutes" (and their Vietnamese forms).
 */
export function formatWait(seconds: number, locale: Locale = 'en'): string {
  const s = Math.max(0, Math.ceil(seconds));
  const unit = (id: MessageId, n: number) => fillTemplate(CATALOGS[locale][id] ?? EN[id], { n }, locale);
  if (s < 60) return unit(M.UNIT_SECONDS, s);
  if (s <= 3600) return s === 3600 ? unit(M.UNIT_HOURS, 1) : unit(M.UNIT_MINUTES, Math.ceil(s / 60));
  let hours = Math.floor(s / 3600);
  let minutes = Math.ceil((s - hours * 3600) / 60);
  if (minutes === 60) [hours, minutes] = [hours + 1, 0];
  return minutes === 0 ? unit(M.UNIT_HOURS, hours) : `${unit(M.UNIT_HOURS, hours)} ${unit(M.UNIT_MINUTES, minutes)}`;
}

/**
 * Replaces each `{name}` in the template with the context's value, choosing plural forms by `locale`'s rules and
 * select forms by value; a placeholder without a value is left as is. `{wait}` is `seconds` in words unless given.
 */
export function fillTemplate(
  template: string,
  context?: Record<string, string | number>,
  locale: Locale = 'en',
): string {
  const selected = template.replace(SELECT, (_whole, name: string, cases: string) => {
    const forms = pluralCases(cases);
    const value = context && Object.hasOwn(context, name) ? String(context[name]) : 'other';
    return forms.get(value) ?? forms.get('other') ?? '';
  });
  if (!context) return selected;
  if (context.seconds !== undefined && context.wait === undefined && selected.includes('{wait}'))
    context = { ...context, wait: formatWait(Number(context.seconds), locale) };
  const values = context;
  const rules = new Intl.PluralRules(locale);
  const plain = selected.replace(PLURAL, (whole, name: string, cases: string) => {
    if (!Object.hasOwn(values, name)) return whole;
    const value = Number(values[name]);
    const forms = pluralCases(cases);
    const form = forms.get(`=${value}`) ?? forms.get(rules.select(value)) ?? forms.get('other');
    return form === undefined ? whole : form.replace(/#/g, String(values[name]));
  });
  return plain.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

export function translate(id: MessageId, locale: Locale, context?: Record<string, string | number>): string {
  return fillTemplate(CATALOGS[locale][id] ?? EN[id], context, locale);
}
