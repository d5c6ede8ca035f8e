// Return addresses (`next`): only a path on this site is followed, so no link can bounce a person to another origin.
const PROBE_ORIGIN = 'http://portal.invalid';
/** Enough rounds to see through `%25`-stacked encodings a proxy or a later decode might unwrap. */
const DECODE_ROUNDS = 4;

/**
 * A path that every reader takes as a path on this site: one leading `/` not followed by `/` or `\`, no backslash
 * (browsers read it as `/`) and no control character (browsers strip tabs and newlines, joining what they split).
 */
function isPlainPath(value: string): boolean {
  return value.startsWith('/') && !value.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(value);
}

/** `value` decoded until it stops changing, or undefined when it is not valid percent-encoding. */
function fullyDecoded(value: string): string | undefined {
  let current = value;
  for (let round = 0; round < DECODE_ROUNDS; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return undefined;
    }
    if (next === current) return current;
    current = next;
  }
  return undefined;
}

/** Dot segments resolved (`/.//x` is `//x`, `/%2e%2e/` is `/`): the path and query a browser would request. */
function resolved(value: string): string | undefined {
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? url.pathname + url.search : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The same-site path `value` names (path and query, no fragment), or undefined when it is anything else. Judged
 * after normalising, both as given and fully decoded, so no encoding or dot segment can turn it into `//host`.
 */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  const decoded = fullyDecoded(value);
  if (decoded === undefined) return undefined;
  const path = resolved(value);
  const decodedPath = resolved(decoded);
  const plain = [value, decoded, path, decodedPath].every((form) => form !== undefined && isPlainPath(form));
  return plain ? path : undefined;
}

/** `path` with `next` attached when there is a safe one. */
export function withNext(path: string, next: string | undefined): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
