// Opaque paging cursors shared by the operator API and the admin CLI: the last key of a page, wrapped so its shape
// is nobody's business but this file's (a CLI user may paste the API's `next_cursor`, and back).

export function encodeCursor(lastKey: string): string {
  return Buffer.from(JSON.stringify({ k: lastKey }), 'utf8').toString('base64url');
}

/** The key inside, or null when the text is not a cursor this server wrote. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && typeof (parsed as { k?: unknown }).k === 'string')
      return (parsed as { k: string }).k;
  } catch {
    // not a cursor
  }
  return null;
}
