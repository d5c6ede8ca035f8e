// Return addresses inside the console: only a plain /console path (letters, digits, - _ /) with a plain query is
// followed, so no `next` can lead off the console, let alone off the site.
const CONSOLE_PATH = /^\/console(\/[A-Za-z0-9_-]+)*\/?(\?[A-Za-z0-9_.~=&%+-]*)?$/;

export function consoleNext(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 500 && CONSOLE_PATH.test(value) ? value : undefined;
}

export const withNext = (path: string, next: string | undefined) =>
  next ? `${path}?next=${encodeURIComponent(next)}` : path;
