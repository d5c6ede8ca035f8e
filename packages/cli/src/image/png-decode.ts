// Decodes a non-interlaced 8-bit PNG (grey, grey+alpha, RGB, RGBA, palette) into RGBA pixels with node:zlib alone.
import { inflateSync } from 'node:zlib';

export interface RgbaImage {
  width: number;
  height: number;
  /** width*height*4 bytes, row by row. */
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
// Far beyond any captcha; keeps a hostile header from asking for gigabytes.
const MAX_PIXELS = 4096 * 4096;

export class PngError extends Error {}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Reverses the per-row filters in place; `raw` holds (1 + stride) bytes per row. */
function unfilter(raw: Uint8Array, height: number, stride: number, bpp: number): Uint8Array {
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const type = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[src + x]!;
      const a = x >= bpp ? out[row + x - bpp]! : 0;
      const b = y > 0 ? out[prev + x]! : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp]! : 0;
      let predicted: number;
      switch (type) {
        case 0: predicted = 0; break;
        case 1: predicted = a; break;
        case 2: predicted = b; break;
        case 3: predicted = (a + b) >> 1; break;
        case 4: predicted = paeth(a, b, c); break;
        default: throw new PngError(`unknown PNG filter ${type}`);
      }
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

export function decodePng(bytes: Uint8Array): RgbaImage {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 8 || SIGNATURE.some((v, i) => buf[i] !== v)) throw new PngError('not a PNG image');
  let at = 8;
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | undefined;
  let palette: Buffer | undefined;
  const data: Buffer[] = [];
  while (at + 8 <= buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('ascii', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (body.length !== length) throw new PngError('truncated PNG chunk');
    at += 12 + length;
    if (type === 'IHDR') {
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8]!, colour: body[9]!, interlace: body[12]! };
    } else if (type === 'PLTE') palette = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
  }
  if (!header) throw new PngError('PNG without a header');
  const { width, height, depth, colour, interlace } = header;
  const channels = CHANNELS[colour];
  if (depth !== 8 || channels === undefined) throw new PngError(`unsupported PNG: bit depth ${depth}, colour type ${colour}`);
  if (interlace !== 0) throw new PngError('interlaced PNG images are not supported');
  if (width === 0 || height === 0 || width * height > MAX_PIXELS) throw new PngError('PNG size out of range');
  if (colour === 3 && !palette) throw new PngError('palette PNG without a palette');
  const stride = width * channels;
  let raw: Buffer;
  try {
    // The output bound keeps a deflate bomb from filling memory.
    raw = inflateSync(Buffer.concat(data), { maxOutputLength: height * (stride + 1) + 1024 });
  } catch (error) {
    throw new PngError(`PNG image data cannot be read (${(error as Error).message})`);
  }
  if (raw.length < height * (stride + 1)) throw new PngError('PNG image data is too short');
  const pixels = unfilter(raw, height, stride, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    const o = i * 4;
    if (colour === 0 || colour === 4) {
      rgba[o] = rgba[o + 1] = rgba[o + 2] = pixels[p]!;
      rgba[o + 3] = colour === 4 ? pixels[p + 1]! : 255;
    } else if (colour === 3) {
      const index = pixels[p]! * 3;
      rgba[o] = palette![index] ?? 0;
      rgba[o + 1] = palette![index + 1] ?? 0;
      rgba[o + 2] = palette![index + 2] ?? 0;
      rgba[o + 3] = 255;
    } else {
      rgba[o] = pixels[p]!;
      rgba[o + 1] = pixels[p + 1]!;
      rgba[o + 2] = pixels[p + 2]!;
      rgba[o + 3] = colour === 6 ? pixels[p + 3]! : 255;
    }
  }
  return { width, height, rgba };
}
