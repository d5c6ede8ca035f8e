// Draws an image in the terminal with quadrant block characters: each character cell shows 2×2 dark/light dots.
import type { RgbaImage } from './png-decode.js';

// Index bits: 1 upper-left, 2 upper-right, 4 lower-left, 8 lower-right.
const QUADRANTS = [' ', '▘', '▝', '▀', '▖', '▌', '▞', '▛', '▗', '▚', '▐', '▜', '▄', '▙', '▟', '█'];

/** Luminance 0..255 of every pixel, composited over white. */
function luminance(image: RgbaImage): Float32Array {
  const out = new Float32Array(image.width * image.height);
  for (let i = 0; i < out.length; i++) {
    const o = i * 4;
    const alpha = image.rgba[o + 3]! / 255;
    const y = 0.2126 * image.rgba[o]! + 0.7152 * image.rgba[o + 1]! + 0.0722 * image.rgba[o + 2]!;
    out[i] = y * alpha + 255 * (1 - alpha);
  }
  return out;
}

/** Area-average downscale to w×h. */
function resample(src: Float32Array, sw: number, sh: number, w: number, h: number): Float32Array {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor((y * sh) / h);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sh) / h));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor((x * sw) / w);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * sw) / w));
      let sum = 0;
      for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += src[yy * sw + xx]!;
      out[y * w + x] = sum / ((y1 - y0) * (x1 - x0));
    }
  }
  return out;
}

/** Otsu's threshold: the grey level that best splits ink from background. */
function otsu(values: ArrayLike<number>): number {
  const histogram = new Array<number>(256).fill(0);
  for (let i = 0; i < values.length; i++) histogram[Math.min(255, Math.max(0, Math.round(values[i]!)))]! += 1;
  const total = values.length;
  let sumAll = 0;
  for (let i = 0; i < 256; i++) sumAll += i * histogram[i]!;
  let sumBelow = 0;
  let countBelow = 0;
  let best = 128;
  let bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    countBelow += histogram[t]!;
    if (countBelow === 0) continue;
    const countAbove = total - countBelow;
    if (countAbove === 0) break;
    sumBelow += t * histogram[t]!;
    const meanBelow = sumBelow / countBelow;
    const meanAbove = (sumAll - sumBelow) / countAbove;
    const variance = countBelow * countAbove * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t;
    }
  }
  return best;
}

/** Lines of block characters, at most `columns` wide; dark pixels are drawn as filled dots. */
export function renderBlocks(image: RgbaImage, columns = 48): string[] {
  const dotsWide = Math.min(image.width, columns * 2) & ~1;
  // A cell is about twice as tall as wide, so a 2×2 quadrant keeps dots roughly square.
  const dotsHigh = Math.max(2, Math.round((dotsWide * image.height) / image.width / 2) * 2);
  const grey = resample(luminance(image), image.width, image.height, dotsWide, dotsHigh);
  // Codes are drawn in dark ink over mid-tone noise on a light ground: the first split separates the ground,
  // the second (within what is not ground) keeps the ink and drops most of the noise.
  const notGround = otsu(grey);
  const threshold = otsu(grey.filter((v) => v <= notGround));
  const dark = (x: number, y: number) => grey[y * dotsWide + x]! <= threshold;
  const lines: string[] = [];
  for (let y = 0; y < dotsHigh; y += 2) {
    let line = '';
    for (let x = 0; x < dotsWide; x += 2) {
      const index = (dark(x, y) ? 1 : 0) | (dark(x + 1, y) ? 2 : 0) | (dark(x, y + 1) ? 4 : 0) | (dark(x + 1, y + 1) ? 8 : 0);
      line += QUADRANTS[index];
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
