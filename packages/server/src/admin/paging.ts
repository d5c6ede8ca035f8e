// Opaque cursor paging for operator lists: `limit` up to 100, `cursor` from the previous page's `next_cursor`.
import { Type, type Static } from '@sinclair/typebox';
import { AppError } from '../errors/index.js';

export const MAX_PAGE = 100;

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50 })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
};

export const NextCursor = Type.Union([Type.String(), Type.Null()]);
export type NextCursorValue = Static<typeof NextCursor>;

/** The cursor wraps the last key of the page; its shape is nobody's business but this file's. */
export function encodeCursor(lastKey: string): string {
  return Buffer.from(JSON.stringify({ k: lastKey }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as { k?: unknown }).k === 'string')
      return (parsed as { k: string }).k;
  } catch {
    // falls through to the refusal
  }
  throw new AppError('VALIDATION_FAILED', { fields: ['/cursor'], in: 'querystring' });
}

/** Asks the store for one more than the page: whether it came back says if there is a next page. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next_cursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
