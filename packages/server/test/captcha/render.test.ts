// Checks the hand-made renderers: the PNG is well formed, the SVG never spells the code, the font covers the alphabet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { crc32, inflateSync } from 'node:zlib';
import { ephemeralSecrets } from '../../src/common/index.js';
import { CAPTCHA_ALPHABET, createImageCaptcha } from '../../src/captcha/index.js';
import { glyphStrokes, hasGlyph } from '../../src/captcha/stroke-font.js';
import { encodePng } from '../../src/captcha/png-encoder.js';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);

function decodeDataUri(src: string | undefined, mediaType: string): Buffer {
  const prefix = `data:${mediaType};base64,`;
  if (!src?.startsWith(prefix)) assert.fail(`not a ${mediaType} data URI: ${src?.slice(0, 40)}`);
  return Buffer.from(src.slice(prefix.length), 'base64');
}

interface Chunk {
  type: string;
  data: Buffer;
}

function readChunks(png: Buffer): Chunk[] {
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const typed = png.subarray(at + 4, at + 8 + length);
    assert.equal(png.readUInt32BE(at + 8 + length), crc32(typed), 'chunk CRC');
    chunks.push({ type: png.toString('ascii', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  assert.equal(at, png.length);
  return chunks;
}

function checkPng(png: Buffer, expect?: { width: number; height: number }): { width: number; height: number } {
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = readChunks(png);
  assert.equal(chunks[0]?.type, 'IHDR');
  assert.equal(chunks.at(-1)?.type, 'IEND');
  const ihdr = chunks[0]?.data ?? Buffer.alloc(0);
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  assert.equal(ihdr[8], 8, 'bit depth');
  const channels = ihdr[9] === 2 ? 3 : ihdr[9] === 0 ? 1 : assert.fail(`colour type ${ihdr[9]}`);
  if (expect) assert.deepEqual({ width, height }, expect);
  const idat = Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data));
  const raw = inflateSync(idat);
  assert.equal(raw.length, height * (1 + width * channels));
  for (let y = 0; y < height; y++) assert.ok((raw[y * (1 + width * channels)] ?? 99) <= 4, 'filter byte');
  return { width, height };
}

test('the PNG captcha decodes: signature, IHDR size, IDAT inflates to the right length', async () => {
  const captcha = createImageCaptcha({ secrets: ephemeralSecrets() });
  const { nodes } = await captcha.issue({ flowId: 'f', now: NOW, locale: 'en' });
  const png = decodeDataUri(nodes[0]?.src, 'image/png');
  const { width, height } = checkPng(png);
  assert.ok(width >= 120 && width <= 240 && height >= 40 && height <= 100, `${width}x${height}`);
});

test('the PNG encoder writes what it is given, with valid CRCs', () => {
  const rgb = new Uint8Array(3 * 2 * 3).map((_, i) => i * 10);
  const png = encodePng(3, 2, rgb);
  checkPng(png, { width: 3, height: 2 });
  const raw = inflateSync(
    Buffer.concat(
      readChunks(png)
        .filter((c) => c.type === 'IDAT')
        .map((c) => c.data),
    ),
  );
  assert.deepEqual([...raw], [0, ...rgb.subarray(0, 9), 0, ...rgb.subarray(9)]);
  assert.throws(() => encodePng(3, 3, rgb));
});

test('the font draws every character of the alphabet, and the alphabet avoids look-alikes', () => {
  // The pairs people misread (issue 14: A/9, W/A) and the classic ones: at most one of each pair is in the alphabet.
  for (const pair of ['A9', 'WA', 'O0', 'I1', 'S5', 'B8', 'Z2', 'G6', 'UV', 'EF', 'PR', 'DO', 'QO']) {
    assert.ok([...pair].filter((c) => CAPTCHA_ALPHABET.includes(c)).length <= 1, pair);
  }
  assert.equal(new Set(CAPTCHA_ALPHABET).size, CAPTCHA_ALPHABET.length);
  const pictures = new Set<string>();
  for (const char of CAPTCHA_ALPHABET) {
    assert.ok(hasGlyph(char), char);
    assert.ok(glyphStrokes(char).length > 0, char);
    pictures.add(JSON.stringify(glyphStrokes(char)));
  }
  assert.equal(pictures.size, CAPTCHA_ALPHABET.length, 'two characters share a glyph');
});
