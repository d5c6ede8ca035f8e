// What the console's charts share: XML escaping of every text and attribute, and the accessible frame of a chart.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an XML text node or a quoted attribute. */
export const escapeXml = (value: string): string => value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A number as an SVG coordinate: finite, at most two decimals (no `NaN` or exponent ever reaches the markup). */
export const coord = (n: number): string => (Number.isFinite(n) ? String(Math.round(n * 100) / 100) : '0');

export interface ChartText {
  /** Read first by assistive technology, and shown as a tooltip. */
  title: string;
  /** The figures in a sentence; the page also shows them as a table. */
  description: string;
  /** Unique in the page: the id prefix of the title and description elements. */
  id: string;
}

/** The `<svg>` element around a chart's shapes: an image named by its title and described by its description. */
export function svgFrame(text: ChartText, width: number, height: number, body: string): string {
  const id = escapeXml(text.id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="${coord(width)}" height="${coord(height)}"` +
    ` viewBox="0 0 ${coord(width)} ${coord(height)}" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeXml(text.title)}</title><desc id="${id}-desc">${escapeXml(text.description)}</desc>` +
    `${body}</svg>`
  );
}

/** Colours with enough contrast on white (WCAG 3:1 for graphics), one per series. */
export const SERIES_COLOURS = ['#1f5fa8', '#b3261e', '#6b4f00', '#1e6b3a'] as const;
