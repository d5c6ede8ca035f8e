// Draws a captcha layout as SVG shapes from the bitmap font; no <text>, so the markup never spells the code.
import { GLYPH_HEIGHT, GLYPH_WIDTH, INK_BLEED, isInk } from './bitmap-font.js';
import { cryptoRandom, glyphToImage, type CaptchaLayout, type GlyphPlacement, type NoiseLine, type Random, type Rgb } from './captcha-layout.js';

const num = (n: number) => (Math.round(n * 10) / 10).toString();
const color = (c: Rgb) => `rgb(${c[0]},${c[1]},${c[2]})`;

function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

/** One polygon per horizontal run of ink, in shuffled order, so the path does not read row by row. */
function glyphPath(g: GlyphPlacement, random: Random): string {
  const runs: string[] = [];
  for (let v = 0; v < GLYPH_HEIGHT; v++) {
    let u = 0;
    while (u < GLYPH_WIDTH) {
      if (!isInk(g.char, u, v)) {
        u++;
        continue;
      }
      const start = u;
      while (u < GLYPH_WIDTH && isInk(g.char, u, v)) u++;
      const corners = [
        glyphToImage(g, start - INK_BLEED, v - INK_BLEED),
        glyphToImage(g, u + INK_BLEED, v - INK_BLEED),
        glyphToImage(g, u + INK_BLEED, v + 1 + INK_BLEED),
        glyphToImage(g, start - INK_BLEED, v + 1 + INK_BLEED),
      ];
      runs.push(`M${corners.map(([x, y]) => `${num(x)} ${num(y)}`).join('L')}Z`);
    }
  }
  return `<path fill="${color(g.ink)}" d="${shuffle(runs, random).join('')}"/>`;
}

function linePath(line: NoiseLine): string {
  const d = line.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${num(x)} ${num(y)}`).join('');
  return `<path fill="none" stroke="${color(line.color)}" stroke-width="${num(line.width)}" stroke-linecap="round" stroke-linejoin="round" d="${d}"/>`;
}

export function renderSvg(layout: CaptchaLayout, random: Random = cryptoRandom): string {
  const { width, height } = layout;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${color(layout.background)}"/>`,
    ...layout.lines.filter((l) => !l.over).map(linePath),
    // Document order is shuffled too, so reading order has to come from the geometry.
    ...shuffle(layout.glyphs.map((g) => glyphPath(g, random)), random),
    ...layout.lines.filter((l) => l.over).map(linePath),
    ...layout.dots.map((d) => `<circle cx="${num(d.x)}" cy="${num(d.y)}" r="${num(d.r)}" fill="${color(d.color)}"/>`),
    '</svg>',
  ];
  return parts.join('');
}
