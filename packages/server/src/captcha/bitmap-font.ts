// A 5x7 bitmap font for the captcha alphabet, shared by the PNG and SVG renderers.

/**
 * Characters people cannot confuse with one another in a distorted image:
 * no 0/O/Q, 1/I/L, 2/Z, 5/S, 8/B, 6/G, U/V/Y is kept only as U and Y (V dropped).
 */
export const CAPTCHA_ALPHABET = '34679ACDEFHJKMNPRTUWXY';

export const GLYPH_WIDTH = 5;
export const GLYPH_HEIGHT = 7;

// Rows top to bottom, '#' is ink; kept as pictures so a glyph can be fixed by looking at it.
const GLYPHS: Readonly<Record<string, readonly string[]>> = {
  '3': ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.'],
  '4': ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.'],
  '6': ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.'],
  '7': ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...'],
  '9': ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..'],
  A: ['.###.', '#...#', '#...#', '#...#', '#####', '#...#', '#...#'],
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  D: ['###..', '#..#.', '#...#', '#...#', '#...#', '#..#.', '###..'],
  E: ['#####', '#....', '#....', '####.', '#....', '#....', '#####'],
  F: ['#####', '#....', '#....', '####.', '#....', '#....', '#....'],
  H: ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#'],
  J: ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..'],
  K: ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#'],
  M: ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#'],
  N: ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#'],
  P: ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....'],
  R: ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#'],
  T: ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..'],
  U: ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.'],
  W: ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.'],
  X: ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#'],
  Y: ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..'],
};

/** Whether cell (column u, row v) of `char` is ink; cells outside the glyph are blank. */
export function isInk(char: string, u: number, v: number): boolean {
  if (u < 0 || v < 0 || u >= GLYPH_WIDTH || v >= GLYPH_HEIGHT) return false;
  return GLYPHS[char]?.[v]?.[u] === '#';
}

/**
 * How far, in cells, each ink cell bleeds past its square. Without it, diagonal strokes (K, X, M, W)
 * touch only at corners and read as scattered blocks once rotated.
 */
export const INK_BLEED = 0.2;

/** Whether the point (u, v), in cell units, falls on ink once cells bleed by INK_BLEED. */
export function inkAt(char: string, u: number, v: number): boolean {
  for (let cv = Math.floor(v - INK_BLEED); cv <= Math.floor(v + INK_BLEED); cv++) {
    for (let cu = Math.floor(u - INK_BLEED); cu <= Math.floor(u + INK_BLEED); cu++) {
      if (isInk(char, cu, cv)) return true;
    }
  }
  return false;
}

/** Whether the font can draw `char`; a code outside the font would render as blanks and be unanswerable. */
export function hasGlyph(char: string): boolean {
  return Object.hasOwn(GLYPHS, char);
}
