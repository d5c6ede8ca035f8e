// A small line chart of a series over time as SVG markup (check-ins per minute): the line, the area under it, and a
// dot on the latest value. Pure: the same numbers give the same markup.
import { coord, svgFrame, type ChartText } from './svg.js';

export interface SparklineInput extends ChartText {
  /** Oldest first; at least one value (an empty series draws a flat line at zero). */
  values: readonly number[];
  width?: number;
  height?: number;
}

const PAD = 3;

export function sparkline(input: SparklineInput): string {
  const width = input.width ?? 240;
  const height = input.height ?? 48;
  const values = (input.values.length > 0 ? input.values : [0]).map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 2 * PAD) / (values.length - 1) : 0;
  const x = (i: number) => PAD + i * step;
  const y = (v: number) => height - PAD - (v / max) * (height - 2 * PAD);
  const points = values.map((v, i) => `${coord(x(i))},${coord(y(v))}`);
  const last = values.length - 1;
  const baseline = coord(height - PAD);
  const area = `M${coord(x(0))},${baseline} L${points.join(' L')} L${coord(x(last))},${baseline} Z`;
  const body =
    `<path d="${area}" fill="#dbe7f5"/>` +
    `<polyline points="${points.join(' ')}" fill="none" stroke="#1f5fa8" stroke-width="1.5"/>` +
    `<circle cx="${coord(x(last))}" cy="${coord(y(values[last]!))}" r="2.5" fill="#1f5fa8"/>`;
  return svgFrame(input, width, height, body);
}
