// The one app-id rule (the server's): it names the app's state file, so nothing else may reach the path.
const APP_ID = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** Lowercase letters, digits, `.`, `_` and `-`, starting with a letter or digit, at most 64 characters. */
export function isAppId(value: string): boolean {
  return APP_ID.test(value);
}
