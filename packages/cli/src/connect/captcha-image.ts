// The captcha for a terminal: saved as a file whose path is printed, and drawn with block characters when it is a PNG.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderBlocks } from '../image/blocks.js';
import { decodePng } from '../image/png-decode.js';

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/svg+xml': 'svg', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp' };

interface SavedCaptcha {
  path: string;
  remove(): void;
}

export function saveCaptcha(captcha: { bytes: Uint8Array; mediaType: string }): SavedCaptcha {
  const extension = EXTENSIONS[captcha.mediaType] ?? 'img';
  const path = join(tmpdir(), `tessera-captcha-${randomBytes(6).toString('hex')}.${extension}`);
  writeFileSync(path, captcha.bytes, { mode: 0o600 });
  return { path, remove: () => rmSync(path, { force: true }) };
}

/** The image as lines of block characters, or undefined when it cannot be drawn (not a PNG, or unreadable). */
export function drawCaptcha(captcha: { bytes: Uint8Array; mediaType: string }, columns: number): string[] | undefined {
  if (captcha.mediaType !== 'image/png') return undefined;
  try {
    return renderBlocks(decodePng(captcha.bytes), columns);
  } catch {
    return undefined;
  }
}
