// The device name and platform sent when connecting, by default from the OS (shown in the account's device list).
import { hostname } from 'node:os';

/** Control characters are refused by the server (they misrender in terminals and logs). */
const CONTROL = /[\u0000-\u001f\u007f]/g;

/** The host name (as the account's device list shows it) and Node's platform name. */
export function defaultDevice(): { name: string; platform: string } {
  let name = '';
  try {
    name = hostname();
  } catch {
    // A sandbox without a host name still connects, under a generic name.
  }
  return { name: clean(name, 100) || 'This device', platform: clean(process.platform, 40) || 'unknown' };
}

/** Without control characters, trimmed, at most `max` characters (code points). */
export function clean(text: string, max: number): string {
  return [...text.replace(CONTROL, '').trim()].slice(0, max).join('');
}
