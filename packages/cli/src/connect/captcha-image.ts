// The captcha for a terminal: saved as a file, opened in the desktop's viewer, or shown inline by a terminal that says it can.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/svg+xml': 'svg',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

interface Captcha {
  bytes: Uint8Array;
  mediaType: string;
}

interface SavedCaptcha {
  path: string;
  remove(): void;
}

export function saveCaptcha(captcha: Captcha): SavedCaptcha {
  const extension = EXTENSIONS[captcha.mediaType] ?? 'img';
  const path = join(tmpdir(), `tessera-captcha-${randomBytes(6).toString('hex')}.${extension}`);
  writeFileSync(path, captcha.bytes, { mode: 0o600 });
  return { path, remove: () => rmSync(path, { force: true }) };
}

type InlineProtocol = 'iterm2' | 'kitty';

/**
 * The inline-image protocol the terminal declares, if any. Only a declared one is used: any other terminal would
 * print the escape sequence as garbage (or, for kitty's, answer it on standard input).
 */
export function inlineProtocol(env: NodeJS.ProcessEnv): InlineProtocol | undefined {
  if (env.KITTY_WINDOW_ID || env.TERM === 'xterm-kitty' || env.TERM === 'xterm-ghostty') return 'kitty';
  if (env.TERM_PROGRAM === 'iTerm.app' || env.TERM_PROGRAM === 'WezTerm') return 'iterm2';
  return undefined;
}

// The kitty protocol takes the base64 payload in chunks of at most 4096 bytes.
const KITTY_CHUNK = 4096;

/** The escape sequence that shows a PNG in the terminal, or undefined when it cannot be shown inline. */
export function inlineImage(captcha: Captcha, protocol: InlineProtocol | undefined): string | undefined {
  if (protocol === undefined || captcha.mediaType !== 'image/png') return undefined;
  const data = Buffer.from(captcha.bytes).toString('base64');
  if (protocol === 'iterm2')
    return `\x1b]1337;File=inline=1;size=${captcha.bytes.length};preserveAspectRatio=1:${data}\x07`;
  const chunks: string[] = [];
  for (let at = 0; at < data.length; at += KITTY_CHUNK) {
    const more = at + KITTY_CHUNK < data.length ? 1 : 0;
    // a=T transmits and shows; f=100 is PNG; q=2 keeps the terminal from answering on standard input.
    const control = at === 0 ? `a=T,f=100,q=2,m=${more}` : `m=${more}`;
    chunks.push(`\x1b_G${control};${data.slice(at, at + KITTY_CHUNK)}\x1b\\`);
  }
  return chunks.join('');
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** Opens a file in the desktop's viewer (`open` on macOS, `xdg-open` elsewhere), or undefined when there is none. */
export function findOpener(env: NodeJS.ProcessEnv, platform = process.platform): ((path: string) => void) | undefined {
  if (platform === 'win32') return undefined;
  const command = onPath(platform === 'darwin' ? 'open' : 'xdg-open', env);
  if (!command) return undefined;
  return (path) => {
    // The viewer outlives the prompt; its output would scribble over it.
    const child = spawn(command, [path], { detached: true, stdio: 'ignore', env });
    child.on('error', () => {});
    child.unref();
  };
}
