// The captcha's PNG decoder and block drawing: every filter and 8-bit colour type, the server's own captcha, bad input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { createImageCaptcha } from '../../server/src/index.js';
import { encodePng, pngChunk as chunk } from '../../server/src/captcha/png-encoder.js';
import { decodePng, PngError } from '../src/image/png-decode.js';
import { renderBlocks } from '../src/image/blocks.js';

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** A PNG whose row y uses filter y % 5, so one image exercises all five. */
function encode(width: number, height: number, colour: number, channels: number, pixels: Uint8Array, extra: Buffer[] = []): Buffer {
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const value = pixels[y * stride + x]!;
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      raw[y * (stride + 1) + 1 + x] = (value - predicted) & 0xff;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = colour;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), ...extra, chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

const noise = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7919 + (i >> 3) * 31) & 0xff);

test('every filter and 8-bit colour type decodes to the pixels encoded', () => {
  const w = 13, h = 11;
  const cases = [{ colour: 0, channels: 1 }, { colour: 2, channels: 3 }, { colour: 4, channels: 2 }, { colour: 6, channels: 4 }];
  for (const { colour, channels } of cases) {
    const pixels = noise(w * h * channels);
    const image = decodePng(encode(w, h, colour, channels, pixels));
    assert.equal(image.width, w);
    assert.equal(image.height, h);
    for (let i = 0; i < w * h; i++) {
      const px = Array.from(image.rgba.subarray(i * 4, i * 4 + 4));
      const src = Array.from(pixels.subarray(i * channels, (i + 1) * channels));
      const expected = colour === 0 ? [src[0], src[0], src[0], 255]
        : colour === 4 ? [src[0], src[0], src[0], src[1]]
          : colour === 2 ? [...src, 255] : src;
      assert.deepEqual(px, expected, `colour type ${colour}, pixel ${i}`);
    }
  }
  const palette = chunk('PLTE', Buffer.from([255, 0, 0, 0, 255, 0]));
  const indexed = decodePng(encode(2, 1, 3, 1, Uint8Array.from([1, 0]), [palette]));
  assert.deepEqual(Array.from(indexed.rgba), [0, 255, 0, 255, 255, 0, 0, 255]);
});

test("the server's captcha is drawn legibly in block characters within the width asked", async () => {
  const captcha = createImageCaptcha({ secrets: { keyedHash: (a: string, b: string) => `${a}:${b}` } as never, newCode: () => 'KXP4M' });
  const issued = await captcha.issue({ flowId: 'flow', now: 0, locale: 'en', ip: '127.0.0.1' } as never);
  const src = issued.nodes.find((n) => n.type === 'image')!.src!;
  const image = decodePng(Buffer.from(src.slice(src.indexOf(',') + 1), 'base64'));
  assert.deepEqual([image.width, image.height], [240, 90]);
  const lines = renderBlocks(image, 48);
  assert.ok(lines.length >= 10 && lines.length <= 20, `${lines.length} lines`);
  assert.ok(lines.every((l) => [...l].length <= 48));
  const ink = lines.join('').replace(/ /g, '').length;
  assert.ok(ink > 100, `the glyphs are drawn (${ink} cells)`);
  assert.match(lines.join(''), /^[ ▘▝▀▖▌▞▛▗▚▐▜▄▙▟█]+$/u);
});

test('bad input is refused with a PngError, never a crash or a huge allocation', () => {
  const good = encodePng(4, 4, noise(48));
  const interlaced = Buffer.from(good);
  interlaced[8 + 8 + 12] = 1;
  const sixteenBit = Buffer.from(good);
  sixteenBit[8 + 8 + 8] = 16;
  const huge = Buffer.from(good);
  huge.writeUInt32BE(100_000, 16);
  huge.writeUInt32BE(100_000, 20);
  for (const bytes of [Buffer.from('not a png'), good.subarray(0, 40), interlaced, sixteenBit, huge]) {
    assert.throws(() => decodePng(bytes), PngError);
  }
  assert.throws(() => decodePng(good.subarray(0, 8)), PngError);
});
