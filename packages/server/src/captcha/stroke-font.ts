// The captcha's own font: each glyph is a few strokes (polylines in a unit box), drawn later with a varying width, so
// no two renderings of a character share their pixels and there is no fixed bitmap for an OCR to match.

/** A polyline in the glyph box: x across 0..1, y down 0..1. */
export type Stroke = ReadonlyArray<readonly [number, number]>;

/**
 * Characters that stay apart when bent and crossed. Dropped on purpose: 0 O Q (round), 1 I L (bars), 2 Z, 5 S, 6 G,
 * 8 B, 9 (read as A, issue 14), W (read as A or M), U V (each other), F (an E once clutter crosses its foot), R (a P
 * with a stray line).
 */
export const CAPTCHA_ALPHABET = '347ACDEHJKMNPTXY';

/** Points on an ellipse from one angle to another, in degrees (0 = right, 90 = down, as the y axis points down). */
function arc(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  from: number,
  to: number,
  steps = 10,
): Array<[number, number]> {
  const points: Array<[number, number]> = [];
  for (let i = 0; i <= steps; i++) {
    const a = ((from + ((to - from) * i) / steps) * Math.PI) / 180;
    points.push([cx + rx * Math.cos(a), cy + ry * Math.sin(a)]);
  }
  return points;
}

const GLYPHS: Readonly<Record<string, readonly Stroke[]>> = {
  '3': [arc(0.5, 0.27, 0.4, 0.24, -160, 90), arc(0.5, 0.74, 0.45, 0.26, -90, 160)],
  '4': [
    [
      [0.72, 1],
      [0.72, 0],
    ],
    [
      [0.72, 0],
      [0.02, 0.7],
      [1, 0.7],
    ],
  ],
  '7': [
    [
      [0, 0],
      [1, 0],
      [0.35, 1],
    ],
  ],
  A: [
    [
      [0, 1],
      [0.5, 0],
      [1, 1],
    ],
    [
      [0.22, 0.64],
      [0.78, 0.64],
    ],
  ],
  C: [arc(0.55, 0.5, 0.5, 0.5, -45, -315, 14)],
  D: [
    [
      [0.05, 0],
      [0.05, 1],
    ],
    [[0.05, 0], [0.4, 0], ...arc(0.4, 0.5, 0.55, 0.5, -90, 90, 12), [0.05, 1]],
  ],
  E: [
    [
      [0.95, 0],
      [0.05, 0],
      [0.05, 1],
      [0.95, 1],
    ],
    [
      [0.05, 0.5],
      [0.75, 0.5],
    ],
  ],
  H: [
    [
      [0.05, 0],
      [0.05, 1],
    ],
    [
      [0.95, 0],
      [0.95, 1],
    ],
    [
      [0.05, 0.5],
      [0.95, 0.5],
    ],
  ],
  J: [
    [
      [0.3, 0],
      [0.95, 0],
    ],
    [[0.72, 0], [0.72, 0.68], ...arc(0.42, 0.68, 0.3, 0.32, 0, 180)],
  ],
  K: [
    [
      [0.05, 0],
      [0.05, 1],
    ],
    [
      [0.95, 0],
      [0.05, 0.6],
    ],
    [
      [0.38, 0.4],
      [0.95, 1],
    ],
  ],
  M: [
    [
      [0, 1],
      [0.08, 0],
      [0.5, 0.66],
      [0.92, 0],
      [1, 1],
    ],
  ],
  N: [
    [
      [0.05, 1],
      [0.05, 0],
      [0.95, 1],
      [0.95, 0],
    ],
  ],
  P: [[[0.05, 1], [0.05, 0], [0.5, 0], ...arc(0.5, 0.27, 0.45, 0.27, -90, 90), [0.05, 0.54]]],
  T: [
    [
      [0, 0],
      [1, 0],
    ],
    [
      [0.5, 0],
      [0.5, 1],
    ],
  ],
  X: [
    [
      [0, 0],
      [1, 1],
    ],
    [
      [1, 0],
      [0, 1],
    ],
  ],
  Y: [
    [
      [0, 0],
      [0.5, 0.5],
      [1, 0],
    ],
    [
      [0.5, 0.5],
      [0.5, 1],
    ],
  ],
};

export function glyphStrokes(char: string): readonly Stroke[] {
  return GLYPHS[char] ?? [];
}

/** Whether the font can draw `char`; a code outside the font would render as blanks and be unanswerable. */
export function hasGlyph(char: string): boolean {
  return Object.hasOwn(GLYPHS, char);
}
