// A simple captcha OCR of the kind the penetration test used (issue 14): glyphs segmented by colour and connected
// components, each matched against the font's own templates by pixel correlation. The test measures captchas with it.
import { inflateSync } from 'node:zlib';

export interface RgbImage {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/** PNG (8-bit RGB or grey, non-interlaced) to RGB pixels, all five row filters. */
export function decodePng(png: Buffer): RgbImage {
  let at = 8;
  let width = 0;
  let height = 0;
  let channels = 3;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      channels = data[9] === 0 ? 1 : 3;
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (out[(y - 1) * stride + x - channels] ?? 0) : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  if (channels === 3) return { width, height, rgb: out };
  const rgb = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) rgb.fill(out[i] ?? 0, i * 3, i * 3 + 3);
  return { width, height, rgb };
}

const lum = (img: RgbImage, i: number) =>
  0.299 * (img.rgb[i * 3] ?? 0) + 0.587 * (img.rgb[i * 3 + 1] ?? 0) + 0.114 * (img.rgb[i * 3 + 2] ?? 0);

/** Ink: clearly darker than the background, which is estimated from the border. */
function inkMask(img: RgbImage): Uint8Array {
  const border: number[] = [];
  for (let x = 0; x < img.width; x++) border.push(lum(img, x), lum(img, (img.height - 1) * img.width + x));
  border.sort((p, q) => p - q);
  const bg = border[Math.floor(border.length / 2)] ?? 255;
  const mask = new Uint8Array(img.width * img.height);
  for (let i = 0; i < mask.length; i++) mask[i] = lum(img, i) < bg * 0.5 ? 1 : 0;
  return mask;
}

interface Component {
  pixels: number[];
  minX: number;
  maxX: number;
  colour: [number, number, number];
}

/** 8-connected components of ink whose neighbours also share a colour (one flat colour per glyph). */
function components(img: RgbImage, mask: Uint8Array): Component[] {
  const seen = new Uint8Array(mask.length);
  const found: Component[] = [];
  const close = (i: number, j: number) => {
    let d = 0;
    for (let c = 0; c < 3; c++) d += ((img.rgb[i * 3 + c] ?? 0) - (img.rgb[j * 3 + c] ?? 0)) ** 2;
    return d < 45 ** 2;
  };
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    const pixels: number[] = [];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const i = stack.pop() as number;
      pixels.push(i);
      const x = i % img.width;
      const y = Math.floor(i / img.width);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= img.width || ny >= img.height) continue;
          const j = ny * img.width + nx;
          if (mask[j] && !seen[j] && close(i, j)) {
            seen[j] = 1;
            stack.push(j);
          }
        }
      }
    }
    found.push(describe(img, pixels));
  }
  return found;
}

function describe(img: RgbImage, pixels: number[]): Component {
  const xs = pixels.map((p) => p % img.width);
  const colour: [number, number, number] = [0, 1, 2].map(
    (c) => pixels.reduce((s, p) => s + (img.rgb[p * 3 + c] ?? 0), 0) / pixels.length,
  ) as [number, number, number];
  return { pixels, minX: Math.min(...xs), maxX: Math.max(...xs), colour };
}

/** Pieces a crossing stroke cut apart share their glyph's colour and column: joined again. */
function mergeByColour(img: RgbImage, parts: Component[], reach: number): Component[] {
  const merged = [...parts];
  for (let changed = true; changed;) {
    changed = false;
    outer: for (let i = 0; i < merged.length; i++) {
      for (let j = i + 1; j < merged.length; j++) {
        const a = merged[i] as Component;
        const b = merged[j] as Component;
        const d = Math.hypot(a.colour[0] - b.colour[0], a.colour[1] - b.colour[1], a.colour[2] - b.colour[2]);
        const gap = Math.max(a.minX, b.minX) - Math.min(a.maxX, b.maxX);
        if (d < 30 && gap < reach) {
          merged.splice(j, 1);
          merged[i] = describe(img, [...a.pixels, ...b.pixels]);
          changed = true;
          break outer;
        }
      }
    }
  }
  return merged;
}

const GRID_W = 14;
const GRID_H = 20;

/** A set of pixels cropped to its box and resampled to the template grid, mean-removed and unit length. */
function normalise(width: number, pixels: number[]): Float32Array {
  const xs = pixels.map((p) => p % width);
  const ys = pixels.map((p) => Math.floor(p / width));
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const w = Math.max(...xs) - x0 + 1;
  const h = Math.max(...ys) - y0 + 1;
  const grid = new Float32Array(GRID_W * GRID_H);
  for (let k = 0; k < pixels.length; k++) {
    const gx = Math.min(GRID_W - 1, Math.floor((((xs[k] ?? 0) - x0) * GRID_W) / w));
    const gy = Math.min(GRID_H - 1, Math.floor((((ys[k] ?? 0) - y0) * GRID_H) / h));
    grid[gy * GRID_W + gx] = (grid[gy * GRID_W + gx] ?? 0) + 1;
  }
  const mean = grid.reduce((s, v) => s + v, 0) / grid.length;
  let norm = 0;
  for (let i = 0; i < grid.length; i++) {
    grid[i] = (grid[i] ?? 0) - mean;
    norm += (grid[i] ?? 0) ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < grid.length; i++) grid[i] = (grid[i] ?? 0) / norm;
  return grid;
}

export type Templates = Map<string, Float32Array[]>;

/** Templates from clean renderings of single glyphs (the solver knows the font, as a targeted attacker would). */
export function buildTemplates(samples: Iterable<{ char: string; png: Buffer }>): Templates {
  const templates: Templates = new Map();
  for (const { char, png } of samples) {
    const img = decodePng(png);
    const mask = inkMask(img);
    const pixels = [...mask.keys()].filter((i) => mask[i]);
    if (pixels.length === 0) continue;
    templates.set(char, [...(templates.get(char) ?? []), normalise(img.width, pixels)]);
  }
  return templates;
}

function recognise(templates: Templates, grid: Float32Array): string {
  let best = '?';
  let bestScore = -Infinity;
  for (const [char, list] of templates) {
    for (const t of list) {
      let score = 0;
      for (let i = 0; i < grid.length; i++) score += (grid[i] ?? 0) * (t[i] ?? 0);
      if (score > bestScore) {
        bestScore = score;
        best = char;
      }
    }
  }
  return best;
}

/** Reads `length` characters: the largest colour components left to right, wide ones split evenly when too few. */
export function solve(png: Buffer, length: number, templates: Templates): string {
  const img = decodePng(png);
  const minSize = (img.width * img.height) / 400;
  const pieces = components(img, inkMask(img)).filter((c) => c.pixels.length >= 4);
  let parts = mergeByColour(img, pieces, img.width / length / 4)
    .filter((c) => c.pixels.length >= minSize)
    .sort((a, b) => b.pixels.length - a.pixels.length)
    .slice(0, length);
  while (parts.length > 0 && parts.length < length) {
    // Touching glyphs came out as one: cut the widest in two at its middle column.
    parts.sort((a, b) => b.maxX - b.minX - (a.maxX - a.minX));
    const [wide, ...rest] = parts as [Component, ...Component[]];
    const mid = (wide.minX + wide.maxX) / 2;
    const left = wide.pixels.filter((p) => p % img.width <= mid);
    const right = wide.pixels.filter((p) => p % img.width > mid);
    if (!left.length || !right.length) break;
    parts = [...rest, describe(img, left), describe(img, right)];
  }
  parts.sort((a, b) => a.minX + a.maxX - (b.minX + b.maxX));
  return parts.map((c) => recognise(templates, normalise(img.width, c.pixels))).join('');
}
