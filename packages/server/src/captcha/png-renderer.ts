// Rasterises a captcha layout into RGB pixels (anti-aliased, supersampled) and encodes it as PNG.
import { GLYPH_HEIGHT, GLYPH_WIDTH, INK_BLEED, inkAt } from './bitmap-font.js';
import { glyphToImage, imageToGlyph, type CaptchaLayout, type NoiseLine, type Rgb } from './captcha-layout.js';
import { encodePng } from './png-encoder.js';

class Canvas {
  readonly rgb: Uint8Array;
  constructor(readonly width: number, readonly height: number, background: Rgb) {
    this.rgb = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.rgb.set(background, i * 3);
  }

  blend(x: number, y: number, color: Rgb, alpha: number): void {
    if (alpha <= 0 || x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const a = Math.min(1, alpha);
    const i = (y * this.width + x) * 3;
    for (let c = 0; c < 3; c++) {
      const old = this.rgb[i + c] ?? 0;
      this.rgb[i + c] = Math.round(old + ((color[c] ?? 0) - old) * a);
    }
  }
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}

function drawLine(canvas: Canvas, line: NoiseLine): void {
  const half = line.width / 2;
  const reach = half + 1;
  const { width, height } = canvas;
  // Nearest distance to the polyline per pixel, so joints are blended once and each segment only scans its own box.
  const nearest = new Float32Array(width * height).fill(Infinity);
  for (let k = 1; k < line.points.length; k++) {
    const a = line.points[k - 1];
    const b = line.points[k];
    if (!a || !b) continue;
    const x0 = Math.max(0, Math.floor(Math.min(a[0], b[0]) - reach));
    const x1 = Math.min(width - 1, Math.ceil(Math.max(a[0], b[0]) + reach));
    const y0 = Math.max(0, Math.floor(Math.min(a[1], b[1]) - reach));
    const y1 = Math.min(height - 1, Math.ceil(Math.max(a[1], b[1]) + reach));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const d = distanceToSegment(x + 0.5, y + 0.5, a[0], a[1], b[0], b[1]);
        if (d < (nearest[y * width + x] ?? Infinity)) nearest[y * width + x] = d;
      }
    }
  }
  for (let i = 0; i < nearest.length; i++) {
    const d = nearest[i] ?? Infinity;
    if (d < reach) canvas.blend(i % width, Math.floor(i / width), line.color, half + 0.5 - d);
  }
}

const SAMPLES = 3;

function drawGlyphs(canvas: Canvas, layout: CaptchaLayout): void {
  for (const g of layout.glyphs) {
    const corners = [
      glyphToImage(g, -INK_BLEED, -INK_BLEED),
      glyphToImage(g, GLYPH_WIDTH + INK_BLEED, -INK_BLEED),
      glyphToImage(g, -INK_BLEED, GLYPH_HEIGHT + INK_BLEED),
      glyphToImage(g, GLYPH_WIDTH + INK_BLEED, GLYPH_HEIGHT + INK_BLEED),
    ];
    const x0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[0]))));
    const x1 = Math.min(canvas.width - 1, Math.ceil(Math.max(...corners.map((c) => c[0]))));
    const y0 = Math.max(0, Math.floor(Math.min(...corners.map((c) => c[1]))));
    const y1 = Math.min(canvas.height - 1, Math.ceil(Math.max(...corners.map((c) => c[1]))));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            const [u, v] = imageToGlyph(g, x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
            if (inkAt(g.char, u, v)) hits++;
          }
        }
        canvas.blend(x, y, g.ink, hits / (SAMPLES * SAMPLES));
      }
    }
  }
}

export function renderPng(layout: CaptchaLayout): Buffer {
  const canvas = new Canvas(layout.width, layout.height, layout.background);
  for (const line of layout.lines) if (!line.over) drawLine(canvas, line);
  drawGlyphs(canvas, layout);
  for (const line of layout.lines) if (line.over) drawLine(canvas, line);
  for (const dot of layout.dots) {
    for (let y = Math.floor(dot.y - dot.r - 1); y <= Math.ceil(dot.y + dot.r + 1); y++) {
      for (let x = Math.floor(dot.x - dot.r - 1); x <= Math.ceil(dot.x + dot.r + 1); x++) {
        canvas.blend(x, y, dot.color, dot.r + 0.5 - Math.hypot(x + 0.5 - dot.x, y + 0.5 - dot.y));
      }
    }
  }
  return encodePng(layout.width, layout.height, canvas.rgb);
}
