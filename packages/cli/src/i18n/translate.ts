// The CLI's translator: its own catalog for its texts, the protocol's for the flow's stable message ids.
import { translate as translateId, type Locale, type MessageId } from '@tessera/protocol';
import { EN, type CatalogKey } from './catalog-en.js';
import { VI } from './catalog-vi.js';

type Vars = Record<string, string | number>;

export interface Translator {
  readonly locale: Locale;
  (key: CatalogKey, vars?: Vars): string;
  /** A server text by its stable id, for the rare label the CLI shows before the server sent it. */
  id(id: MessageId, vars?: Vars): string;
}

export function createTranslator(locale: Locale): Translator {
  const catalog: Record<CatalogKey, string> = locale === 'vi' ? VI : EN;
  const t = ((key: CatalogKey, vars: Vars = {}) =>
    (catalog[key] ?? EN[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(vars, name) ? String(vars[name]) : whole,
    )) as Translator;
  Object.defineProperty(t, 'locale', { value: locale });
  t.id = (id, vars) => translateId(id, locale, vars);
  return t;
}
