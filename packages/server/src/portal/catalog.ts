// Portal texts: its own catalog (en, vi) and the protocol's, both rendered by stable id in the page's language.
import { fillTemplate, translate, type Locale, type MessageId } from '@tessera/protocol';
import { PORTAL_EN } from './catalog-en.js';
import { PORTAL_VI } from './catalog-vi.js';

export type PortalKey = keyof typeof PORTAL_EN;
export type TextContext = Record<string, string | number>;
const CATALOGS: Record<Locale, Record<PortalKey, string>> = { en: PORTAL_EN, vi: PORTAL_VI };

export const isPortalKey = (value: unknown): value is PortalKey =>
  typeof value === 'string' && Object.hasOwn(PORTAL_EN, value);

export function portalText(key: PortalKey, locale: Locale, context?: TextContext): string {
  return fillTemplate(CATALOGS[locale][key], context, locale);
}

/**
 * A protocol message in `locale`. A text the server rendered in another language (a flow started before the
 * switch) is re-rendered from its id; when its placeholders cannot be filled, the server's own text is kept.
 */
export function protocolText(id: number, locale: Locale, context?: TextContext, fallback?: string): string {
  let text: unknown;
  try {
    text = translate(id as MessageId, locale, context);
  } catch {
    text = undefined;
  }
  if (typeof text !== 'string') return fallback ?? '';
  if (fallback !== undefined && /\{\w+[},]/.test(text)) return fallback;
  return text;
}
