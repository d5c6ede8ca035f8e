// Decides where and how each glyph and noise stroke goes, once, so the PNG and SVG renderers draw the same picture.
import { randomBytes } from 'node:crypto';
import { GLYPH_HEIGHT, GLYPH_WIDTH } from './bitmap-font.js';

/** Uniform in [0, 1). */
export type Random = () => number;
export type Rgb = readonly [number, number, number];

export interface GlyphPlacement {
  char: string;
  /** Image position of the glyph centre. */
  cx: number;
  cy: number;
  /** Pixels per font cell. */
  scale: number;
  /** Radians; with the shear, what keeps every glyph from matching a template exactly. */
  angle: number;
  shear: number;
  ink: Rgb;
}

export interface NoiseLine {
  points: ReadonlyArray<readonly [number, number]>;
  width: number;
  color: Rgb;
  /** Drawn over the glyphs rather than under them. */
  over: boolean;
}

export interface NoiseDot {
  x: number;
  y: number;
  r: number;
  color: Rgb;
}

export interface CaptchaLayout {
  width: number;
  height: number;
  background: Rgb;
  glyphs: GlyphPlacement[];
  lines: NoiseLine[];
  dots: NoiseDot[];
}

/** Layout noise comes from the CSPRNG too, so nothing about one image predicts the next. */
export const cryptoRandom: Random = (() => {
  // Buffered because a layout draws hundreds of numbers and one syscall each would dominate its cost.
  let pool = Buffer.alloc(0);
  let at = 0;
  return () => {
    if (at + 4 > pool.length) {
      pool = randomBytes(4096);
      at = 0;
    }
    const value = pool.readUInt32BE(at) / 2 ** 32;
    at += 4;
    return value;
  };
})();

const between = (random: Random, lo: number, hi: number) => lo + random() * (hi - lo);

function darkInk(random: Random): Rgb {
  // Dark and saturated enough to stay far from the light background for any hue.
  const hue = Math.floor(random() * 3);
  const c: [number, number, number] = [
    Math.floor(between(random, 10, 70)),
    Math.floor(between(random, 10, 70)),
    Math.floor(between(random, 10, 70)),
  ];
  c[hue] = Math.floor(between(random, 60, 130));
  return c;
}

function midTone(random: Random): Rgb {
  const base = between(random, 120, 185);
  return [
    Math.floor(base + between(random, -30, 30)),
    Math.floor(base + between(random, -30, 30)),
    Math.floor(base + between(random, -30, 30)),
  ];
}

function wavyLine(random: Random, width: number, height: number): Array<readonly [number, number]> {
  const y0 = between(random, height * 0.2, height * 0.8);
  const slope = between(random, -0.25, 0.25);
  const amplitude = between(random, 2, 8);
  const frequency = between(random, 0.02, 0.08);
  const phase = between(random, 0, Math.PI * 2);
  const points: Array<readonly [number, number]> = [];
  for (let x = -4; x <= width + 4; x += 8) {
    points.push([x, y0 + slope * (x - width / 2) + amplitude * Math.sin(frequency * x + phase)]);
  }
  return points;
}

export function layoutCaptcha(code: string, random: Random = cryptoRandom, width = 160, height = 60): CaptchaLayout {
  const margin = 8;
  const step = (width - 2 * margin) / code.length;
  // Capped at 4 px per cell so short codes do not turn into huge, easy-to-segment blocks.
  const baseScale = Math.min(4, step / (GLYPH_WIDTH + 2), (height - 12) / GLYPH_HEIGHT);

  const glyphs: GlyphPlacement[] = [...code].map((char, i) => ({
    char,
    cx: margin + step * (i + 0.5) + between(random, -step * 0.12, step * 0.12),
    cy: height / 2 + between(random, -height * 0.12, height * 0.12),
    scale: baseScale * between(random, 0.88, 1.08),
    angle: between(random, -0.25, 0.25),
    shear: between(random, -0.2, 0.2),
    ink: darkInk(random),
  }));

  const lines: NoiseLine[] = [];
  for (let i = 0; i < 4; i++) {
    lines.push({ points: wavyLine(random, width, height), width: between(random, 1.5, 3), color: midTone(random), over: false });
  }
  // Thin strokes over the glyphs join neighbours so simple connected-component segmentation fails.
  for (let i = 0; i < 2; i++) {
    lines.push({ points: wavyLine(random, width, height), width: between(random, 0.9, 1.4), color: midTone(random), over: true });
  }

  const dots: NoiseDot[] = [];
  for (let i = 0; i < 70; i++) {
    dots.push({ x: between(random, 0, width), y: between(random, 0, height), r: between(random, 0.5, 1.3), color: midTone(random) });
  }

  const bg = between(random, 232, 250);
  const background: Rgb = [Math.floor(bg), Math.floor(bg - between(random, 0, 8)), Math.floor(bg - between(random, 0, 12))];
  return { width, height, background, glyphs, lines, dots };
}

/** Font cell coordinates (u across, v down) to image coordinates for one placed glyph. */
export function glyphToImage(g: GlyphPlacement, u: number, v: number): [number, number] {
  const dv = (v - GLYPH_HEIGHT / 2) * g.scale;
  const du = (u - GLYPH_WIDTH / 2 + g.shear * (v - GLYPH_HEIGHT / 2)) * g.scale;
  const cos = Math.cos(g.angle);
  const sin = Math.sin(g.angle);
  return [g.cx + du * cos - dv * sin, g.cy + du * sin + dv * cos];
}

/** The inverse of glyphToImage, for rasterising by sampling. */
export function imageToGlyph(g: GlyphPlacement, x: number, y: number): [number, number] {
  const cos = Math.cos(g.angle);
  const sin = Math.sin(g.angle);
  const dx = x - g.cx;
  const dy = y - g.cy;
  const du = (dx * cos + dy * sin) / g.scale;
  const dv = (-dx * sin + dy * cos) / g.scale;
  const v = dv + GLYPH_HEIGHT / 2;
  return [du - g.shear * dv + GLYPH_WIDTH / 2, v];
}
