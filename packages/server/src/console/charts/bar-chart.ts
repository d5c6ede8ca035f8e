// A horizontal bar chart as SVG markup, made on the server: one row per label, one bar per series, values written at
// the bars' ends (so the chart reads without colour), every text escaped.
import { coord, escapeXml, SERIES_COLOURS, svgFrame, type ChartText } from './svg.js';

export interface BarRow {
  label: string;
  values: readonly number[];
}

export interface BarChartInput extends ChartText {
  /** Series names, in the order of each row's values (one series: a plain bar chart). */
  series: readonly string[];
  rows: readonly BarRow[];
  width?: number;
  /** How a value is written (the page's locale); plain digits when omitted. */
  format?: (n: number) => string;
}

const LABEL_WIDTH = 140;
const VALUE_ROOM = 60;
const BAR = 16;
const GAP = 10;
const LEGEND = 24;

/** Labels longer than fit are shortened; the full text stays in the table the page shows beside the chart. */
const fit = (label: string, max = 20) => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

export function barChart(input: BarChartInput): string {
  const width = input.width ?? 480;
  const format = input.format ?? ((n: number) => String(n));
  const series = input.series.length > 0 ? input.series : [''];
  const legend = series.length > 1 ? LEGEND : 0;
  const groupHeight = series.length * BAR + GAP;
  const height = Math.max(legend + input.rows.length * groupHeight + GAP, legend + 2 * GAP);
  const max = Math.max(1, ...input.rows.flatMap((r) => r.values.map((v) => (Number.isFinite(v) ? v : 0))));
  const room = width - LABEL_WIDTH - VALUE_ROOM;
  const parts: string[] = [];

  if (legend)
    series.forEach((name, i) => {
      const x = LABEL_WIDTH + i * 120;
      parts.push(
        `<rect x="${coord(x)}" y="6" width="12" height="12" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/>` +
          `<text x="${coord(x + 16)}" y="16" font-size="12">${escapeXml(fit(name, 14))}</text>`,
      );
    });

  input.rows.forEach((row, r) => {
    const top = legend + GAP / 2 + r * groupHeight;
    parts.push(
      `<text x="${coord(LABEL_WIDTH - 6)}" y="${coord(top + (series.length * BAR) / 2 + 4)}" font-size="12" text-anchor="end">${escapeXml(fit(row.label))}</text>`,
    );
    series.forEach((_, i) => {
      const raw = row.values[i] ?? 0;
      const value = Number.isFinite(raw) && raw > 0 ? raw : 0;
      const length = (value / max) * room;
      const y = top + i * BAR;
      parts.push(
        `<rect x="${coord(LABEL_WIDTH)}" y="${coord(y + 1)}" width="${coord(Math.max(length, value > 0 ? 1 : 0))}" height="${coord(BAR - 2)}" fill="${SERIES_COLOURS[i % SERIES_COLOURS.length]}"/>` +
          `<text x="${coord(LABEL_WIDTH + length + 4)}" y="${coord(y + BAR - 3)}" font-size="11">${escapeXml(format(value))}</text>`,
      );
    });
  });

  return svgFrame(input, width, height, parts.join(''));
}
