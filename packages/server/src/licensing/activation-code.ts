// Activation codes: minting them, their check character, and reading what a person typed back into canonical form.
import { randomBytes } from 'node:crypto';

/**
 * 23 symbols: digits and capitals without the look-alike groups 0/O, 1/I/L, 2/Z, 5/S, 8/B and U/V. Both sides
 * of each group are left out, so no printed code can be misread as another code through them. 23 is prime,
 * which is what makes the check below catch every single substitution and every adjacent transposition.
 */
export const CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const CODE_LENGTH = 20;
const N = CODE_ALPHABET.length;
const VALUE = new Map([...CODE_ALPHABET].map((ch, i) => [ch, i]));

/** Characters a code never contains; typing one means a misreading, not a different code. */
const EXCLUDED_LOOK_ALIKES = new Set('0O1IL2Z5S8BUV');

/**
 * Look-alikes that map onto exactly one alphabet character: Cyrillic and Greek capitals (pasted text, other
 * keyboard layouts). Latin ones such as O are not mapped: O could be D, Q or 0, so guessing would be unsound.
 */
const HOMOGLYPHS: Record<string, string> = {
  А: 'A',
  С: 'C',
  Е: 'E',
  Н: 'H',
  К: 'K',
  М: 'M',
  Р: 'P',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Α: 'A',
  Ε: 'E',
  Η: 'H',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ρ: 'P',
  Τ: 'T',
  Χ: 'X',
  Υ: 'Y',
};

/** Spaces, dashes and invisible characters people, word processors and IMEs (ー: Japanese long-vowel mark) put between groups. */
const SEPARATORS = /[\s\u00AD\u200B-\u200D\u2060\uFEFF_.·\-\u2010-\u2015\u2212\u30FC\uFE58\uFE63\uFF0D]/gu;

/**
 * The check: Σ position·value ≡ 0 (mod 23), positions 1…20, the 20th character chosen to make it so.
 * A substitution at position i changes the sum by i·Δ, an adjacent transposition by ±Δ; 23 is prime and
 * i, Δ ∈ 1…22, so neither can be ≡ 0.
 */
function weightedSum(values: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (i + 1) * values[i]!;
  return sum % N;
}

function checkValue(first19: readonly number[]): number {
  const partial = weightedSum(first19);
  // 20·c ≡ −partial (mod 23); 20⁻¹ ≡ 15 (mod 23).
  return (((N - partial) % N) * 15) % N;
}

const format = (chars: string) =>
  `${chars.slice(0, 5)}-${chars.slice(5, 10)}-${chars.slice(10, 15)}-${chars.slice(15, 20)}`;

/** True when `code` (20 alphabet characters, dashes optional) carries a correct check character. */
export function hasValidCheck(code: string): boolean {
  const chars = code.replace(/-/g, '');
  if (chars.length !== CODE_LENGTH) return false;
  const values: number[] = [];
  for (const ch of chars) {
    const v = VALUE.get(ch);
    if (v === undefined) return false;
    values.push(v);
  }
  return weightedSum(values) === 0;
}

/** A code from 19 alphabet values plus its check character, in canonical `XXXXX-XXXXX-XXXXX-XXXXX` form. */
export function codeFromValues(first19: readonly number[]): string {
  if (first19.length !== CODE_LENGTH - 1) throw new Error('a code has 19 random characters');
  return format([...first19, checkValue(first19)].map((v) => CODE_ALPHABET[v]).join(''));
}

/**
 * `count` distinct new codes from the CSPRNG (19 × log2 23 ≈ 86 random bits each). Random bytes are drawn in
 * bulk and rejection-sampled (bytes below 230 = 10·23) so every symbol is equally likely.
 */
export function generateActivationCodes(count: number): string[] {
  const codes = new Set<string>();
  const values: number[] = [];
  while (codes.size < count) {
    const bytes = randomBytes(Math.max(64, (count - codes.size) * 24));
    for (const b of bytes) {
      if (b >= 230) continue;
      values.push(b % N);
      if (values.length === CODE_LENGTH - 1) {
        codes.add(codeFromValues(values));
        values.length = 0;
        if (codes.size === count) break;
      }
    }
  }
  return [...codes];
}

export type ParsedActivationCode =
  { ok: true; canonical: string } | { ok: false; code: 'ACTIVATION_CODE_MALFORMED' | 'ACTIVATION_CODE_TYPO' };

// Vietnamese input methods rewrite letter sequences as they are typed (Telex: AA→Â, DD→Đ, AF→À; VNI: A6→Â,
// D9→Đ, A2→À). A code typed with one switched on arrives with diacritics; these undo each scheme's rewrite.
const COMBINING = {
  '\u0302': { telex: (base: string) => base, vni: '6' }, // circumflex: Â Ê Ô
  '\u0306': { telex: () => 'W', vni: '8' }, // breve: Ă
  '\u031B': { telex: () => 'W', vni: '7' }, // horn: Ơ Ư
  '\u0301': { telex: () => 'S', vni: '1' }, // acute
  '\u0300': { telex: () => 'F', vni: '2' }, // grave
  '\u0309': { telex: () => 'R', vni: '3' }, // hook above
  '\u0303': { telex: () => 'X', vni: '4' }, // tilde
  '\u0323': { telex: () => 'J', vni: '5' }, // dot below
} as const;
type Mark = keyof typeof COMBINING;
const isMark = (ch: string): ch is Mark => Object.hasOwn(COMBINING, ch);

/** The keystrokes that produced `text` under `scheme`, or `text` itself when no input method touched it. */
function undoInputMethod(text: string, scheme: 'telex' | 'vni'): string {
  let out = '';
  for (const ch of text) {
    if (ch === 'Đ') out += scheme === 'telex' ? 'DD' : 'D9';
    else if (isMark(ch)) {
      const rule = COMBINING[ch];
      if (scheme === 'vni') out += rule.vni;
      // Telex types Ư as a bare W; the U never was a keystroke.
      else if (ch === '\u031B' && out.endsWith('U')) out = `${out.slice(0, -1)}W`;
      else out += rule.telex(out.at(-1) ?? '');
    } else out += ch;
  }
  return out;
}

type Reading = { kind: 'code'; chars: string } | { kind: 'typo' } | { kind: 'malformed' };

function read(candidate: string): Reading {
  const chars = [...candidate.replace(SEPARATORS, '')].map((ch) => HOMOGLYPHS[ch] ?? ch).join('');
  if ([...chars].length !== CODE_LENGTH) return { kind: 'malformed' };
  let lookAlike = false;
  for (const ch of chars) {
    if (VALUE.has(ch)) continue;
    if (EXCLUDED_LOOK_ALIKES.has(ch)) lookAlike = true;
    else return { kind: 'malformed' };
  }
  // A look-alike (O for D?) is a misreading of the printed code: a typo, though it cannot be said which.
  return lookAlike ? { kind: 'typo' } : { kind: 'code', chars };
}

/**
 * Reads a typed code: case, spaces, dashes, full-width forms, Cyrillic/Greek look-alikes and Vietnamese input
 * methods are forgiven. Malformed: not 20 code characters. Typo: 20 characters but one is wrong (a look-alike
 * the alphabet leaves out, or the check character disagrees).
 */
export function parseActivationCode(input: unknown): ParsedActivationCode {
  if (typeof input !== 'string' || input.length > 100) return { ok: false, code: 'ACTIVATION_CODE_MALFORMED' };
  const text = input.normalize('NFKC').toUpperCase().normalize('NFD');
  const touched = /[\u0300-\u036F\u0110]/u.test(text);
  const candidates = touched ? [undoInputMethod(text, 'telex'), undoInputMethod(text, 'vni')] : [text];
  let typo = false;
  for (const candidate of candidates) {
    const reading = read(candidate);
    if (reading.kind === 'code') {
      if (hasValidCheck(reading.chars)) return { ok: true, canonical: format(reading.chars) };
      typo = true;
    } else if (reading.kind === 'typo') typo = true;
  }
  return { ok: false, code: typo ? 'ACTIVATION_CODE_TYPO' : 'ACTIVATION_CODE_MALFORMED' };
}

/**
 * For a code the check refused: every code one substitution or one adjacent swap away that passes the check
 * (a look-alike the alphabet leaves out is the wrong character). Not for redemption, which never guesses: the
 * support desk looks these up, and only a code that exists is shown.
 */
export function nearbyCodes(input: string): string[] {
  if (input.length > 100) return [];
  const chars = [...input.normalize('NFKC').toUpperCase().replace(SEPARATORS, '')].map((ch) => HOMOGLYPHS[ch] ?? ch);
  if (chars.length !== CODE_LENGTH) return [];
  if (chars.some((ch) => !VALUE.has(ch) && !EXCLUDED_LOOK_ALIKES.has(ch))) return [];
  const unknown = chars.flatMap((ch, i) => (VALUE.has(ch) ? [] : [i]));
  const found = new Set<string>();
  const consider = (candidate: string[]) => {
    const joined = candidate.join('');
    if (hasValidCheck(joined)) found.add(format(joined));
  };
  if (unknown.length > 1) return [];
  const positions = unknown.length === 1 ? unknown : chars.map((_, i) => i);
  for (const i of positions)
    for (const ch of CODE_ALPHABET) if (ch !== chars[i]) consider(chars.map((c, j) => (j === i ? ch : c)));
  if (unknown.length === 0)
    for (let i = 0; i + 1 < CODE_LENGTH; i++) {
      const swapped = [...chars];
      [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
      consider(swapped);
    }
  return [...found];
}
