// Decides where each glyph stroke and clutter stroke goes, bent and warped, so the renderer only has to paint them.
// What defeats simple OCR is here: touching glyphs, clutter in the glyph colour crossing them, varying stroke width,
// per-glyph rotation, shear and bend, and a wave over the whole picture.
import { randomBytes } from 'node:crypto';
import { glyphStrokes, type Stroke } from './stroke-font.js';

/** Uniform in [0, 1). */
export type Random = () => number;
export type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

/** A polyline in image pixels with a width at each point. */
export interface InkStroke {
  points: Point[];
  widths: number[];
}

export interface CaptchaLayout {
  width: number;
  height: number;
  /** Left and right background colours, blended across. */
  background: readonly [Rgb, Rgb];
  /** One ink for glyphs and clutter alike, so colour says nothing about which stroke belongs to which glyph. */
  ink: Rgb;
  /** Per-pixel colour jitter, 0..255, for ink and background. */
  noise: number;
  strokes: InkStroke[];
}

export interface GlyphPlacement {
  char: string;
  /** Image position of the glyph box centre, and the box size in pixels. */
  cx: number;
  cy: number;
  boxWidth: number;
  boxHeight: number;
  /** Radians. */
  angle: number;
  shear: number;
  /** Sideways bend of the glyph, in box widths, and where along the height it peaks. */
  bend: number;
  bendPhase: number;
  /** Stroke width in pixels, swinging by ±widthSwing along each stroke from widthPhase. */
  strokeWidth: number;
  widthSwing: number;
  widthPhase: number;
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

/** Splits a polyline so bends and warps act along it, not only at its corners. */
function densify(stroke: Stroke, step: number): Point[] {
  const out: Point[] = [];
  for (let k = 1; k < stroke.length; k++) {
    const [ax, ay] = stroke[k - 1] as Point;
    const [bx, by] = stroke[k] as Point;
    const n = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / step));
    for (let i = k === 1 ? 0 : 1; i <= n; i++) out.push([ax + ((bx - ax) * i) / n, ay + ((by - ay) * i) / n]);
  }
  return out;
}

/** One glyph's strokes in image pixels. */
export function placeGlyph(g: GlyphPlacement): InkStroke[] {
  const cos = Math.cos(g.angle);
  const sin = Math.sin(g.angle);
  return glyphStrokes(g.char).map((stroke) => {
    const points = densify(stroke, 0.05);
    let travelled = 0;
    const widths: number[] = [];
    const placed = points.map(([u, v], i) => {
      if (i > 0) travelled += Math.hypot(u - (points[i - 1]?.[0] ?? u), v - (points[i - 1]?.[1] ?? v));
      widths.push(g.strokeWidth * (1 + g.widthSwing * Math.sin(travelled * 5 + g.widthPhase)));
      const bent = u + g.bend * Math.sin(Math.PI * v + g.bendPhase);
      const du = (bent - 0.5 + g.shear * (v - 0.5)) * g.boxWidth;
      const dv = (v - 0.5) * g.boxHeight;
      return [g.cx + du * cos - dv * sin, g.cy + du * sin + dv * cos] as const;
    });
    return { points: placed, widths };
  });
}

/** A smooth random curve across part of the image, about as thick as the glyph strokes. */
function clutterStroke(random: Random, x0: number, x1: number, yMid: number, spread: number, width: number): InkStroke {
  const y0 = yMid + between(random, -spread, spread);
  const slope = between(random, -0.35, 0.35);
  const amplitude = between(random, 3, 10);
  const frequency = between(random, 0.03, 0.09);
  const phase = between(random, 0, Math.PI * 2);
  const points: Point[] = [];
  const widths: number[] = [];
  for (let x = x0; x <= x1; x += 3) {
    points.push([x, y0 + slope * (x - (x0 + x1) / 2) + amplitude * Math.sin(frequency * x + phase)]);
    widths.push(width * (1 + 0.35 * Math.sin(x * 0.15 + phase)));
  }
  return { points, widths };
}

/** A gentle wave over the whole picture, so even a glyph's straight strokes curve. */
function warp(random: Random, width: number, height: number): (p: Point) => Point {
  const ax = between(random, 1.5, 3.5);
  const ay = between(random, 2.5, 5);
  const fx = (Math.PI * 2) / between(random, height * 1.2, height * 2.2);
  const fy = (Math.PI * 2) / between(random, width * 0.35, width * 0.7);
  const px = between(random, 0, Math.PI * 2);
  const py = between(random, 0, Math.PI * 2);
  return ([x, y]) => [x + ax * Math.sin(fx * y + px), y + ay * Math.sin(fy * x + py)];
}

function darkInk(random: Random): Rgb {
  // Dark enough to stand far from the light background for any hue, which people need and OCR does not mind.
  const hue = Math.floor(random() * 3);
  const c: [number, number, number] = [between(random, 15, 55), between(random, 15, 55), between(random, 15, 55)].map(
    Math.floor,
  ) as [number, number, number];
  c[hue] = Math.floor(between(random, 50, 110));
  return c;
}

function lightTone(random: Random): Rgb {
  const base = between(random, 225, 248);
  return [0, 1, 2].map(() => Math.floor(base + between(random, -7, 7))) as unknown as Rgb;
}

export function layoutCaptcha(code: string, random: Random = cryptoRandom, width = 240, height = 90): CaptchaLayout {
  const margin = 12;
  const step = (width - 2 * margin) / code.length;
  const strokeWidth = between(random, 3.0, 3.8);
  const strokes: InkStroke[] = [];
  [...code].forEach((char, i) => {
    const boxHeight = height * between(random, 0.52, 0.6);
    strokes.push(
      ...placeGlyph({
        char,
        // Neighbours' boxes overlap: glyphs touch, so they cannot be cut apart by gaps or components.
        cx: margin + step * (i + 0.5) + between(random, -step * 0.08, step * 0.08),
        cy: height / 2 + between(random, -height * 0.08, height * 0.08),
        boxWidth: boxHeight * between(random, 0.64, 0.76),
        boxHeight,
        angle: between(random, -0.22, 0.22),
        shear: between(random, -0.18, 0.18),
        bend: between(random, -0.08, 0.08),
        bendPhase: between(random, 0, Math.PI),
        strokeWidth,
        widthSwing: between(random, 0.2, 0.4),
        widthPhase: between(random, 0, Math.PI * 2),
      }),
    );
  });
  // Clutter crosses the text band in the glyph ink and width: ink alone cannot tell a glyph from a line.
  // Only long strokes: a short one reads as part of a glyph (a T with a stray stroke is a Y), a long one as a line.
  for (let i = 0; i < 2; i++)
    strokes.push(clutterStroke(random, 0, width, height / 2, height * 0.2, strokeWidth * 0.55));
  const bent = warp(random, width, height);
  for (const s of strokes) s.points = s.points.map(bent);
  return {
    width,
    height,
    background: [lightTone(random), lightTone(random)],
    ink: darkInk(random),
    noise: 28,
    strokes,
  };
}
