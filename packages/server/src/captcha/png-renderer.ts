// Paints a captcha layout into RGB pixels (anti-aliased by distance to each stroke) and encodes it as PNG.
import { cryptoRandom, type CaptchaLayout, type InkStroke, type Random } from './captcha-layout.js';
import { encodePng } from './png-encoder.js';

/** Raises `coverage` to each pixel's ink cover by this stroke (max, not sum: crossings are not darker). */
function paintStroke(coverage: Float32Array, width: number, height: number, stroke: InkStroke): void {
  for (let k = 1; k < stroke.points.length; k++) {
    const [ax, ay] = stroke.points[k - 1] ?? [0, 0];
    const [bx, by] = stroke.points[k] ?? [0, 0];
    const wa = (stroke.widths[k - 1] ?? 0) / 2;
    const wb = (stroke.widths[k] ?? 0) / 2;
    const reach = Math.max(wa, wb) + 1;
    const vx = bx - ax;
    const vy = by - ay;
    const len2 = vx * vx + vy * vy;
    const x0 = Math.max(0, Math.floor(Math.min(ax, bx) - reach));
    const x1 = Math.min(width - 1, Math.ceil(Math.max(ax, bx) + reach));
    const y0 = Math.max(0, Math.floor(Math.min(ay, by) - reach));
    const y1 = Math.min(height - 1, Math.ceil(Math.max(ay, by) + reach));
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const px = x + 0.5;
        const py = y + 0.5;
        const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
        const d = Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
        const alpha = Math.min(1, wa + (wb - wa) * t + 0.5 - d);
        const i = y * width + x;
        if (alpha > (coverage[i] ?? 0)) coverage[i] = alpha;
      }
    }
  }
}

export function renderPng(layout: CaptchaLayout, random: Random = cryptoRandom): Buffer {
  const { width, height, background, ink, noise } = layout;
  const coverage = new Float32Array(width * height);
  for (const stroke of layout.strokes) paintStroke(coverage, width, height, stroke);
  const rgb = new Uint8Array(width * height * 3);
  const jitter = () => (random() - 0.5) * noise;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const a = coverage[i] ?? 0;
      const across = x / (width - 1);
      for (let c = 0; c < 3; c++) {
        const bg = (background[0][c] ?? 0) * (1 - across) + (background[1][c] ?? 0) * across + jitter() * 0.5;
        const fg = (ink[c] ?? 0) + jitter();
        rgb[i * 3 + c] = Math.max(0, Math.min(255, Math.round(bg + (fg - bg) * a)));
      }
    }
  }
  return encodePng(width, height, rgb);
}
