// Opaque cursor paging for operator lists: `limit` up to 100, `cursor` from the previous page's `next_cursor`.
import { Type, type Static } from '@sinclair/typebox';
import { AppError } from '../errors/index.js';
import { decodeCursor as decodeCommonCursor, encodeCursor as encodeCommonCursor } from '../common/index.js';

export const MAX_PAGE = 100;

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50 })),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9_-]+$' })),
};

export const NextCursor = Type.Union([Type.String(), Type.Null()]);
export type NextCursorValue = Static<typeof NextCursor>;

export const encodeCursor = encodeCommonCursor;

/** The key inside a cursor from the previous page; a cursor this server did not write is a bad request. */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const key = decodeCommonCursor(cursor);
  if (key === null) throw new AppError('VALIDATION_FAILED', { fields: ['/cursor'], in: 'querystring' });
  return key;
}

/** Asks the store for one more than the page: whether it came back says if there is a next page. */
export function page<T>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next_cursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
