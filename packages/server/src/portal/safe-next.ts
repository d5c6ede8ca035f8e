// Return addresses (`next`): only a path on this site is followed, so no link can bounce a person to another origin.
const PROBE_ORIGIN = 'http://portal.invalid';

/** The same-site path `value` names (path and query, no fragment), or undefined when it is anything else. */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return undefined;
  // `//host`, `/\host` and control characters are read by browsers as other origins or stripped into them.
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f\u007f]/.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== PROBE_ORIGIN) return undefined;
  return url.pathname + url.search;
}

/** `path` with `next` attached when there is a safe one. */
export function withNext(path: string, next: string | undefined): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
